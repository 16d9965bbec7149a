from spec import describe, it, expect
from solution import JobQueue

with describe("JobQueue"):
    @it("pops higher priorities first, ties in push order")
    def _():
        q = JobQueue()
        q.push("low", 1)
        q.push("high", 10)
        q.push("mid-a", 5)
        q.push("mid-b", 5)
        expect([q.pop(), q.pop(), q.pop(), q.pop(), q.pop()]).to_equal(["high", "mid-a", "mid-b", "low", None])

    @it("keeps a retried job's priority")
    def _():
        q = JobQueue()
        q.push("urgent", 9)
        q.push("normal", 1)
        job = q.pop()
        expect(q.retry(job)).to_be(True)
        expect(q.pop()).to_be("urgent")

    @it("holds delayed jobs until they are due")
    def _():
        now = [100.0]
        q = JobQueue(clock=lambda: now[0])
        q.push("later", 5, delay=10)
        q.push("now", 1)
        expect(len(q)).to_be(1)
        expect(q.pop()).to_be("now")
        expect(q.pop()).to_be_none()
        now[0] = 110
        expect(len(q)).to_be(1)
        expect(q.pop()).to_be("later")

    @it("delays retries")
    def _():
        now = [0.0]
        q = JobQueue(clock=lambda: now[0])
        q.push("job")
        q.retry(q.pop(), delay=5)
        expect(q.pop()).to_be_none()
        now[0] = 5
        expect(q.pop()).to_be("job")

    @it("moves a job to dead after max_attempts")
    def _():
        q = JobQueue(max_attempts=2)
        q.push("flaky", 3)
        expect(q.retry(q.pop())).to_be(True)
        expect(q.retry(q.pop())).to_be(False)
        expect(q.dead).to_equal(["flaky"])
        expect(q.pop()).to_be_none()

    @it("refuses negative delays")
    def _():
        q = JobQueue()
        expect(lambda: q.push("x", delay=-1)).to_raise(ValueError)
