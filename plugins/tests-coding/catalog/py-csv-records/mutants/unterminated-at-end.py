class CsvError(ValueError):
    def __init__(self, message, line, column):
        super().__init__(f"{message} (line {line}, column {column})")
        self.line = line
        self.column = column


def parse_csv(text, delimiter=","):
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in "\"\r\n":
        raise ValueError("delimiter must be one character other than a quote or line break")
    rows = []
    row = []
    field = []
    line, column = 1, 0
    index = 0
    length = len(text)
    if length == 0:
        return []
    at_field_start = True
    while index < length:
        char = text[index]
        column += 1
        if at_field_start and char == '"':
            start_line, start_column = line, column
            index += 1
            while True:
                if index >= length:
                    raise CsvError("unterminated quoted field", line, column)
                char = text[index]
                column += 1
                if char == '"':
                    if index + 1 < length and text[index + 1] == '"':
                        field.append('"')
                        index += 2
                        column += 1
                        continue
                    index += 1
                    break
                if char == "\n":
                    line, column = line + 1, 0
                field.append(char)
                index += 1
            if index < length and text[index] not in (delimiter, "\n") and text[index:index + 2] != "\r\n":
                raise CsvError("text after a closing quote", line, column + 1)
            at_field_start = False
            continue
        if char == delimiter:
            row.append("".join(field))
            field = []
            at_field_start = True
            index += 1
            continue
        if char == "\n" or text[index:index + 2] == "\r\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
            at_field_start = True
            index += 2 if char == "\r" else 1
            line, column = line + 1, 0
            continue
        if char == '"':
            raise CsvError("quote inside an unquoted field", line, column)
        field.append(char)
        at_field_start = False
        index += 1
    if not (at_field_start and not row and not field and text.endswith("\n")):
        row.append("".join(field))
        rows.append(row)
    return rows
