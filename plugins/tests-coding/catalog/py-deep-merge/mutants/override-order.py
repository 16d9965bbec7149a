import copy


def deep_merge(base, override):
    if not isinstance(base, dict) or not isinstance(override, dict):
        raise TypeError("deep_merge needs two dicts")
    result = {}
    for key, value in base.items():
        if key in override:
            continue
        result[key] = copy.deepcopy(value)
    merged = {}
    for key, value in override.items():
        if value is None:
            continue
        if key in base and isinstance(base[key], dict) and isinstance(value, dict):
            merged[key] = deep_merge(base[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    ordered = {}
    ordered.update(result)
    ordered.update(merged)
    return ordered
