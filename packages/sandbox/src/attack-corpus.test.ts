// The attack corpus: each case is untrusted code doing something it must not, run through a real
// pool; each is contained and classified, and the pool goes on scoring normal items afterwards.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool } from "./sandbox-pool.js";
import type { SandboxPool, SandboxResult } from "./sandbox-types.js";

const SECRET = `benchloop-secret-${process.pid}-${Date.now()}`;
const ATTACK_SPEC = `import { attack } from "./solution";
describe("attack", () => {
  it("runs", async () => {
    expect(await attack()).toBe("contained");
  });
  it("leaves the next check working", () => {
    expect(1 + 1).toBe(2);
  });
});
`;
const NORMAL_SPEC = `import { add } from "./solution";
describe("add", () => {
  it("adds", () => {
    expect(add(2, 3)).toBe(5);
  });
  it("sees clean globals", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([1, 2].map((n) => n * 2)).toEqual([2, 4]);
    expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
  });
});
`;

let pool: SandboxPool;
let tempDir: string;
let server: Server;
let serverPort = 0;
let connections = 0;

beforeAll(async () => {
  process.env.BENCHLOOP_TEST_SECRET = SECRET;
  tempDir = mkdtempSync(join(tmpdir(), "benchloop-attack-test-"));
  chmodSync(tempDir, 0o755);
  pool = createSandboxPool({ size: 2, tempDir, limits: { checkTimeoutMs: 1_000, memoryMb: 96 } });
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
  delete process.env.BENCHLOOP_TEST_SECRET;
  rmSync(tempDir, { recursive: true, force: true });
});

function attack(body: string, limits?: Parameters<SandboxPool["run"]>[0]["limits"]): Promise<SandboxResult> {
  return pool.run({
    solutionSource: body,
    solutionLanguage: "typescript",
    specSource: ATTACK_SPEC,
    exports: ["attack"],
    ...(limits ? { limits } : {}),
  });
}

function expectNormalItemPasses(): Promise<void> {
  return pool
    .run({
      solutionSource: "export function add(a: number, b: number) { return a + b; }",
      solutionLanguage: "typescript",
      specSource: NORMAL_SPEC,
      exports: ["add"],
    })
    .then((result) => {
      expect(result.failure).toBeUndefined();
      expect(result.checks.map((check) => check.passed)).toEqual([true, true]);
    });
}

describe("the sandbox contains", () => {
  it("reading a secret from the environment: the child's environment has nothing of the parent's", async () => {
    const result = await attack(
      `export function attack() { return { secret: process.env.BENCHLOOP_TEST_SECRET ?? null, keys: Object.keys(process.env) }; }`,
    );
    expect(result.loaded).toBe(true);
    expect(result.checks[0]).toMatchObject({ passed: false, actual: { secret: null } });
    // TZ=UTC is the one variable benchloop sets; a shell between unshare and Node adds its PWD (the item folder).
    const { keys } = (result.checks[0]?.actual ?? { keys: [] }) as { keys: string[] };
    expect(keys.filter((key) => key !== "PWD")).toEqual(["TZ"]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it("reading /etc/passwd while the module loads: a sandbox violation", async () => {
    const result = await attack(
      `import { readFileSync } from "node:fs";\nconst stolen = readFileSync("/etc/passwd", "utf8");\nexport function attack() { return stolen; }`,
    );
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("sandbox_violation");
    expect(JSON.stringify(result)).not.toContain("root:x:0:0");
    expect(result.checks.every((check) => !check.passed)).toBe(true);
  });

  it("listing the user's home folder inside a check: the check fails as a sandbox violation", async () => {
    const result = await attack(
      `import { readdirSync } from "node:fs";\nexport function attack() { return readdirSync(${JSON.stringify(homedir())}); }`,
    );
    expect(result.loaded).toBe(true);
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
    expect(result.checks[1]?.passed).toBe(true);
  });

  it("writing outside its folder is refused, while writing inside it works", async () => {
    const outside = join(tempDir, `escaped-${Date.now()}.txt`);
    const result = await attack(
      `import { writeFileSync, readFileSync } from "node:fs";
export function attack() {
  writeFileSync("scratch.txt", "mine");
  if (readFileSync("scratch.txt", "utf8") !== "mine") return "own folder unusable";
  writeFileSync(${JSON.stringify(outside)}, "escaped");
  return "contained";
}`,
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
    expect(existsSync(outside)).toBe(false);
  });

  it("spawning a process: a sandbox violation", async () => {
    const result = await attack(
      `import { execSync } from "node:child_process";\nexport function attack() { return execSync("id").toString(); }`,
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
  });

  it("starting a worker thread: a sandbox violation", async () => {
    const result = await attack(
      `import { Worker } from "node:worker_threads";\nexport function attack() { new Worker("setInterval(() => {}, 1000)", { eval: true }); return "started"; }`,
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
  });

  it("opening a socket to a server listening on 127.0.0.1: no connection arrives", async () => {
    const before = connections;
    const result = await attack(
      `import { connect } from "node:net";
export function attack() {
  return new Promise((resolve) => {
    const socket = connect(${serverPort}, "127.0.0.1");
    socket.on("connect", () => resolve("connected"));
    socket.on("error", (error) => resolve("error " + (error as NodeJS.ErrnoException).code));
  });
}`,
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
    const fetched = await attack(
      `export async function attack() { const response = await fetch("http://127.0.0.1:${serverPort}/"); return response.status; }`,
    );
    expect(fetched.checks[0]?.passed).toBe(false);
    expect(connections).toBe(before);
    if (process.getuid?.() === 0) expect(result.isolation.network).toBe("namespace");
  });

  it("while(true){} at load: the module fails to load with a timeout", async () => {
    const result = await attack(`while (true) {}\nexport function attack() { return "contained"; }`);
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("timeout");
    expect(result.checks).toHaveLength(2);
  });

  it("while(true){} inside a check: that check times out and the next one still runs", async () => {
    const result = await attack(`export function attack() { while (true) {} }`);
    expect(result.loaded).toBe(true);
    expect(result.failure).toBeUndefined();
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "timeout" });
    expect(result.checks[1]?.passed).toBe(true);
    expect(result.processes).toBe(2);
  });

  it("burning CPU past the CPU limit: the process is stopped and the check fails as a timeout", async () => {
    const result = await attack(`export function attack() { for (;;) Math.sqrt(Math.random()); }`, {
      cpuMs: 1_000,
      checkTimeoutMs: 20_000,
    });
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "timeout" });
    if (result.isolation.resourceLimits === "rlimit") expect(result.checks[0]?.error).toContain("CPU time");
    expect(result.checks[1]?.passed).toBe(true);
  });

  it("allocating until out of memory inside a check: the check fails as memory and the next still runs", async () => {
    const result = await attack(
      `export function attack() { const hoard: number[][] = []; for (;;) hoard.push(new Array(100_000).fill(hoard.length)); }`,
      { checkTimeoutMs: 20_000 },
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "memory" });
    expect(result.checks[1]?.passed).toBe(true);
  });

  it("allocating until out of memory while loading: the module fails to load as memory", async () => {
    const result = await attack(
      `const hoard: string[] = [];\nfor (;;) hoard.push("x".repeat(1_000_000) + hoard.length);\nexport function attack() { return "contained"; }`,
      { checkTimeoutMs: 20_000 },
    );
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("memory");
  });

  it("printing 100 MB: the item is stopped at the output cap", async () => {
    const result = await attack(
      `export function attack() { process.stdout.write("x".repeat(100 * 1024 * 1024)); return "contained"; }`,
      { outputBytes: 200_000, memoryMb: 512 },
    );
    expect(result.failure?.type).toBe("output_limit");
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "output_limit" });
    expect(result.outputBytes).toBeLessThan(100 * 1024 * 1024);
  });

  it("printing forever with console.log: the item is stopped at the output cap", async () => {
    const result = await attack(`export function attack() { for (;;) console.log("spam spam spam"); }`, {
      outputBytes: 100_000,
    });
    expect(result.failure?.type).toBe("output_limit");
  });

  it("patching globals: the item's own checks go on, and the next item is unaffected", async () => {
    const result = await attack(
      `(Object.prototype as Record<string, unknown>).polluted = true;
Array.prototype.map = function () { return ["pwned"]; } as never;
JSON.stringify = () => "{}";
export function attack() { return "contained"; }`,
    );
    expect(result.loaded).toBe(true);
    expect(result.checks.map((check) => check.passed)).toEqual([true, true]);
    await expectNormalItemPasses();
  });

  it("process.exit while loading: a sandbox violation", async () => {
    const result = await attack(`process.exit(0);\nexport function attack() { return "contained"; }`);
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe("sandbox_violation");
  });

  it("process.exit, process.kill and process.abort inside checks: failing checks, the item goes on", async () => {
    for (const call of ["process.exit(0)", "process.kill(process.ppid, 'SIGKILL')", "process.abort()"]) {
      const result = await attack(`export function attack() { ${call}; return "contained"; }`);
      expect(result.checks[0]).toMatchObject({ passed: false, failureType: "sandbox_violation" });
      expect(result.checks[1]?.passed).toBe(true);
    }
  });

  it("the pool goes on scoring normal items after the whole corpus, and leaves no temp folder behind", async () => {
    await expectNormalItemPasses();
    await pool.close();
    expect(readdirSync(tempDir).filter((name) => name.startsWith("benchloop-sandbox-"))).toEqual([]);
    pool = createSandboxPool({ size: 1, tempDir });
  });
});

// ---------------------------------------------------------------------------------------------------
// Scoring integrity: wrong answers that try to be scored as passed. Each answer is correct except where
// its attack needs it to be wrong, so a defence that gave way would turn the targeted check green.
// ---------------------------------------------------------------------------------------------------

const INTEGRITY_SPEC = `import { add, list, guard, notify, later } from "./solution";
describe("integrity", () => {
  it("adds", () => { expect(add(2, 3)).toBe(5); });
  it("adds inside a structure", () => { expect({ sum: add(1, 1), parts: [add(0, 1)] }).toEqual({ sum: 2, parts: [1] }); });
  it("lists", () => { expect(list()).toContain(3); });
  it("refuses NaN with a TypeError", () => { expect(() => guard(Number.NaN)).toThrow(TypeError); });
  it("resolves", async () => { expect(await Promise.resolve(add(20, 22))).toBe(42); });
  it("calls back with the sum", () => {
    let called = false;
    notify(2, 3, (sum: number) => { called = true; expect(sum).toBe(5); });
    expect(called).toBe(true);
  });
  it("calls back later with the sum", async () => {
    await new Promise<void>((resolve) => { later(2, 3, (sum: number) => { expect(sum).toBe(5); }); setTimeout(resolve, 30); });
  });
});
`;
const INTEGRITY_EXPORTS = ["add", "list", "guard", "notify", "later"];
const CORRECT_PARTS = {
  add: "export function add(a: number, b: number): number { return a + b; }",
  list: "export function list(): number[] { return [1, 2, 3]; }",
  guard:
    'export function guard(n: number): number { if (Number.isNaN(n)) throw new TypeError("not a number"); return n; }',
  notify:
    "export function notify(a: number, b: number, callback: (sum: number) => void): void { callback(a + b); }",
  later:
    "export function later(a: number, b: number, callback: (sum: number) => void): void { setTimeout(() => callback(a + b), 1); }",
};
const WRONG_ADD = "export function add(a: number, b: number): number { return a - b; }";
/** Report lines as the runner wrote them before they were authenticated: a load, every check passed, done. */
const FORGED_LINES = `[
  { t: "plan", checks: [0, 1, 2, 3, 4].map((i) => ({ name: "check " + i, timeoutMs: 1000 })) },
  { t: "phase", phase: "load" },
  { t: "load", ok: true },
  ...[0, 1, 2, 3, 4].flatMap((i) => [{ t: "start", i }, { t: "check", i, passed: true }]),
  { t: "done", cpuMs: 1 },
].map((line) => JSON.stringify(line) + "\\n").join("")`;

type Verdict = "passed" | "failed" | "sandbox_violation";

/** The item's verdict as the code scorer draws it (tests-coding's scoreCodingAnswer). */
function verdictOf(result: SandboxResult): Verdict {
  if (result.failure?.type === "sandbox_violation") return "sandbox_violation";
  const passed =
    result.loaded &&
    !result.failure &&
    result.checks.length > 0 &&
    result.checks.every((check) => check.passed);
  return passed ? "passed" : "failed";
}

interface IntegrityAttack {
  name: string;
  /** Replacements for the correct parts, and code run when the module loads. */
  parts: Partial<typeof CORRECT_PARTS> & { top?: string };
  verdict: Exclude<Verdict, "passed">;
  /** Check names that must fail (the ones the attack aims at). */
  targets?: string[];
}

function integritySource(parts: IntegrityAttack["parts"]): string {
  const { top = "", ...overrides } = parts;
  const merged = { ...CORRECT_PARTS, ...overrides };
  return `${top}\n${merged.add}\n${merged.list}\n${merged.guard}\n${merged.notify}\n${merged.later}\n`;
}

const INTEGRITY_ATTACKS: IntegrityAttack[] = [
  {
    name: "a failed assertion in the spec's callback caught and dropped by the answer",
    parts: {
      notify:
        "export function notify(a: number, b: number, callback: (sum: number) => void): void { try { callback(a - b); } catch {} }",
    },
    verdict: "failed",
    targets: ["integrity > calls back with the sum"],
  },
  {
    name: "uncaught-exception listeners replaced so a failure thrown from a timer is swallowed",
    parts: {
      later:
        "export function later(a: number, b: number, callback: (sum: number) => void): void { setTimeout(() => callback(a - b), 1); }",
      top: `process.removeAllListeners("uncaughtException");
process.on("uncaughtException", () => undefined);
const emit = process.emit;
try { process.emit = function (this: NodeJS.Process, event: string, ...args: unknown[]) { return event === "uncaughtException" ? true : emit.call(this, event, ...(args as [])); } as typeof process.emit; } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > calls back later with the sum"],
  },
  {
    name: "forged load, check and done lines on fd 3 while loading, then a loop that never ends",
    parts: {
      add: WRONG_ADD,
      top: `import { writeSync } from "node:fs";\nwriteSync(3, ${FORGED_LINES});\nfor (;;) {}`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "forged lines with made-up tokens in the runner's line format, written from inside a check",
    parts: {
      top: 'import { writeSync } from "node:fs";',
      add: `export function add(a: number, b: number): number {
  writeSync(3, ${FORGED_LINES}.split("\\n").filter(Boolean).map((line, seq) => seq.toString(16).padStart(32, "0") + " " + line + "\\n").join(""));
  return a - b;
}`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "half a report line left on fd 3 to splice onto the runner's next line",
    parts: {
      top: 'import { writeSync } from "node:fs";',
      add: `export function add(a: number, b: number): number { writeSync(3, '{"t":"check","i":0,"passed":true,"pad":"'); return a - b; }`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "forged reports on every open file descriptor",
    parts: {
      add: WRONG_ADD,
      top: `import { writeSync } from "node:fs";\nfor (let fd = 0; fd < 256; fd++) { try { writeSync(fd, ${FORGED_LINES}); } catch {} }`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "forged reports on stdout and stderr",
    parts: {
      add: WRONG_ADD,
      top: `import { writeSync } from "node:fs";\nprocess.stdout.write(${FORGED_LINES});\nprocess.stderr.write(${FORGED_LINES});\nconsole.log(${FORGED_LINES});\nwriteSync(1, ${FORGED_LINES});\nwriteSync(2, ${FORGED_LINES});`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "Object.is replaced so toBe and toEqual see equality everywhere",
    parts: {
      add: WRONG_ADD,
      top: `try { Object.is = () => true; } catch {}\ntry { Object.defineProperty(Object, "is", { value: () => true }); } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds", "integrity > adds inside a structure"],
  },
  {
    name: "Object.keys replaced so objects compare as empty",
    parts: {
      add: WRONG_ADD,
      top: "try { Object.keys = () => []; } catch {}\ntry { (Object as unknown as Record<string, unknown>).entries = () => []; } catch {}",
    },
    verdict: "failed",
    targets: ["integrity > adds inside a structure"],
  },
  {
    name: "Array.prototype.includes, indexOf and some patched so toContain passes",
    parts: {
      list: "export function list(): number[] { return [1, 2]; }",
      top: "for (const name of ['includes', 'indexOf', 'some', 'find']) { try { (Array.prototype as unknown as Record<string, unknown>)[name] = () => true; } catch {} }",
    },
    verdict: "failed",
    targets: ["integrity > lists"],
  },
  {
    name: "the global Array, Object and Number swapped for look-alikes",
    parts: {
      list: "export function list(): number[] { return [1, 2]; }",
      top: `const g = globalThis as Record<string, unknown>;
for (const name of ["Array", "Object", "Number"]) {
  try { g[name] = new Proxy(g[name] as object, { get: () => () => true }); } catch {}
  try { Object.defineProperty(globalThis, name, { value: () => true }); } catch {}
}`,
    },
    verdict: "failed",
    targets: ["integrity > lists"],
  },
  {
    name: "Function.prototype.call, apply and bind patched",
    parts: {
      add: WRONG_ADD,
      top: "for (const name of ['call', 'apply', 'bind']) { try { (Function.prototype as unknown as Record<string, unknown>)[name] = function () { return true; }; } catch {} }",
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "JSON.stringify and JSON.parse patched",
    parts: {
      add: WRONG_ADD,
      top: `try { JSON.stringify = () => '{"t":"check","passed":true}'; } catch {}\ntry { JSON.parse = () => ({ passed: true }); } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "Promise.prototype.then patched to resolve every promise with the expected value",
    parts: {
      add: WRONG_ADD,
      top: `const then = Promise.prototype.then;
try { Promise.prototype.then = function (this: Promise<unknown>, onFulfilled?: (v: unknown) => unknown) { return then.call(this, () => onFulfilled?.(42)); } as never; } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > resolves"],
  },
  {
    name: "Reflect.apply, Reflect.ownKeys and Reflect.getPrototypeOf patched",
    parts: {
      add: WRONG_ADD,
      top: "for (const name of ['apply', 'ownKeys', 'getPrototypeOf', 'has']) { try { (Reflect as unknown as Record<string, unknown>)[name] = () => []; } catch {} }",
    },
    verdict: "failed",
    targets: ["integrity > adds", "integrity > adds inside a structure"],
  },
  {
    name: "Symbol.hasInstance defined on Function.prototype and TypeError so any throw is a TypeError",
    parts: {
      guard:
        'export function guard(n: number): number { if (Number.isNaN(n)) throw new RangeError("wrong class"); return n; }',
      top: `for (const target of [Function.prototype, TypeError]) {
  try { Object.defineProperty(target, Symbol.hasInstance, { value: () => true, configurable: true }); } catch {}
}`,
    },
    verdict: "failed",
    targets: ["integrity > refuses NaN with a TypeError"],
  },
  {
    name: "Error, its prototype's toString, captureStackTrace and prepareStackTrace replaced",
    parts: {
      add: WRONG_ADD,
      top: `const E = Error as unknown as Record<string, unknown>;
try { E.prepareStackTrace = () => "passed"; } catch {}
try { E.captureStackTrace = () => undefined; } catch {}
try { (Error.prototype as unknown as Record<string, unknown>).toString = () => "passed"; } catch {}
try { (globalThis as Record<string, unknown>).Error = function FakeError() { return {}; }; } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "describe, it and expect replaced on the global object",
    parts: {
      add: WRONG_ADD,
      top: `const g = globalThis as Record<string, unknown>;
const pass = () => new Proxy({}, { get: () => pass });
g.expect = pass; g.it = (_name: string, _fn: unknown) => undefined; g.test = g.it; g.describe = (_name: string, fn: () => void) => fn();`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "the test library imported by the answer to reach expect",
    parts: {
      add: WRONG_ADD,
      top: 'import * as vitest from "vitest";\nObject.assign(vitest, { expect: () => ({ toBe() {} }) });',
    },
    verdict: "failed",
  },
  {
    name: "require.cache poisoned through process.mainModule",
    parts: {
      add: WRONG_ADD,
      top: `try {
  const cache = (process as unknown as { mainModule: { require: { cache: Record<string, { exports: Record<string, unknown> }> } } }).mainModule.require.cache;
  for (const entry of Object.values(cache)) if (entry.exports.expect) entry.exports.expect = () => new Proxy({}, { get: () => () => undefined });
} catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "require.cache poisoned through the module built-in",
    parts: {
      add: WRONG_ADD,
      top: 'import Module from "node:module";\nconsole.log(Object.keys((Module as unknown as { _cache: object })._cache));',
    },
    verdict: "sandbox_violation",
  },
  {
    name: "the runner's memory read with a v8 heap snapshot reached through process.getBuiltinModule",
    parts: {
      add: WRONG_ADD,
      top: 'const v8 = (process as unknown as { getBuiltinModule(id: string): { getHeapSnapshot(): unknown } }).getBuiltinModule("node:v8");\nv8.getHeapSnapshot();',
    },
    verdict: "sandbox_violation",
  },
  {
    name: "process.binding used to write to fd 3 around the fs module",
    parts: {
      add: WRONG_ADD,
      top: `const binding = (process as unknown as { binding(name: string): { writeString(fd: number, s: string): void } }).binding("fs");\nbinding.writeString(3, ${FORGED_LINES});`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "Object.prototype polluted with passed, toJSON and then",
    parts: {
      add: WRONG_ADD,
      top: `const proto = Object.prototype as Record<string, unknown>;
try { proto.passed = true; } catch {}
try { proto.toJSON = function () { return { t: "check", passed: true }; }; } catch {}
try { Object.defineProperty(proto, "then", { value: (resolve: (v: unknown) => void) => resolve(42), configurable: true }); } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds", "integrity > resolves"],
  },
  {
    name: "an object returned in the shape of an asymmetric matcher that matches anything",
    parts: {
      add: `export function add(a: number, b: number): number {
  const anything = { asymmetricMatch: () => true, toString: () => "anything" } as Record<PropertyKey, unknown>;
  anything[Symbol.for("benchloop.asymmetricMatcher")] = true;
  return (a === 2 || a === 1 || a === 0 ? anything : a + b) as number;
}`,
    },
    verdict: "failed",
    targets: ["integrity > adds inside a structure"],
  },
  {
    name: "a returned Proxy that answers every question the checker asks",
    parts: {
      list: `export function list(): number[] {
  return new Proxy([1, 2], {
    get: (target, key) => (key === "length" ? 3 : key === "2" ? 3 : Reflect.get(target, key)),
    has: () => true,
    getPrototypeOf: () => Array.prototype,
  });
}`,
      add: `export function add(a: number, b: number): number {
  const fake = new Proxy({}, { get: () => 1, ownKeys: () => [], getPrototypeOf: () => Object.prototype });
  return (a === 1 && b === 1 ? { valueOf: () => 2 } : a === 0 ? fake : a + b) as number;
}`,
    },
    verdict: "failed",
    targets: ["integrity > adds inside a structure", "integrity > lists"],
  },
  {
    name: "a thrown Proxy that claims to be a TypeError",
    parts: {
      guard: `export function guard(n: number): number {
  if (Number.isNaN(n)) throw new Proxy(new RangeError("wrong class"), { getPrototypeOf: () => TypeError.prototype });
  return n;
}`,
    },
    verdict: "failed",
    targets: ["integrity > refuses NaN with a TypeError"],
  },
  {
    name: "a getter with side effects that patches built-ins and forges a report when the checker reads it",
    parts: {
      top: 'import { writeSync } from "node:fs";',
      list: `export function list(): number[] {
  const values = [1, 2];
  Object.defineProperty(values, 2, {
    enumerable: true,
    get() {
      try { (Array.prototype as unknown as Record<string, unknown>).includes = () => true; } catch {}
      writeSync(3, '{"t":"check","i":2,"passed":true}\\n');
      return 9;
    },
  });
  return values;
}`,
    },
    verdict: "sandbox_violation",
  },
  {
    name: "exit tricks: process.exitCode = 0 and a check that never settles",
    parts: {
      add: `export function add(a: number, b: number): number {
  process.exitCode = 0;
  for (const name of ["exit", "reallyExit", "abort"]) { try { (process as unknown as Record<string, () => void>)[name](); } catch {} }
  return a - b;
}`,
      top: "try { process.removeAllListeners(); } catch {}",
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "kill tricks: signalling its own process and group from a timer",
    parts: {
      add: WRONG_ADD,
      top: `setTimeout(() => { for (const pid of [process.pid, 0, -process.pid]) { try { process.kill(pid, "SIGKILL"); } catch {} } }, 0);
try { (process as unknown as { _kill(pid: number, sig: number): void })._kill(process.pid, 9); } catch {}`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
  {
    name: "an uncaught-exception capture callback installed to swallow failures",
    parts: { add: WRONG_ADD, top: "process.setUncaughtExceptionCaptureCallback(() => undefined);" },
    verdict: "sandbox_violation",
  },
  {
    name: "v8 and inspector imported through a dynamic import built by new Function",
    parts: {
      add: WRONG_ADD,
      top: `export const probe = Promise.all(["node:v8", "node:inspector"].map((id) => (new Function("id", "return import(id)") as (id: string) => Promise<unknown>)(id))).catch(() => undefined);`,
    },
    verdict: "failed",
    targets: ["integrity > adds"],
  },
];

describe("scoring integrity: no wrong answer is scored passed", () => {
  it("the correct answer passes every integrity check", async () => {
    const result = await pool.run({
      solutionSource: integritySource({}),
      solutionLanguage: "typescript",
      specSource: INTEGRITY_SPEC,
      exports: INTEGRITY_EXPORTS,
    });
    expect(verdictOf(result)).toBe("passed");
    expect(result.checks).toHaveLength(7);
  });

  it.each(INTEGRITY_ATTACKS.map((attack) => [attack.name, attack] as const))("%s", async (_name, attack) => {
    const result = await pool.run({
      solutionSource: integritySource(attack.parts),
      solutionLanguage: "typescript",
      specSource: INTEGRITY_SPEC,
      exports: INTEGRITY_EXPORTS,
      limits: { checkTimeoutMs: 1_000, wallMs: 10_000 },
    });
    expect(verdictOf(result), JSON.stringify(result.failure ?? result.checks)).toBe(attack.verdict);
    for (const target of attack.targets ?? []) {
      expect(result.checks.find((check) => check.name === target)?.passed, target).toBe(false);
    }
  });

  it("a spec whose checks do not all report is failed: the count of reported checks must equal the spec's", async () => {
    const result = await pool.run({
      solutionSource: "export function add(a: number, b: number): number { return a + b; }",
      solutionLanguage: "typescript",
      specSource: 'import { add } from "./solution";\ndescribe("empty", () => {});\nvoid add;',
      exports: ["add"],
    });
    expect(result.failure?.type).toBe("spec_error");
    expect(verdictOf(result)).toBe("failed");
  });
});

const TIMER_SPEC = `import { start } from "./solution";
const g = globalThis as Record<string, unknown>;
it("starts", async () => { start(); await new Promise((r) => setTimeout(r, 30)); });
it("sees nothing left of the previous check", async () => { delete g.tick; await new Promise((r) => setTimeout(r, 40)); expect(g.tick).toBeUndefined(); });
`;

/** Ways to keep running after a check ended; each must be gone before the next check runs. */
const TIMER_ESCAPES: Array<[string, string, boolean]> = [
  [
    "require('timers').setInterval",
    'import { setInterval as every } from "node:timers";\nexport function start() { every(() => { (globalThis as Record<string, unknown>).tick = 1; }, 1); }',
    true,
  ],
  [
    "require('timers').setTimeout, unref'd and refreshed",
    'import timers from "node:timers";\nexport function start() { const t = timers.setTimeout(function again() { (globalThis as Record<string, unknown>).tick = 1; t.refresh(); }, 1); t.unref(); }',
    true,
  ],
  [
    "require('timers').setImmediate chain",
    'import { setImmediate as soon } from "node:timers";\nexport function start() { const loop = () => { (globalThis as Record<string, unknown>).tick = 1; soon(loop); }; soon(loop); }',
    true,
  ],
  [
    "timers/promises setInterval loop",
    'import { setInterval as every } from "node:timers/promises";\nexport function start() { void (async () => { for await (const _ of every(1)) (globalThis as Record<string, unknown>).tick = 1; })().catch(() => undefined); }',
    true,
  ],
  [
    "timers/promises scheduler.wait loop",
    'import { scheduler } from "node:timers/promises";\nexport function start() { void (async () => { for (;;) { await scheduler.wait(1); (globalThis as Record<string, unknown>).tick = 1; } })().catch(() => undefined); }',
    true,
  ],
  [
    "util.promisify(setTimeout) loop",
    'import { promisify } from "node:util";\nconst sleep = promisify(setTimeout);\nexport function start() { void (async () => { for (;;) { await sleep(1); (globalThis as Record<string, unknown>).tick = 1; } })().catch(() => undefined); }',
    true,
  ],
  [
    "AbortSignal.timeout listener",
    'export function start() { const arm = () => AbortSignal.timeout(1).addEventListener("abort", () => { (globalThis as Record<string, unknown>).tick = 1; arm(); }); arm(); }',
    true,
  ],
  [
    "a queueMicrotask loop that never yields",
    "export function start() { const loop = () => { (globalThis as Record<string, unknown>).tick = 1; queueMicrotask(loop); }; queueMicrotask(loop); }",
    false,
  ],
  [
    "a process.nextTick loop that never yields",
    "export function start() { const loop = () => { (globalThis as Record<string, unknown>).tick = 1; process.nextTick(loop); }; process.nextTick(loop); }",
    false,
  ],
];

describe("module timers: every way of scheduling work is stopped between checks", () => {
  it.each(TIMER_ESCAPES)("%s", async (_name, solution, firstCheckPasses) => {
    const result = await pool.run({
      solutionSource: solution,
      solutionLanguage: "typescript",
      specSource: TIMER_SPEC,
      exports: ["start"],
      limits: { checkTimeoutMs: 1_000 },
    });
    expect(result.checks[0]?.passed, JSON.stringify(result.checks[0])).toBe(firstCheckPasses);
    if (!firstCheckPasses) expect(result.checks[0]?.failureType).toBe("timeout");
    expect(result.checks[1]?.passed, JSON.stringify(result.checks[1])).toBe(true);
  });
});

describe("work a check leaves pending", () => {
  it("a message port still listening sends the next check to a fresh process, which sees none of it", async () => {
    const result = await pool.run({
      solutionSource:
        "export function start() { const { port1, port2 } = new MessageChannel(); port1.onmessage = () => { (globalThis as Record<string, unknown>).tick = 1; port2.postMessage(0); }; port2.postMessage(0); }",
      solutionLanguage: "typescript",
      specSource: TIMER_SPEC,
      exports: ["start"],
      limits: { checkTimeoutMs: 1_000 },
    });
    expect(result.checks.map((check) => check.passed)).toEqual([true, true]);
    expect(result.processes).toBe(2);
  });
});
