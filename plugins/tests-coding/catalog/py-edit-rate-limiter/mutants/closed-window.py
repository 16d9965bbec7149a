"""Per-client request limiting over a sliding window of time."""
import time
from collections import deque


class RateLimiter:
    def __init__(self, limit, window_seconds, clock=time.monotonic):
        if type(limit) is not int or limit < 1:
            raise ValueError("limit must be an int >= 1")
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self.requests = {}

    def _recent(self, client, now):
        history = self.requests.get(client)
        if history is None:
            return deque()
        while history and history[0] < now - self.window:
            history.popleft()
        if not history:
            del self.requests[client]
            return deque()
        return history

    def allow(self, client):
        """Records a request of `client` if it is within the limit, and says whether it was."""
        now = self.clock()
        history = self._recent(client, now)
        if len(history) >= self.limit:
            return False
        history.append(now)
        self.requests[client] = history
        return True

    def remaining(self, client):
        return self.limit - len(self._recent(client, self.clock()))

    def retry_after(self, client):
        """Seconds until `client` may make another request (0 when it may now)."""
        now = self.clock()
        history = self._recent(client, now)
        if len(history) < self.limit:
            return 0
        return history[0] + self.window - now
