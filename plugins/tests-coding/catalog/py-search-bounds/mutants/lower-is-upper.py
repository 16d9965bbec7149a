def _identity(value):
    return value


def lower_bound(items, target, key=None):
    key = key or _identity
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if key(items[middle]) <= target:
            low = middle + 1
        else:
            high = middle
    return low


def upper_bound(items, target, key=None):
    key = key or _identity
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if key(items[middle]) <= target:
            low = middle + 1
        else:
            high = middle
    return low


def count_in_range(items, low, high, key=None):
    if low > high:
        return 0
    return upper_bound(items, high, key) - lower_bound(items, low, key)
