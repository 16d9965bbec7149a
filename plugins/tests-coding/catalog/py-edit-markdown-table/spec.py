from spec import describe, it, expect
from solution import render_table

with describe("render_table"):
    @it("renders left-aligned tables with a minimum width of 3")
    def _():
        expect(render_table(["a", "bb"], [["x", "yyyy"]])).to_be("| a   | bb   |\n| --- | ---- |\n| x   | yyyy |")

    @it("aligns right and center with matching separators")
    def _():
        out = render_table(["num", "mid"], [[12345, "ab"]], align=["right", "center"])
        expect(out).to_be("|   num | mid |\n| ----: | :-: |\n| 12345 |  ab |")

    @it("escapes pipes, flattens newlines and renders None as empty")
    def _():
        expect(render_table(["n", "name"], [[1, "a|b"]], align=["right", "left"])).to_be("|   n | name |\n| --: | ---- |\n|   1 | a\\|b |")
        expect(render_table(["t"], [["x\ny"], [None]])).to_be("| t   |\n| --- |\n| x y |\n|     |")

    @it("refuses ragged rows and bad alignments")
    def _():
        expect(lambda: render_table(["a", "b"], [["only"]])).to_raise(ValueError)
        expect(lambda: render_table(["a"], [["x"]], align=["middle"])).to_raise(ValueError)
        expect(lambda: render_table(["a"], [["x"]], align=["left", "left"])).to_raise(ValueError)
