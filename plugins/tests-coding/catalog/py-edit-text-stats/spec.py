from spec import describe, it, expect
from solution import words, sentence_count, average_word_length, longest_words, reading_time_minutes

with describe("text stats"):
    @it("keeps the word definition")
    def _():
        expect(words("Don't stop-me now 42")).to_equal(["Don't", "stop", "me", "now"])

    @it("averages word lengths and returns 0.0 without words")
    def _():
        expect(average_word_length("ab abcd")).to_be(3.0)
        expect(average_word_length("")).to_be(0.0)
        expect(average_word_length("123 !!")).to_be(0.0)

    @it("counts only sentences with words")
    def _():
        expect(sentence_count("Wait... what?! Yes.")).to_be(3)
        expect(sentence_count("?!")).to_be(0)
        expect(sentence_count("One. Two")).to_be(2)
        expect(sentence_count("Hi. 42! -- ?")).to_be(1)

    @it("lists the longest distinct words in lower case")
    def _():
        expect(longest_words("The tree, the TREES and a bee", 2)).to_equal(["trees", "tree"])
        expect(longest_words("b a c", 3)).to_equal(["a", "b", "c"])
        expect(longest_words("Aa aa AA", 5)).to_equal(["aa"])
        expect(longest_words("", 2)).to_equal([])

    @it("validates n")
    def _():
        expect(lambda: longest_words("a", -1)).to_raise(ValueError)
        expect(lambda: longest_words("a", 2.5)).to_raise(ValueError)

    @it("rounds reading time up")
    def _():
        expect(reading_time_minutes("word " * 201)).to_be(2)
        expect(reading_time_minutes("word " * 200)).to_be(1)
        expect(reading_time_minutes("")).to_be(0)
        expect(reading_time_minutes("a b c", words_per_minute=2)).to_be(2)
        expect(lambda: reading_time_minutes("a", 0)).to_raise(ValueError)
