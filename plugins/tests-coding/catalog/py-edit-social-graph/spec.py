from spec import describe, it, expect
from solution import Graph

def sample():
    g = Graph()
    for a, b in [("ann", "bob"), ("ann", "eve"), ("bob", "dora"), ("bob", "carl"), ("eve", "carl"), ("eve", "dora"), ("carl", "zed")]:
        g.add_friendship(a, b)
    return g

with describe("Graph"):
    @it("lists friends sorted, once each, even after repeated friendships")
    def _():
        g = sample()
        g.add_friendship("ann", "bob")
        g.add_friendship("bob", "ann")
        expect(g.friends("ann")).to_equal(["bob", "eve"])
        expect(g.friends("nobody")).to_equal([])

    @it("orders suggestions by mutual friends, then name")
    def _():
        g = sample()
        g.add_friendship("ann", "bob")
        expect(g.suggestions("ann")).to_equal(["carl", "dora"])
        g.add_friendship("ann", "carl")
        expect(g.suggestions("ann")).to_equal(["dora", "zed"])
        for name in ("uma", "kim", "bea", "ole", "ida", "max"):
            g.add_friendship("eve", name)
        expect(g.suggestions("ann")).to_equal(["dora", "bea", "ida", "kim", "max", "ole", "uma", "zed"])

    @it("measures degrees of separation")
    def _():
        g = sample()
        expect(g.degrees_of_separation("ann", "zed")).to_be(3)
        expect(g.degrees_of_separation("ann", "ann")).to_be(0)
        g.add_person("loner")
        expect(g.degrees_of_separation("ann", "loner")).to_be(-1)
        expect(g.degrees_of_separation("ann", "ghost")).to_be(-1)

    @it("searches a dense graph quickly", timeout=4000)
    def _():
        g = Graph()
        layers = [[f"n{layer}_{i}" for i in range(10)] for layer in range(8)]
        for upper, lower in zip(layers, layers[1:]):
            for a in upper:
                for b in lower:
                    g.add_friendship(a, b)
        g.add_friendship(layers[-1][0], "end")
        expect(g.degrees_of_separation("n0_0", "end")).to_be(8)

    @it("refuses self-friendship")
    def _():
        g = Graph()
        expect(lambda: g.add_friendship("ann", "ann")).to_raise(ValueError)
        expect(g.friends("ann")).to_equal([])
