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
        if key in base and isinstance(base[key], dict) and isinstance(value, dict):
            merged[key] = deep_merge(base[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    ordered = {}
    for key in base:
        if key in result:
            ordered[key] = result[key]
        elif key in merged:
            ordered[key] = merged[key]
    for key in override:
        if key not in base and key in merged:
            ordered[key] = merged[key]
    return ordered
