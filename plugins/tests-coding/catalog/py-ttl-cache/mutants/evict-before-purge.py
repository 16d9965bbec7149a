from collections import OrderedDict


def _check_ttl(ttl):
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl <= 0:
        raise ValueError("ttl must be a number > 0")


class TtlCache:
    def __init__(self, capacity, ttl, clock):
        if type(capacity) is not int or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        _check_ttl(ttl)
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._entries = OrderedDict()

    def _live(self, key, now):
        entry = self._entries.get(key)
        if entry is None:
            return False
        if now >= entry[1]:
            del self._entries[key]
            return False
        return True

    def _purge(self, now):
        for key in [key for key, (_, expires) in self._entries.items() if now >= expires]:
            del self._entries[key]

    def set(self, key, value, ttl=None):
        if ttl is not None:
            _check_ttl(ttl)
        now = self._clock()
        expires = now + (self._ttl if ttl is None else ttl)
        if key in self._entries:
            self._entries[key] = (value, expires)
            self._entries.move_to_end(key)
            return
        if len(self._entries) >= self._capacity:
            self._entries.popitem(last=False)
        self._entries[key] = (value, expires)

    def get(self, key, default=None):
        if not self._live(key, self._clock()):
            return default
        self._entries.move_to_end(key)
        return self._entries[key][0]

    def delete(self, key):
        if not self._live(key, self._clock()):
            return False
        del self._entries[key]
        return True

    def keys(self):
        self._purge(self._clock())
        return list(self._entries)

    def __len__(self):
        self._purge(self._clock())
        return len(self._entries)
