class IntervalSet:
    def __init__(self):
        self._intervals = []

    @staticmethod
    def _check(start, end):
        if type(start) is not int or type(end) is not int or start > end:
            raise ValueError("bounds must be ints with start <= end")

    def add(self, start, end):
        self._check(start, end)
        if start == end:
            return
        merged = []
        for low, high in self._intervals:
            if high < start or low > end:
                merged.append((low, high))
            else:
                start, end = min(start, low), max(end, high)
        merged.append((start, end))
        self._intervals = sorted(merged)

    def remove(self, start, end):
        self._check(start, end)
        if start == end:
            return
        kept = []
        for low, high in self._intervals:
            if high <= start or low >= end:
                kept.append((low, high))
                continue
            pass
        self._intervals = kept

    def intervals(self):
        return list(self._intervals)

    def contains(self, x):
        return any(low <= x < high for low, high in self._intervals)

    def __len__(self):
        return sum(high - low for low, high in self._intervals)
