from spec import describe, it, expect
from solution import MinStack

with describe("MinStack"):
    @it("pushes, peeks and pops in LIFO order")
    def _():
        stack = MinStack()
        stack.push(3)
        stack.push(7)
        expect(stack.peek()).to_be(7)
        expect(len(stack)).to_be(2)
        expect(stack.pop()).to_be(7)
        expect(stack.pop()).to_be(3)
        expect(len(stack)).to_be(0)

    @it("tracks the minimum through pushes and pops")
    def _():
        stack = MinStack()
        for value in (5, 3, 8, 1, 4):
            stack.push(value)
        expect(stack.min()).to_be(1)
        stack.pop()
        stack.pop()
        expect(stack.min()).to_be(3)
        stack.pop()
        expect(stack.min()).to_be(3)
        stack.pop()
        expect(stack.min()).to_be(5)

    @it("keeps duplicated minimums")
    def _():
        stack = MinStack()
        stack.push(2)
        stack.push(1)
        stack.push(1)
        stack.pop()
        expect(stack.min()).to_be(1)
        stack.pop()
        expect(stack.min()).to_be(2)

    @it("takes initial values in order")
    def _():
        stack = MinStack([4, 2, 9])
        expect(stack.peek()).to_be(9)
        expect(stack.min()).to_be(2)
        expect(len(stack)).to_be(3)

    @it("raises IndexError when empty")
    def _():
        stack = MinStack()
        expect(lambda: stack.pop()).to_raise(IndexError)
        expect(lambda: stack.peek()).to_raise(IndexError)
        expect(lambda: stack.min()).to_raise(IndexError)

    @it("shares nothing between instances")
    def _():
        first = MinStack()
        second = MinStack()
        first.push(1)
        expect(len(second)).to_be(0)
