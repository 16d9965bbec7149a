// The Python runtime end to end: real checker and host processes through a real pool, judging
// correct and wrong modules, load failures, limits and callbacks.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_LIMITS } from "../limits.js";
import { createSandboxPool } from "../sandbox-pool.js";
import type { SandboxPool, SandboxResult } from "../sandbox-types.js";
import { runPythonItem } from "./run-python-item.js";

const SPEC = `from spec import describe, it, expect
from solution import add, Counter, apply_all, ParseError, parse

with describe("add"):
    @it("adds two numbers")
    def _():
        expect(add(2, 3)).to_be(5)

    @it("keeps bool apart from int")
    def _():
        expect(add(1, 0)).not_.to_be(True)

with describe("Counter"):
    @it("counts")
    def _():
        counter = Counter()
        counter.increment()
        counter.increment(5)
        expect(counter.value).to_equal(6)
        expect(counter.history()).to_equal([1, 5])

    @it("starts fresh in every check")
    def _():
        expect(Counter().value).to_equal(0)

    @it("calls the checker's functions")
    def _():
        seen = []
        expect(apply_all([1, 2, 3], lambda n: seen.append(n) or n * 10)).to_equal((10, 20, 30))
        expect(seen).to_equal([1, 2, 3])

    @it("raises the module's own error class")
    def _():
        expect(lambda: parse("x")).to_raise(ParseError, match="bad input")
        expect(lambda: parse("x")).to_raise(ValueError)
        expect(parse("7")).to_be(7)
`;

const GOOD = `
class ParseError(ValueError):
    pass

_calls = []

def add(a, b):
    return a + b

class Counter:
    def __init__(self):
        self.value = 0
        self._history = []
    def increment(self, by=1):
        self.value += by
        self._history.append(by)
    def history(self):
        return list(self._history)

def apply_all(items, fn):
    return tuple(fn(item) for item in items)

def parse(text):
    if not text.isdigit():
        raise ParseError(f"bad input: {text!r}")
    return int(text)
`;

let pool: SandboxPool;
let tempDir: string;

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), "benchloop-python-test-"));
  chmodSync(tempDir, 0o755);
  pool = createSandboxPool({ size: 2, tempDir, limits: { checkTimeoutMs: 2_000 } });
});

afterAll(async () => {
  await pool.close();
  rmSync(tempDir, { recursive: true, force: true });
});

function runPython(solutionSource: string, specSource = SPEC, exports = ["add"]): Promise<SandboxResult> {
  return pool.run({ solutionSource, solutionLanguage: "python", specSource, exports });
}

describe("Python items", () => {
  it("pass a correct module, every check judged in the checker", async () => {
    const result = await runPython(GOOD);
    expect(result.failure).toBeUndefined();
    expect(result.loaded).toBe(true);
    expect(result.checks.map((check) => [check.name, check.passed])).toEqual([
      ["add > adds two numbers", true],
      ["add > keeps bool apart from int", true],
      ["Counter > counts", true],
      ["Counter > starts fresh in every check", true],
      ["Counter > calls the checker's functions", true],
      ["Counter > raises the module's own error class", true],
    ]);
    expect(result.isolation.filesystem).toBe("audit-hook");
  });

  it("fail a wrong module with expected and actual values", async () => {
    const result = await runPython(GOOD.replace("return a + b", "return a - b"));
    expect(result.checks[0]).toMatchObject({ passed: false, expected: 5, actual: -1 });
    expect(result.checks.slice(2).every((check) => check.passed)).toBe(true);
  });

  it("report a syntax error as syntax", async () => {
    const result = await runPython("def add(a, b)\n    return a + b\n");
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("syntax");
    expect(result.checks.every((check) => !check.passed)).toBe(true);
  });

  it("report a missing name as missing_export", async () => {
    const result = await runPython("def plus(a, b):\n    return a + b\n");
    expect(result.failure).toMatchObject({ type: "missing_export" });
    expect(result.failure?.message).toContain("add");
  });

  it("report an import of a missing package as import", async () => {
    const result = await runPython("import numpy\ndef add(a, b):\n    return a + b\n");
    expect(result.failure?.type).toBe("import");
  });

  it("report a spec that does not load as spec_error", async () => {
    const result = await runPython(GOOD, "from spec import describe\nraise RuntimeError('broken spec')\n");
    expect(result.failure?.type).toBe("spec_error");
  });

  it("give the module the same string hashing on every run, so set order is reproducible", async () => {
    const spec = `from spec import describe, it, expect\nfrom solution import order\n\n@it("order")\ndef _():\n    expect(order()).to_equal([])\n`;
    const module = `def order():\n    return list({"kiwi", "apple", "fig", "pear", "plum", "lime", "date", "yuzu"})\n`;
    const first = await runPython(module, spec, ["order"]);
    const second = await runPython(module, spec, ["order"]);
    expect(first.checks[0]?.actual).toHaveLength(8);
    expect(second.checks[0]?.actual).toEqual(first.checks[0]?.actual);
  });

  it("fail the item when the checker ends before every check reported", async () => {
    const spec = `from spec import describe, it, expect\nimport os\n\n@it("first")\ndef _():\n    os._exit(0)\n\n@it("second")\ndef _():\n    pass\n`;
    const result = await runPython(GOOD, spec);
    expect(result.failure?.type).toBe("crash");
    expect(result.checks.map((check) => check.passed)).toEqual([false, false]);
  });

  it("treat a report line without the checker's token as tampering, never as a pass", async () => {
    const spec = `from spec import describe, it, expect\nimport os\n\n@it("forged")\ndef _():\n    os.write(3, b'{"t": "check", "i": 0, "passed": true}\\n{"t": "done"}\\n')\n    expect(1).to_be(2)\n`;
    const result = await runPython(GOOD, spec);
    expect(result.failure?.type).toBe("sandbox_violation");
    expect(result.checks.every((check) => !check.passed)).toBe(true);
  });

  it("say plainly that Python answers cannot run where no usable python3 was found", async () => {
    const result = await runPythonItem(
      { solutionSource: GOOD, solutionLanguage: "python", specSource: SPEC, exports: ["add"] },
      {
        limits: DEFAULT_SANDBOX_LIMITS,
        runtime: {
          pythonPath: undefined,
          reason:
            "no python3 was found on PATH or in /usr/bin; install Python 3.8 or newer (apt-get install python3)",
          support: {
            runnerPath: "",
            permissionFlag: undefined,
            prlimitPath: undefined,
            namespace: undefined,
          },
        },
        signal: undefined,
      },
    );
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("crash");
    expect(result.failure?.message).toContain("apt-get install python3");
  });

  it("stop a check that loops forever, and run the next checks in a fresh process", async () => {
    const result = await runPython(
      GOOD.replace("def add(a, b):\n    return a + b", "def add(a, b):\n    while True:\n        pass"),
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "timeout" });
    expect(result.checks[2]?.passed).toBe(true);
  });
});
