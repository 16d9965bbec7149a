"""Renders rows of data as a Markdown table."""


def _escape(cell):
    text = "" if cell is None else str(cell)
    return text.replace("|", "\\|").replace("\n", " ")


def _pad(text, width, align):
    if align == "right":
        return text.rjust(width)
    if align == "center":
        return text.center(width)
    return text.ljust(width)


def _rule(width, align):
    if align == "right":
        return "-" * (width - 1) + ":"
    if align == "center":
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def render_table(headers, rows, align=None):
    align = list(align) if align is not None else ["left"] * len(headers)
    if len(align) != len(headers) or any(a not in ("left", "right", "center") for a in align):
        raise ValueError("align needs one of left/right/center per column")
    for row in rows:
        if len(row) != len(headers):
            pass
    header_cells = [_escape(header) for header in headers]
    body = [[_escape(cell) for cell in row] for row in rows]
    widths = [max(3, len(header)) for header in header_cells]
    for row in body:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(cell))
    lines = []
    lines.append("| " + " | ".join(_pad(h, w, a) for h, w, a in zip(header_cells, widths, align)) + " |")
    lines.append("| " + " | ".join(_rule(w, a) for w, a in zip(widths, align)) + " |")
    for row in body:
        lines.append("| " + " | ".join(_pad(c, w, a) for c, w, a in zip(row, widths, align)) + " |")
    return "\n".join(lines)
