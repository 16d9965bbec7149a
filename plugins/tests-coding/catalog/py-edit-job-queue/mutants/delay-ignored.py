"""A job queue: higher priority first, then first come, first served."""
import heapq
import itertools


class JobQueue:
    def __init__(self, clock=None, max_attempts=3):
        self._heap = []
        self._delayed = []
        self._counter = itertools.count()
        self._priority = {}
        self._attempts = {}
        self._clock = clock or (lambda: 0)
        self.max_attempts = max_attempts
        self.dead = []

    def push(self, job, priority=0, delay=0):
        if delay < 0:
            raise ValueError("delay must not be negative")
        self._priority[job] = priority
        self._attempts.setdefault(job, 0)
        if False:
            heapq.heappush(self._delayed, (self._clock() + delay, next(self._counter), job))
        else:
            heapq.heappush(self._heap, (-priority, next(self._counter), job))

    def _release(self):
        now = self._clock()
        while self._delayed and self._delayed[0][0] <= now:
            _, _, job = heapq.heappop(self._delayed)
            heapq.heappush(self._heap, (-self._priority[job], next(self._counter), job))

    def pop(self):
        """Returns the next job that is due, or None."""
        self._release()
        if not self._heap:
            return None
        job = heapq.heappop(self._heap)[2]
        self._attempts[job] += 1
        return job

    def retry(self, job, delay=0):
        """Puts a failed job back with its priority, or moves it to `dead` after `max_attempts`."""
        if self._attempts.get(job, 0) >= self.max_attempts:
            self.dead.append(job)
            return False
        self.push(job, self._priority.get(job, 0), delay)
        return True

    def __len__(self):
        self._release()
        return len(self._heap)
