import { createScheduler } from "./solution";

function drain(s: ReturnType<typeof createScheduler>): string[] {
  const out: string[] = [];
  for (let next = s.next(); next; next = s.next()) out.push(next.job);
  return out;
}

describe("createScheduler", () => {
  it("keeps serving the others when a queue runs empty", () => {
    const s = createScheduler();
    for (const job of ["a1", "a2", "a3"]) s.submit("a", job);
    s.submit("b", "b1");
    s.submit("c", "c1");
    s.submit("c", "c2");
    expect(s.pending).toBe(6);
    expect(drain(s)).toEqual(["a1", "b1", "c1", "a2", "c2", "a3"]);
    expect(s.pending).toBe(0);
    expect(s.next()).toBeUndefined();
  });
  it("puts a returning tenant at the end of the rotation", () => {
    const s = createScheduler();
    s.submit("a", "a1");
    s.submit("b", "b1");
    s.submit("b", "b2");
    s.submit("c", "c1");
    s.submit("c", "c2");
    expect(s.next()?.job).toBe("a1");
    s.submit("a", "a2");
    expect(drain(s)).toEqual(["b1", "c1", "a2", "b2", "c2"]);
  });
  it("serves up to weight jobs in a row", () => {
    const s = createScheduler();
    s.submit("a", "a1");
    for (const job of ["a2", "a3", "a4", "a5"]) s.submit("a", job, 2);
    s.submit("b", "b1");
    s.submit("b", "b2");
    expect(drain(s)).toEqual(["a1", "a2", "b1", "a3", "a4", "b2", "a5"]);
  });
  it("reports the tenant with each job", () => {
    const s = createScheduler();
    s.submit("t", "x");
    expect(s.next()).toEqual({ tenant: "t", job: "x" });
  });
  it("throws a RangeError for a bad weight", () => {
    const s = createScheduler();
    expect(() => s.submit("a", "x", 0)).toThrow(RangeError);
    expect(() => s.submit("a", "x", 1.5)).toThrow(RangeError);
    expect(s.pending).toBe(0);
  });
});
