def diff_lines(old, new):
    n, m = len(old), len(new)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        old_line = old[i]
        for j in range(m - 1, -1, -1):
            if old_line == new[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = below[j] if below[j] >= row[j + 1] else row[j + 1]
    ops = []
    i = j = 0
    while i < n and j < m:
        if new[j] in old[i:] and old[i] != new[j]:
            ops.append(("-", old[i]))
            i += 1
        elif old[i] == new[j]:
            ops.append((" ", old[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", old[i]))
            i += 1
        else:
            ops.append(("+", new[j]))
            j += 1
    ops.extend(("-", line) for line in old[i:])
    ops.extend(("+", line) for line in new[j:])
    return ops
