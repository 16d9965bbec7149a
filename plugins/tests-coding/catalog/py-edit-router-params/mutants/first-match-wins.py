"""A minimal URL router: path patterns with typed parameters to handler names."""

_CONVERTERS = {
    "str": lambda text: text,
    "int": lambda text: int(text) if text.isdigit() else None,
}


class RouteError(ValueError):
    """A route pattern that cannot be used."""


class Router:
    def __init__(self):
        self._routes = []

    def add(self, method, path, handler):
        segments = self._split(path)
        parsed = []
        names = set()
        for segment in segments:
            if segment.startswith("<") and segment.endswith(">"):
                inner = segment[1:-1]
                name, _, kind = inner.partition(":")
                kind = kind or "str"
                if not name.isidentifier() or kind not in _CONVERTERS:
                    raise RouteError(f"bad parameter {segment!r} in {path!r}")
                if name in names:
                    raise RouteError(f"parameter {name!r} appears twice in {path!r}")
                names.add(name)
                parsed.append((name, kind))
            else:
                parsed.append(segment)
        key = (method.upper(), tuple(p if isinstance(p, str) else ("<>", p[1]) for p in parsed))
        if any(existing_key == key for existing_key, _, _ in self._routes):
            raise RouteError(f"{method.upper()} {path} is already routed")
        self._routes.append((key, parsed, handler))

    @staticmethod
    def _split(path):
        return [segment for segment in path.strip("/").split("/") if segment != ""]

    def match(self, method, path):
        """Returns `(handler, params)` for the request, or None."""
        segments = self._split(path)
        method = method.upper()
        best = None
        for (route_method, _), parsed, handler in self._routes:
            if route_method != method or len(parsed) != len(segments):
                continue
            params = {}
            literals = 0
            for part, segment in zip(parsed, segments):
                if isinstance(part, str):
                    if part != segment:
                        break
                    literals += 1
                else:
                    value = _CONVERTERS[part[1]](segment)
                    if value is None:
                        break
                    params[part[0]] = value
            else:
                if best is None:
                    best = (literals, handler, params)
        return None if best is None else (best[1], best[2])
