"""A tiny synchronous event bus."""


class EventBus:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler):
        """Registers `handler` for `event`; returns a function that unsubscribes it."""
        entry = [handler, False]
        self._handlers.setdefault(event, []).append(entry)
        return lambda: self._remove(event, entry)

    def once(self, event, handler):
        """Registers `handler` for the next emit of `event` only."""
        entry = [handler, True]
        self._handlers.setdefault(event, []).append(entry)
        return lambda: self._remove(event, entry)

    def off(self, event, handler):
        """Removes `handler` from `event`."""
        for entry in self._handlers.get(event, []):
            if entry[0] == handler:
                self._remove(event, entry)
                return

    def _remove(self, event, entry):
        handlers = self._handlers.get(event, [])
        if any(e is entry for e in handlers):
            self._handlers[event] = [e for e in handlers if e is not entry]

    def emit(self, event, *args):
        """Calls every handler of `event` with `args`, in registration order; returns how many ran."""
        snapshot = list(self._handlers.get(event, []))
        for entry in snapshot:
            entry[0](*args)
            if entry[1]:
                self._remove(event, entry)
        return len(snapshot)

    def listener_count(self, event):
        return len(self._handlers.get(event, []))
