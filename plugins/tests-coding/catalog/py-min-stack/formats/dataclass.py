from dataclasses import InitVar, dataclass, field
from typing import Any, Iterable


@dataclass
class MinStack:
    values: InitVar[Iterable[Any]] = ()
    _items: list = field(default_factory=list, init=False, repr=False)
    _mins: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self, values):
        for value in values:
            self.push(value)

    def push(self, value):
        self._items.append(value)
        self._mins.append(value if not self._mins or value < self._mins[-1] else self._mins[-1])

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        self._mins.pop()
        return self._items.pop()

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


if __name__ == "__main__":
    stack = MinStack([3, 1, 2])
    print(stack.min(), stack.pop(), len(stack))
