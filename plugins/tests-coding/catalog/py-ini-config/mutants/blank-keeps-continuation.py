class IniError(ValueError):
    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


def _value(raw, number):
    value = raw.strip()
    if value.startswith('"'):
        if len(value) < 2 or not value.endswith('"'):
            raise IniError("unterminated quoted value", number)
        return value[1:-1]
    cuts = [position for position in (value.find(" #"), value.find(" ;")) if position != -1]
    if cuts:
        value = value[:min(cuts)]
    return value.strip()


def parse_ini(text):
    result = {}
    section = ""
    last_key = None
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line[:-1] if raw_line.endswith("\r") else raw_line
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[0] in "#;":
            continue
        if line[0] in " \t":
            if last_key is None:
                raise IniError("continuation line without a key before it", number)
            result[section][last_key] += "\n" + stripped
            continue
        if stripped.startswith("["):
            if not stripped.endswith("]"):
                raise IniError("section header without a closing ]", number)
            section = stripped[1:-1].strip()
            if section in result:
                raise IniError(f"duplicate section {section!r}", number)
            result[section] = {}
            last_key = None
            continue
        positions = [position for position in (line.find("="), line.find(":")) if position != -1]
        if not positions:
            raise IniError("not a section, key or comment", number)
        split = min(positions)
        key = line[:split].strip().lower()
        if not key:
            raise IniError("empty key", number)
        values = result.setdefault(section, {})
        if key in values:
            raise IniError(f"duplicate key {key!r}", number)
        values[key] = _value(line[split + 1:], number)
        last_key = key
    return result
