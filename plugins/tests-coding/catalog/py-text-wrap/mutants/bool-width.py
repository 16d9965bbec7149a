import re


def wrap(text, width):
    if not isinstance(width, int) or width < 1:
        raise ValueError("width must be an int >= 1")
    output = []
    for paragraph in re.split(r"\n\s*\n", text):
        words = paragraph.split()
        if not words:
            continue
        lines = []
        line = ""
        for word in words:
            chunks = [word[i:i + width] for i in range(0, len(word), width)]
            for chunk in chunks:
                if not line:
                    line = chunk
                elif len(line) + 1 + len(chunk) <= width:
                    line += " " + chunk
                else:
                    lines.append(line)
                    line = chunk
        lines.append(line)
        if output:
            output.append("")
        output.extend(lines)
    return output
