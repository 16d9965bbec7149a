import { retry } from "./solution";

function flaky(failures: number) {
  let calls = 0;
  const op = async () => {
    calls++;
    if (calls <= failures) throw new Error(`fail ${calls}`);
    return "ok";
  };
  return { op, calls: () => calls };
}

describe("retry", () => {
  it("makes up to attempts calls", async () => {
    const { op, calls } = flaky(2);
    await expect(retry(op, { attempts: 3 })).resolves.toBe("ok");
    expect(calls()).toBe(3);
  });
  it("rejects with the last error", async () => {
    const { op, calls } = flaky(5);
    await expect(retry(op, { attempts: 3 })).rejects.toThrow("fail 3");
    expect(calls()).toBe(3);
  });
  it("calls once with one attempt", async () => {
    const { op, calls } = flaky(0);
    await expect(retry(op, { attempts: 1 })).resolves.toBe("ok");
    expect(calls()).toBe(1);
  });
  it("doubles the delay up to the cap", async () => {
    const waits: number[] = [];
    const { op } = flaky(4);
    await retry(op, {
      attempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 300,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([100, 200, 300, 300]);
    const longer: number[] = [];
    await retry(flaky(4).op, {
      attempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      sleep: async (ms) => {
        longer.push(ms);
      },
    });
    expect(longer).toEqual([100, 200, 400, 800]);
  });
  it("skips zero waits", async () => {
    const waits: number[] = [];
    const { op } = flaky(2);
    await retry(op, {
      attempts: 3,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([]);
  });
  it("stops at once when retryIf says no", async () => {
    const { op, calls } = flaky(5);
    await expect(retry(op, { attempts: 5, retryIf: (e) => !String(e).includes("fail 2") })).rejects.toThrow(
      "fail 2",
    );
    expect(calls()).toBe(2);
  });
  it("rejects with a RangeError for bad attempts", async () => {
    const { op, calls } = flaky(0);
    await expect(retry(op, { attempts: 0 })).rejects.toThrow(RangeError);
    await expect(retry(op, { attempts: 1.5 })).rejects.toThrow(RangeError);
    expect(calls()).toBe(0);
  });
});
