// Python catalog items through `benchloop run --demo`: the built CLI scores the simulator's answers
// (reference → sim/oracle, first mutant → sim/sloppy) in the sandbox's Python runtime.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBenchloop } from "../helpers/cli.js";

const PYTHON_TESTS = "py-word-frequency,py-edit-inventory,py-topo-sort";

let temp: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir("python-demo");
});
afterAll(() => temp.remove());

describe("run --demo with Python tests", () => {
  it("passes every oracle answer and fails every sloppy one", async () => {
    const result = await runBenchloop(
      ["run", "--demo", "--tests", PYTHON_TESTS, "--models", "sim/oracle:latest,sim/sloppy:latest", "-q"],
      { cwd: temp.dir },
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/sim\/oracle:latest\s+6\s+100%/);
    expect(result.stdout).toMatch(/sim\/sloppy:latest\s+6\s+0%/);
  });
});
