from spec import describe, it, expect, catch
from solution import retry, backoff_delays, RetryError

def failing(times, error=OSError):
    calls = []
    def operation():
        calls.append(1)
        if len(calls) <= times:
            raise error(f"failure {len(calls)}")
        return "ok"
    return operation, calls

with describe("retry"):
    @it("returns the value once the operation succeeds")
    def _():
        operation, calls = failing(2)
        expect(retry(operation, attempts=3)).to_be("ok")
        expect(len(calls)).to_be(3)

    @it("reports the number of calls made in RetryError")
    def _():
        operation, calls = failing(10)
        error = catch(lambda: retry(operation, attempts=3))
        expect(error.type_name).to_be("solution.RetryError")
        expect(error.attempts).to_be(3)
        expect(len(calls)).to_be(3)
        expect(error.remote_message).to_contain("3 attempts")

    @it("sleeps only between attempts")
    def _():
        operation, calls = failing(10)
        slept = []
        catch(lambda: retry(operation, attempts=3, sleep=slept.append, base=1, factor=3))
        expect(slept).to_equal([1, 3])

    @it("computes n - 1 capped delays")
    def _():
        expect(backoff_delays(1)).to_equal([])
        expect(backoff_delays(4, base=1, factor=2, cap=3)).to_equal([1, 2, 3])

    @it("refuses fewer than one attempt without calling the operation")
    def _():
        operation, calls = failing(0)
        expect(lambda: retry(operation, attempts=0)).to_raise(ValueError)
        expect(calls).to_equal([])

    @it("lets other errors through at once")
    def _():
        operation, calls = failing(5, KeyError)
        expect(lambda: retry(operation, attempts=3, retry_on=(OSError,))).to_raise(KeyError)
        expect(len(calls)).to_be(1)
