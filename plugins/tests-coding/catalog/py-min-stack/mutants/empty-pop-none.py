class MinStack:
    def __init__(self, values=()):
        self._items = []
        self._mins = []
        for value in values:
            self.push(value)

    def push(self, value):
        self._items.append(value)
        if not self._mins or value <= self._mins[-1]:
            self._mins.append(value)

    def pop(self):
        if not self._items:
            return None
        value = self._items.pop()
        if value == self._mins[-1]:
            self._mins.pop()
        return value

    def peek(self):
        if not self._items:
            raise IndexError("peek at an empty stack")
        return self._items[-1]

    def min(self):
        if not self._mins:
            raise IndexError("min of an empty stack")
        return self._mins[-1]

    def __len__(self):
        return len(self._items)
