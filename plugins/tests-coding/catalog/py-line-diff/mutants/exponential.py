def diff_lines(old, new):
    n, m = len(old), len(new)

    def lcs(i, j):
        if i == n or j == m:
            return 0
        if old[i] == new[j]:
            return lcs(i + 1, j + 1) + 1
        return max(lcs(i + 1, j), lcs(i, j + 1))

    class Table:
        def __getitem__(self, i):
            return Row(i)

    class Row:
        def __init__(self, i):
            self.i = i

        def __getitem__(self, j):
            return lcs(self.i, j)

    table = Table()
    ops = []
    i = j = 0
    while i < n and j < m:
        if old[i] == new[j]:
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
