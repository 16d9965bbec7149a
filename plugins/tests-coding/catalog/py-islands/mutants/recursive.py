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
            def fill(row, col):
                if not (0 <= row < height and 0 <= col < width) or grid[row][col] != "#" or seen[row][col]:
                    return 0
                seen[row][col] = True
                return 1 + fill(row + 1, col) + fill(row - 1, col) + fill(row, col + 1) + fill(row, col - 1)
            sizes.append(fill(start_row, start_col))
    return sorted(sizes, reverse=True)
