from spec import describe, it, expect
from solution import score, frame_scores

with describe("bowling"):
    @it("scores open frames, spares and strikes")
    def _():
        expect(score([0] * 20)).to_be(0)
        expect(score([3, 4] * 10)).to_be(70)
        expect(score([9, 1] * 10 + [9])).to_be(190)
        expect(score([10] * 12)).to_be(300)
        expect(score([10, 3, 4] + [0] * 16)).to_be(24)

    @it("handles the tenth frame's bonus rolls")
    def _():
        expect(score([0] * 18 + [10, 10, 10])).to_be(30)
        expect(score([0] * 18 + [7, 3, 5])).to_be(15)
        expect(score([0] * 18 + [10, 3, 6])).to_be(19)
        expect(score([0] * 18 + [10, 10, 6])).to_be(26)

    @it("gives running totals of frames that can be scored")
    def _():
        expect(frame_scores([10, 3, 4, 5])).to_equal([17, 24])
        expect(frame_scores([10, 10])).to_equal([])
        expect(frame_scores([])).to_equal([])
        expect(frame_scores([9, 1] * 10 + [9])[-1]).to_be(190)

    @it("refuses bad rolls")
    def _():
        for bad in ([11], [-1], [5, 6], [1.5], [True] + [0] * 19):
            expect(lambda: frame_scores(bad)).to_raise(ValueError)

    @it("refuses impossible tenth frames and rolls after the end")
    def _():
        expect(lambda: score([0] * 18 + [10, 5, 6])).to_raise(ValueError)
        expect(lambda: score([0] * 20 + [1])).to_raise(ValueError)
        expect(lambda: score([10] * 13)).to_raise(ValueError)

    @it("refuses scoring an incomplete game")
    def _():
        expect(lambda: score([10] * 11)).to_raise(ValueError)
        expect(lambda: score([0] * 18 + [7, 3])).to_raise(ValueError)
