import { CircuitOpenError, createCircuitBreaker } from "./solution";

function setup(threshold = 2) {
  let time = 0;
  const breaker = createCircuitBreaker({ failureThreshold: threshold, resetAfterMs: 100, now: () => time });
  return { breaker, advance: (ms: number) => (time += ms) };
}
const fail = () => Promise.reject(new Error("boom"));
const ok = () => Promise.resolve("ok");

describe("createCircuitBreaker", () => {
  it("opens after the threshold of consecutive failures", async () => {
    const { breaker } = setup(2);
    await expect(breaker.call(fail)).rejects.toThrow("boom");
    expect(breaker.state).toBe("closed");
    await expect(breaker.call(fail)).rejects.toThrow("boom");
    expect(breaker.state).toBe("open");
    let ran = false;
    await expect(
      breaker.call(async () => {
        ran = true;
        return 1;
      }),
    ).rejects.toThrow(CircuitOpenError);
    expect(ran).toBe(false);
  });
  it("a success in closed state resets the count", async () => {
    const { breaker } = setup(2);
    await expect(breaker.call(fail)).rejects.toThrow();
    await breaker.call(ok);
    await expect(breaker.call(fail)).rejects.toThrow();
    expect(breaker.state).toBe("closed");
  });
  it("becomes half-open after the reset time and closes on a successful trial", async () => {
    const { breaker, advance } = setup(1);
    await expect(breaker.call(fail)).rejects.toThrow();
    advance(99);
    expect(breaker.state).toBe("open");
    advance(1);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.call(ok)).resolves.toBe("ok");
    expect(breaker.state).toBe("closed");
  });
  it("re-opens at once when the trial fails, counting the reset time from then", async () => {
    const { breaker, advance } = setup(3);
    for (let i = 0; i < 3; i++) await expect(breaker.call(fail)).rejects.toThrow();
    advance(150);
    await expect(breaker.call(fail)).rejects.toThrow("boom");
    expect(breaker.state).toBe("open");
    advance(99);
    expect(breaker.state).toBe("open");
    advance(1);
    expect(breaker.state).toBe("half-open");
  });
  it("lets exactly one trial call through while half-open", async () => {
    const { breaker, advance } = setup(1);
    await expect(breaker.call(fail)).rejects.toThrow();
    advance(100);
    let release: (value: string) => void = () => undefined;
    const trial = breaker.call(
      () =>
        new Promise<string>((resolve) => {
          release = resolve;
        }),
    );
    let secondRan = false;
    await expect(
      breaker.call(async () => {
        secondRan = true;
        return "x";
      }),
    ).rejects.toThrow(CircuitOpenError);
    expect(secondRan).toBe(false);
    release("done");
    await expect(trial).resolves.toBe("done");
    expect(breaker.state).toBe("closed");
    await expect(breaker.call(ok)).resolves.toBe("ok");
  });
  it("after a closed trial, needs the full threshold again to open", async () => {
    const { breaker, advance } = setup(2);
    await expect(breaker.call(fail)).rejects.toThrow();
    await expect(breaker.call(fail)).rejects.toThrow();
    advance(100);
    await breaker.call(ok);
    await expect(breaker.call(fail)).rejects.toThrow();
    expect(breaker.state).toBe("closed");
  });
});
