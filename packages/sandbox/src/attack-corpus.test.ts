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
