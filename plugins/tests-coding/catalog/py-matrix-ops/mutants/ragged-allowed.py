def _check(m):
    if not isinstance(m, list) or not m or not all(isinstance(row, list) and row for row in m):
        raise ValueError("a matrix is a non-empty list of non-empty rows")


def transpose(m):
    _check(m)
    return [[row[j] for row in m] for j in range(len(m[0]))]


def matmul(a, b):
    _check(a)
    _check(b)
    if len(a[0]) != len(b):
        raise ValueError(f"cannot multiply {len(a)}x{len(a[0])} by {len(b)}x{len(b[0])}")
    columns = transpose(b)
    return [[sum(x * y for x, y in zip(row, column)) for column in columns] for row in a]


def identity(n):
    if type(n) is not int or n < 1:
        raise ValueError("n must be an int >= 1")
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
