from spec import describe, it, expect, catch
from solution import parse_csv, CsvError

with describe("parse_csv"):
    @it("splits records and fields")
    def _():
        expect(parse_csv("a,b\nc,d")).to_equal([["a", "b"], ["c", "d"]])
        expect(parse_csv("a,b\r\nc,d\r\n")).to_equal([["a", "b"], ["c", "d"]])
        expect(parse_csv("")).to_equal([])

    @it("keeps empty fields, empty lines and spaces")
    def _():
        expect(parse_csv(",a,\n\n b ")).to_equal([["", "a", ""], [""], [" b "]])

    @it("reads quoted fields with delimiters, line breaks and doubled quotes")
    def _():
        text = 'name,note\r\n"Doe, J","said ""hi"""\n"multi\nline",x'
        expect(parse_csv(text)).to_equal([["name", "note"], ["Doe, J", 'said "hi"'], ["multi\nline", "x"]])
        expect(parse_csv('""')).to_equal([[""]])

    @it("uses another delimiter")
    def _():
        expect(parse_csv("a;b,c;\"x;y\"", delimiter=";")).to_equal([["a", "b,c", "x;y"]])

    @it("refuses a quote inside an unquoted field, with its position")
    def _():
        error = catch(lambda: parse_csv('ok\nab"c,d'))
        expect(error.type_name).to_be("solution.CsvError")
        expect((error.line, error.column)).to_equal((2, 3))

    @it("refuses text after a closing quote")
    def _():
        error = catch(lambda: parse_csv('"a"b,c'))
        expect((error.line, error.column)).to_equal((1, 4))

    @it("reports an unterminated quote at the opening quote")
    def _():
        error = catch(lambda: parse_csv('x,y\nz,"open\nstill open'))
        expect((error.line, error.column)).to_equal((2, 3))
        expect(lambda: parse_csv('"')).to_raise(ValueError)

    @it("validates the delimiter")
    def _():
        for bad in ("", ";;", '"', "\n"):
            expect(lambda: parse_csv("a", delimiter=bad)).to_raise(ValueError)
