from spec import describe, it, expect
from solution import Buffer

with describe("Buffer"):
    @it("undoes and redoes edits in order")
    def _():
        b = Buffer("hello")
        b.insert(5, " world")
        b.delete(0, 1)
        expect(b.text).to_be("ello world")
        expect(b.undo()).to_be(True)
        expect(b.text).to_be("hello world")
        expect(b.undo()).to_be(True)
        expect(b.text).to_be("hello")
        expect(b.redo()).to_be(True)
        expect(b.text).to_be("hello world")

    @it("reports when there is nothing to undo or redo")
    def _():
        b = Buffer("x")
        expect(b.undo()).to_be(False)
        expect(b.redo()).to_be(False)
        expect(b.text).to_be("x")

    @it("clears redo after a new edit")
    def _():
        b = Buffer("abc")
        b.delete(1, 1)
        b.undo()
        b.insert(0, "Z")
        expect(b.redo()).to_be(False)
        expect(b.text).to_be("Zabc")

    @it("records only edits that change something")
    def _():
        b = Buffer("abc")
        b.insert(1, "")
        b.delete(3, 5)
        b.delete(0, 0)
        b.delete(1, 10)
        expect(b.text).to_be("a")
        expect(b.undo()).to_be(True)
        expect(b.text).to_be("abc")
        expect(b.undo()).to_be(False)

    @it("validates positions and lengths, recording nothing")
    def _():
        b = Buffer("abc")
        expect(lambda: b.insert(4, "x")).to_raise(IndexError)
        expect(lambda: b.insert(-1, "x")).to_raise(IndexError)
        expect(lambda: b.delete(1, -1)).to_raise(ValueError)
        expect(lambda: b.delete(1.0, 1)).to_raise(IndexError)
        expect(b.undo()).to_be(False)
        expect(b.text).to_be("abc")
