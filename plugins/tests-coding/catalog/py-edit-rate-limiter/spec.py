from spec import describe, it, expect
from solution import RateLimiter

def limiter(limit=2, window=10):
    now = [0.0]
    return RateLimiter(limit, window, clock=lambda: now[0]), now

with describe("RateLimiter"):
    @it("allows up to the limit within the window")
    def _():
        rl, now = limiter()
        expect(rl.allow("a")).to_be(True)
        expect(rl.allow("a")).to_be(True)
        expect(rl.allow("a")).to_be(False)
        expect(rl.allow("b")).to_be(True)

    @it("does not count rejected requests")
    def _():
        rl, now = limiter()
        rl.allow("a")
        now[0] = 5
        rl.allow("a")
        for _ in range(5):
            rl.allow("a")
        now[0] = 10
        expect(rl.allow("a")).to_be(True)
        expect(rl.remaining("a")).to_be(0)

    @it("lets a request exactly one window later through")
    def _():
        rl, now = limiter(limit=1)
        rl.allow("a")
        now[0] = 10
        expect(rl.allow("a")).to_be(True)

    @it("forgets clients with nothing in the window")
    def _():
        rl, now = limiter()
        rl.allow("a")
        rl.allow("b")
        now[0] = 20
        rl.allow("b")
        expect(rl.remaining("a")).to_be(2)
        expect(sorted(rl.requests.keys())).to_equal(["b"])
        expect(len(rl.requests["b"])).to_be(1)

    @it("says how long to wait")
    def _():
        rl, now = limiter()
        rl.allow("a")
        now[0] = 4
        rl.allow("a")
        expect(rl.retry_after("a")).to_be_close_to(6)
        now[0] = 10
        expect(rl.retry_after("a")).to_be(0)
        expect(rl.retry_after("new")).to_be(0)

    @it("validates its settings")
    def _():
        expect(lambda: RateLimiter(0, 10)).to_raise(ValueError)
        expect(lambda: RateLimiter(1, 0)).to_raise(ValueError)
        expect(lambda: RateLimiter(1.5, 10)).to_raise(ValueError)
