def island_sizes(grid):
    if not grid:
        return []
    width = len(grid[0])
    for row in grid:
        if len(row) != width or any(cell not in "#." for cell in row):
            raise ValueError("rows must have equal length and contain only '#' and '.'")
    height = len(grid)
    seen = [[False] * width for _ in range(height)]
    sizes = []
    for start_row in range(height):
        for start_col in range(width):
            if grid[start_row][start_col] != "#" or seen[start_row][start_col]:
                continue
            seen[start_row][start_col] = True
            stack = [(start_row, start_col)]
            size = 0
            while stack:
                row, col = stack.pop()
                size += 1
                for d_row, d_col in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)):
                    r, c = row + d_row, col + d_col
                    if 0 <= r < height and 0 <= c < width and grid[r][c] == "#" and not seen[r][c]:
                        seen[r][c] = True
                        stack.append((r, c))
            sizes.append(size)
    return sorted(sizes, reverse=True)
