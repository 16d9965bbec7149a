from spec import describe, it, expect
from solution import transpose, matmul, identity

with describe("matrices"):
    @it("transposes")
    def _():
        expect(transpose([[1, 2, 3], [4, 5, 6]])).to_equal([[1, 4], [2, 5], [3, 6]])
        expect(transpose([[1, 2]])).to_equal([[1], [2]])

    @it("multiplies compatible matrices")
    def _():
        expect(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])).to_equal([[19, 22], [43, 50]])
        expect(matmul([[1, 2, 3]], [[1], [2], [3]])).to_equal([[14]])
        expect(matmul([[2]], [[0.5, 1]])).to_equal([[1.0, 2]])

    @it("builds identities that multiply neutrally")
    def _():
        expect(identity(3)).to_equal([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        m = [[1, 2], [3, 4]]
        expect(matmul(m, identity(2))).to_equal(m)

    @it("refuses incompatible shapes")
    def _():
        expect(lambda: matmul([[1, 2]], [[1, 2]])).to_raise(ValueError)

    @it("refuses malformed matrices and sizes")
    def _():
        for bad in ([], [[]], [[1, 2], [3]]):
            expect(lambda: transpose(bad)).to_raise(ValueError)
            expect(lambda: matmul(bad, [[1]])).to_raise(ValueError)
        expect(lambda: identity(0)).to_raise(ValueError)
        expect(lambda: identity(2.0)).to_raise(ValueError)
        expect(lambda: identity(True)).to_raise(ValueError)
