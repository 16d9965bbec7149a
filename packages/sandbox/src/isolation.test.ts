import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildLaunch,
  detectIsolationSupport,
  type IsolationSupport,
  type LaunchCommand,
} from "./isolation.js";
import { DEFAULT_SANDBOX_LIMITS } from "./limits.js";

const RUNNER_PATH = fileURLToPath(new URL("../runner/sandbox-runner.cjs", import.meta.url));
const runsAsRoot = process.getuid?.() === 0;

let folder: string;
let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "benchloop-isolation-test-"));
  chmodSync(folder, 0o755);
  server = createServer((socket) => {
    connections++;
    socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

/** Starts a launch and returns what the process wrote on fd 3. */
function runLaunch(launch: LaunchCommand): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(launch.command, launch.args, {
      cwd: folder,
      env: {},
      stdio: ["pipe", "ignore", "ignore", "pipe"],
    });
    let reported = "";
    child.stdio[3]?.on("data", (chunk: Buffer) => {
      reported += chunk.toString("utf8");
    });
    child.on("close", () => resolve(reported));
    child.stdin?.end();
  });
}

describe("detectIsolationSupport", () => {
  it("finds Node's permission model on this Node version", async () => {
    const support = await detectIsolationSupport(RUNNER_PATH, folder);
    expect(support.permissionFlag).toMatch(/^--(experimental-)?permission$/);
  });

  it.runIf(runsAsRoot)(
    "as root, finds network and process namespaces and the unprivileged user",
    async () => {
      const support = await detectIsolationSupport(RUNNER_PATH, folder);
      expect(support.namespace?.user).toBe("nobody");
      expect(buildLaunch(support, folder, DEFAULT_SANDBOX_LIMITS).isolation).toMatchObject({
        network: "namespace",
        processes: "namespace",
        user: "nobody",
      });
    },
  );

  it.runIf(runsAsRoot)(
    "keeps a process in the namespace off a server on 127.0.0.1 even without the runner's own guards",
    async () => {
      const support = await detectIsolationSupport(RUNNER_PATH, folder);
      const script = join(folder, "connect.cjs");
      writeFileSync(
        script,
        `const fs = require("node:fs");
const socket = require("node:net").connect(${port}, "127.0.0.1");
socket.on("connect", () => { fs.writeSync(3, "connected"); process.exit(0); });
socket.on("error", (error) => { fs.writeSync(3, error.code); process.exit(0); });`,
      );
      const isolated: IsolationSupport = { ...support, runnerPath: script };
      const before = connections;
      expect(await runLaunch(buildLaunch(isolated, folder, DEFAULT_SANDBOX_LIMITS))).toBe("ENETUNREACH");
      expect(connections).toBe(before);
      // The control: the same script without the namespace does connect.
      const open: IsolationSupport = { ...isolated, namespace: undefined };
      expect(await runLaunch(buildLaunch(open, folder, DEFAULT_SANDBOX_LIMITS))).toBe("connected");
    },
  );
});

describe("buildLaunch", () => {
  const bare: IsolationSupport = {
    runnerPath: "/opt/benchloop/runner/sandbox-runner.cjs",
    permissionFlag: undefined,
    prlimitPath: undefined,
    namespace: undefined,
  };

  it("records no isolation when the machine offers none", () => {
    const launch = buildLaunch(bare, "/tmp/item", DEFAULT_SANDBOX_LIMITS);
    expect(launch.command).toBe(process.execPath);
    expect(launch.isolation).toEqual({
      network: "none",
      filesystem: "none",
      processes: "none",
      user: "same",
      resourceLimits: "none",
    });
  });

  it("limits reads to the runner and the item folder, and writes to the item folder", () => {
    const launch = buildLaunch(
      { ...bare, permissionFlag: "--experimental-permission" },
      "/tmp/item",
      DEFAULT_SANDBOX_LIMITS,
    );
    expect(launch.args).toEqual(
      expect.arrayContaining([
        "--experimental-permission",
        "--allow-fs-read=/opt/benchloop/runner",
        "--allow-fs-read=/tmp/item",
        "--allow-fs-write=/tmp/item",
        "--max-old-space-size=256",
      ]),
    );
    expect(
      launch.args.some((arg) => arg.startsWith("--allow-child-process") || arg.startsWith("--allow-worker")),
    ).toBe(false);
  });

  it("sets CPU seconds, native memory and no core dumps through prlimit", () => {
    const launch = buildLaunch({ ...bare, prlimitPath: "/usr/bin/prlimit" }, "/tmp/item", {
      ...DEFAULT_SANDBOX_LIMITS,
      cpuMs: 2_500,
      memoryMb: 64,
    });
    expect(launch.command).toBe("/usr/bin/prlimit");
    expect(launch.args.slice(0, 3)).toEqual(["--cpu=3:4", `--data=${(64 + 256) * 1024 * 1024}`, "--core=0"]);
  });
});
