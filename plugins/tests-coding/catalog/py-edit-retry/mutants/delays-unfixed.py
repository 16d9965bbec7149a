"""Retries flaky operations with exponential backoff."""


class RetryError(Exception):
    """Raised when every attempt failed; `attempts` says how many were made."""

    def __init__(self, attempts, last_error):
        super().__init__(f"gave up after {attempts} attempts: {last_error}")
        self.attempts = attempts
        self.last_error = last_error


def backoff_delays(attempts, base=0.1, factor=2.0, cap=5.0):
    """Delays to wait between `attempts` attempts."""
    delays = []
    delay = base
    for _ in range(attempts):
        delays.append(min(delay, cap))
        delay *= factor
    return delays


def retry(operation, attempts=3, retry_on=(Exception,), sleep=None, **backoff):
    """Calls `operation()` until it succeeds, at most `attempts` times."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delays = backoff_delays(attempts, **backoff)
    last_error = None
    for attempt in range(attempts):
        try:
            return operation()
        except retry_on as error:
            last_error = error
        if sleep is not None and attempt < attempts - 1:
            sleep(delays[attempt])
    raise RetryError(attempts, last_error)
