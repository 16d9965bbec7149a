from spec import describe, it, expect
from solution import group_anagrams

with describe("group_anagrams"):
    @it("groups anagrams in input order")
    def _():
        words = ["listen", "Google", "silent", "enlist", "gogole", "listen", "42"]
        expect(group_anagrams(words)).to_equal([["listen", "silent", "enlist"], ["Google", "gogole"]])

    @it("ignores case and non-letters")
    def _():
        expect(group_anagrams(["Dormitory", "dirty room!", "Dirty-Room"])).to_equal([["Dormitory", "dirty room!", "Dirty-Room"]])

    @it("keeps single words as their own groups")
    def _():
        expect(group_anagrams(["abc", "abd", "cab"])).to_equal([["abc", "cab"], ["abd"]])

    @it("returns nothing for no words or no letters")
    def _():
        expect(group_anagrams([])).to_equal([])
        expect(group_anagrams(["123", "!!"])).to_equal([])

    @it("does not merge words with different letter counts")
    def _():
        expect(group_anagrams(["aab", "abb"])).to_equal([["aab"], ["abb"]])
