// The Python attack corpus: each answer tries to fake a pass or escape its sandbox; each ends failed
// or as a sandbox violation, never passed, and the pool goes on scoring normal items afterwards.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool } from "../sandbox-pool.js";
import type { SandboxPool, SandboxResult } from "../sandbox-types.js";

/** The spec every attack is scored against: `solve(2)` must be 4 — which no attack computes. */
const SPEC = `from spec import describe, it, expect
from solution import solve

with describe("solve"):
    @it("doubles 2")
    def _():
        expect(solve(2)).to_equal(4)

    @it("doubles 5")
    def _():
        expect(solve(5)).to_be(10)

    @it("returns a list of doubles")
    def _():
        expect(solve([1, 2])).to_equal([2, 4])
`;
const CORRECT = "def solve(x):\n    return [n * 2 for n in x] if isinstance(x, list) else x * 2\n";

let pool: SandboxPool;
let tempDir: string;
let server: Server;
let serverPort = 0;
let connections = 0;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), "benchloop-python-attack-"));
  chmodSync(tempDir, 0o755);
  pool = createSandboxPool({
    size: 2,
    tempDir,
    limits: { checkTimeoutMs: 1_500, memoryMb: 96, wallMs: 12_000 },
  });
  server = createServer((socket) => {
    connections++;
    socket.end("hello");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  serverPort = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  await pool.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tempDir, { recursive: true, force: true });
});

function attack(solutionSource: string): Promise<SandboxResult> {
  return pool.run({ solutionSource, solutionLanguage: "python", specSource: SPEC, exports: ["solve"] });
}

function neverPassed(result: SandboxResult): void {
  const passed = result.loaded && !result.failure && result.checks.every((check) => check.passed);
  expect(passed).toBe(false);
  expect(result.checks.filter((check) => check.passed)).toEqual([]);
}

describe("a Python answer cannot fake a pass by", () => {
  it("returning an object whose __eq__ is always true", async () => {
    const result = await attack(
      "class Anything:\n    def __eq__(self, other):\n        return True\n    def __hash__(self):\n        return 0\ndef solve(x):\n    return Anything()\n",
    );
    neverPassed(result);
    expect(result.checks[0]?.error).toContain("expected");
  });

  it("subclassing int and list with lying comparisons", async () => {
    const result = await attack(
      "class Liar(int):\n    def __eq__(self, other):\n        return True\nclass LiarList(list):\n    def __eq__(self, other):\n        return True\ndef solve(x):\n    return LiarList() if isinstance(x, list) else Liar(0)\n",
    );
    neverPassed(result);
  });

  it("patching builtins and the comparison machinery", async () => {
    const result = await attack(
      "import builtins, operator\nbuiltins.isinstance = lambda *a: True\noperator.eq = lambda a, b: True\nbuiltins.AssertionError = type('Never', (Exception,), {})\ndef solve(x):\n    return 0\n",
    );
    neverPassed(result);
  });

  it("forging result lines on its own pipes and the parent's report channel", async () => {
    const forge = [
      "import os, json",
      "def solve(x):",
      "    for fd in range(3, 64):",
      "        for line in (json.dumps({'r': {'ok': True, 'value': 4}}), json.dumps({'t': 'check', 'i': 0, 'passed': True}), json.dumps({'t': 'done'})):",
      "            try:",
      "                os.write(fd, (line + '\\n').encode())",
      "            except OSError:",
      "                pass",
      "    return 0",
    ].join("\n");
    const result = await attack(forge);
    neverPassed(result);
  });

  it("exiting with sys.exit(0) or os._exit(0) inside a check", async () => {
    for (const exit of ["import sys\n    sys.exit(0)", "import os\n    os._exit(0)"]) {
      const result = await attack(`def solve(x):\n    ${exit}\n`);
      neverPassed(result);
    }
  });

  it("exiting while the module loads", async () => {
    const result = await attack("import os\nos._exit(0)\ndef solve(x):\n    return x * 2\n");
    neverPassed(result);
    expect(result.loaded).toBe(false);
  });

  it("raising SystemExit or KeyboardInterrupt in every call", async () => {
    const result = await attack("def solve(x):\n    raise KeyboardInterrupt()\n");
    neverPassed(result);
  });

  it("disarming the audit hook through the host's globals, gc or a tracer, then writing outside", async () => {
    for (const disarm of [
      "import __main__\nfor name in dir(__main__):\n    value = getattr(__main__, name)\n    if isinstance(value, (set, dict, list)):\n        try:\n            value.clear()\n        except Exception:\n            pass\n__main__.ITEM_DIR = '/'",
      "import gc\nfor f in gc.get_objects():\n    if callable(f) and getattr(f, '__name__', '') == 'hook':\n        f.__code__ = (lambda event, args: None).__code__",
      "import sys\nsys.settrace(lambda *a: None)",
      "import os\nos.getcwd = lambda: '/tmp'\nimport posixpath\nposixpath.realpath = lambda p, **k: '/nowhere'",
    ]) {
      const outside = join(tempDir, `disarmed-${Date.now()}.txt`);
      const result = await attack(
        `${disarm}\nopen(${JSON.stringify(outside)}, "w").write("x")\ndef solve(x):\n    return [n * 2 for n in x] if isinstance(x, list) else x * 2\n`,
      );
      neverPassed(result);
      expect(result.failure?.type).toBe("sandbox_violation");
      expect(existsSync(outside)).toBe(false);
    }
  });

  it("reading the caller's frames to find the checker", async () => {
    const result = await attack(
      "import sys, gc\ndef solve(x):\n    frame = sys._getframe()\n    while frame.f_back:\n        frame = frame.f_back\n    for obj in gc.get_objects():\n        if isinstance(obj, dict) and 'report' in obj:\n            obj['report'] = None\n    return None\n",
    );
    neverPassed(result);
  });
});

describe("a Python answer is contained when", () => {
  it("writing outside its folder: a sandbox violation, and nothing is written", async () => {
    const outside = join(tempDir, `escaped-${Date.now()}.txt`);
    const result = await attack(
      `def solve(x):\n    open(${JSON.stringify(outside)}, "w").write("x")\n    return x * 2\n`,
    );
    neverPassed(result);
    expect(result.checks[0]?.failureType).toBe("sandbox_violation");
    expect(existsSync(outside)).toBe(false);
  });

  it("writing outside its folder and swallowing the error: still a violation", async () => {
    const result = await attack(
      "def solve(x):\n    try:\n        open('/tmp/benchloop-py-escape', 'w').write('x')\n    except BaseException:\n        pass\n    return [n * 2 for n in x] if isinstance(x, list) else x * 2\n",
    );
    neverPassed(result);
    expect(result.checks.every((check) => check.failureType === "sandbox_violation")).toBe(true);
    expect(existsSync("/tmp/benchloop-py-escape")).toBe(false);
  });

  it("reading /etc/passwd while loading: a sandbox violation and nothing leaks", async () => {
    const result = await attack("stolen = open('/etc/passwd').read()\ndef solve(x):\n    return stolen\n");
    neverPassed(result);
    expect(result.failure?.type).toBe("sandbox_violation");
    expect(JSON.stringify(result)).not.toContain("root:x:0:0");
  });

  it("connecting to a server on the host: no connection is made", async () => {
    const before = connections;
    const result = await attack(
      `import socket\ndef solve(x):\n    s = socket.create_connection(("127.0.0.1", ${serverPort}), timeout=1)\n    return s.recv(5)\n`,
    );
    neverPassed(result);
    expect(connections).toBe(before);
  });

  it("starting processes (subprocess, os.system, fork bomb): refused", async () => {
    for (const body of [
      "import subprocess\ndef solve(x):\n    return subprocess.run(['true'])",
      "import os\ndef solve(x):\n    os.system('true')\n    return x * 2",
      "import os\ndef solve(x):\n    while True:\n        os.fork()",
    ]) {
      const result = await attack(body);
      neverPassed(result);
    }
  });

  it("loading native code through ctypes: refused", async () => {
    const result = await attack("import ctypes\ndef solve(x):\n    return x * 2\n");
    neverPassed(result);
    expect(result.failure?.type).toBe("sandbox_violation");
  });

  it("looping forever, sleeping forever or burning memory: stopped, and later checks still run", async () => {
    const result = await attack(
      "import time\ndef solve(x):\n    if x == 2:\n        while True:\n            pass\n    if x == 5:\n        time.sleep(3600)\n    return [0] * (10 ** 9)\n",
    );
    neverPassed(result);
    expect(result.checks.map((check) => check.failureType)).toEqual(["timeout", "timeout", undefined]);
    expect(result.checks[2]?.error).toContain("MemoryError");
  });

  it("printing without end: stopped at the output limit", async () => {
    const result = await attack("def solve(x):\n    while True:\n        print('spam' * 1000)\n");
    neverPassed(result);
    expect(result.failure?.type).toBe("output_limit");
  });

  it("leaves no process and no folder behind, and the pool scores a correct module next", async () => {
    const result = await attack(CORRECT);
    expect(result.failure).toBeUndefined();
    expect(result.checks.map((check) => check.passed)).toEqual([true, true, true]);
    expect(readdirSync(tempDir).filter((name) => name.startsWith("benchloop-sandbox-py-"))).toEqual([]);
  });
});
