// `benchloop apply` and `benchloop rollback` end to end through the CLI with the built-in targets: real
// files in a temp folder and a real HTTP server on 127.0.0.1:0 that wants a bearer token.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import { type Checkpoint, type Promotion, readCheckpoint, readRollbackRecord } from "@benchloop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../testing/run-in-process.js";

const TOKEN = "tok-0123456789";
let cwd: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

function promotion(overrides: Partial<Promotion> = {}): Promotion {
  return {
    schemaVersion: 1,
    status: "passed",
    blockers: [],
    gateHash: "sha256:0f0f",
    sourceRunIds: ["20250101T000000Z-abcdef"],
    policy: "default-16gb",
    createdAt: "2025-01-01T00:00:00.000Z",
    assignments: [
      { profile: "low_latency", role: "fast helper while coding", model: "qwen3:1.7b" },
      { profile: "balanced", role: "everyday assistant", model: "qwen3:8b" },
      { profile: "high_reasoning", role: "deep planning", model: null },
    ],
    ...overrides,
  };
}

async function writeGate(value: Promotion = promotion(), name = "gate.json"): Promise<string> {
  const file = path.join(cwd, name);
  await writeFile(file, JSON.stringify({ profiles: [], promotion: value }, null, 2));
  return file;
}

const YAML_SOURCE = `# my tool
models:
  default: llama3:8b   # everyday
  fast: "qwen3:0.6b"
theme: dark
`;

/** Ctrl-C: a real SIGINT to this process (a vitest fork); in a worker thread, the event only. */
function pressCtrlC(): void {
  if (isMainThread) process.kill(process.pid, "SIGINT");
  else process.emit("SIGINT");
}

async function checkpoints(): Promise<string[]> {
  return readdir(path.join(cwd, "results", "checkpoints")).catch(() => []);
}

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-apply-cli-"));
  await writeFile(path.join(cwd, "tool.yaml"), YAML_SOURCE);
});

afterEach(() => rm(cwd, { recursive: true, force: true }));

describe("benchloop apply to a file", () => {
  const MAP = ["--map", "balanced=models.default", "--map", "low_latency=models.fast"];

  it("sets the model names, keeps every other byte, writes a checkpoint and prints how to undo it", async () => {
    const gate = await writeGate();
    const { code, out, err } = await benchloop("apply", "gate.json", "--target", "file:tool.yaml", ...MAP);
    expect(code, err).toBe(0);
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(
      YAML_SOURCE.replace("llama3:8b", "qwen3:8b").replace('"qwen3:0.6b"', '"qwen3:1.7b"'),
    );
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");
    expect(name).toMatch(/^\d{8}T\d{6}Z-tool-yaml\.json$/);
    expect(out).toContain(`apply → YAML file ${path.join(cwd, "tool.yaml")}`);
    expect(out).toMatch(/balanced\s+models\.default\s+llama3:8b\s+→ qwen3:8b/);
    expect(out).toContain("- high_reasoning not applied: the gate promoted no model for this profile");
    expect(out).toContain(`undo with: benchloop rollback --checkpoint ${checkpointFile}`);
    const checkpoint: Checkpoint = await readCheckpoint(checkpointFile);
    expect(checkpoint).toMatchObject({
      target: { id: "file", plugin: "@benchloop/target-file", uri: `file:${path.join(cwd, "tool.yaml")}` },
      source: { file: gate, gateHash: "sha256:0f0f", sourceRunIds: ["20250101T000000Z-abcdef"] },
      previous: { "models.default": "llama3:8b", "models.fast": "qwen3:0.6b" },
      next: { "models.default": "qwen3:8b", "models.fast": "qwen3:1.7b" },
      result: { status: "applied" },
      forced: false,
    });

    const rollback = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(rollback.code, rollback.err).toBe(0);
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
    expect(rollback.out).toContain("✓ restored 2 key(s); record");
    const after = await readCheckpoint(checkpointFile);
    expect(after.rollbacks).toHaveLength(1);
    expect(await readRollbackRecord(after.rollbacks[0]?.record ?? "")).toMatchObject({
      result: { status: "restored" },
      forced: false,
    });
  });

  it("--dry-run writes nothing: no checkpoint, the file unchanged", async () => {
    await writeGate();
    const { code, out } = await benchloop(
      "apply",
      "gate.json",
      "--target",
      "file:tool.yaml",
      "--dry-run",
      ...MAP,
    );
    expect(code).toBe(0);
    expect(out).toContain("dry run: would set 2 keys; nothing written, no checkpoint");
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
    expect(await checkpoints()).toEqual([]);
  });

  it("refuses a blocked gate with exit code 5; --force applies and records it", async () => {
    await writeGate(
      promotion({ status: "blocked", blockers: ["critical: no candidate passed high_reasoning"] }),
    );
    const refused = await benchloop("apply", "gate.json", "--target", "file:tool.yaml", ...MAP);
    expect(refused.code).toBe(5);
    expect(refused.err).toContain("The gate is blocked (status blocked)");
    expect(refused.err).toContain("critical: no candidate passed high_reasoning");
    expect(refused.err).toContain("--force");
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
    expect(await checkpoints()).toEqual([]);

    const forced = await benchloop("apply", "gate.json", "--target", "file:tool.yaml", "--force", ...MAP);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain("! forced over a gate that did not pass");
    const [name] = await checkpoints();
    expect(await readCheckpoint(path.join(cwd, "results", "checkpoints", name ?? ""))).toMatchObject({
      forced: true,
      source: { status: "blocked", blockers: ["critical: no candidate passed high_reasoning"] },
    });
  });

  it("rollback refuses with a diff when the file changed since, exit code 5; --force restores", async () => {
    await writeGate();
    await benchloop("apply", "gate.json", "--target", "file:tool.yaml", ...MAP, "--checkpoint-dir", "cps");
    const [name] = await readdir(path.join(cwd, "cps"));
    const checkpointFile = path.join("cps", name ?? "");
    const edited = (await readFile(path.join(cwd, "tool.yaml"), "utf8")).replace("qwen3:8b", "mistral:7b");
    await writeFile(path.join(cwd, "tool.yaml"), edited);

    const refused = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(refused.code).toBe(5);
    expect(refused.err).toContain("no longer holds what checkpoint");
    expect(refused.err).toContain(
      'models.default\n    - "qwen3:8b"  (what the checkpoint applied)\n    + "mistral:7b"  (now)',
    );
    expect(refused.err).toContain("--force");
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(edited);

    const dry = await benchloop("rollback", "--checkpoint", checkpointFile, "--force", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("dry run: would restore 2 key(s); nothing written");
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(edited);

    const forced = await benchloop("rollback", "--checkpoint", checkpointFile, "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain("! forced over 1 drifted key(s) (recorded)");
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
  });

  it("a read-only file fails the apply after the checkpoint, which records the failure", async () => {
    await writeGate();
    await chmod(path.join(cwd, "tool.yaml"), 0o444);
    const { code, err } = await benchloop("apply", "gate.json", "--target", "file:tool.yaml", ...MAP);
    expect(code).toBe(1);
    expect(err).toContain("the file is read-only (mode 0444)");
    expect(err).toContain("checkpoint kept at");
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");
    expect((await readCheckpoint(checkpointFile)).result).toMatchObject({
      status: "failed",
      error: { code: "TARGET_FAILED" },
    });
    const rollback = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(rollback.code).toBe(0);
    expect(rollback.out).toContain("already holds the state before");
  });

  it("refuses a promotion built on simulated runs with exit code 5 naming --allow-simulated, however it says so", async () => {
    const cases: [string, unknown][] = [
      ["the promotion's flag", { profiles: [], promotion: promotion({ simulated: true }) }],
      [
        "a dev-cycle summary written before promotions carried it",
        { simulated: true, promotion: promotion() },
      ],
      ["a gate.json's simulated run", { runs: [{ runId: "r", simulated: true }], promotion: promotion() }],
    ];
    for (const [what, document] of cases) {
      await writeFile(path.join(cwd, "gate.json"), JSON.stringify(document));
      const refused = await benchloop("apply", "gate.json", "--target", "file:tool.yaml", "--force", ...MAP);
      expect(refused.code, what).toBe(5);
      expect(refused.err, what).toContain("built on simulated evidence");
      expect(refused.err, what).toContain("--allow-simulated");
      expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
      expect(await checkpoints()).toEqual([]);
    }
    const allowed = await benchloop(
      "apply",
      "gate.json",
      "--target",
      "file:tool.yaml",
      "--allow-simulated",
      ...MAP,
    );
    expect(allowed.code, allowed.err).toBe(0);
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toContain("qwen3:8b");
  });

  it("reads the promotion from a dev-cycle summary in a folder, and sets a .env file", async () => {
    await mkdir(path.join(cwd, "run"));
    await writeFile(
      path.join(cwd, "run", "dev-cycle-summary.json"),
      JSON.stringify({ profiles: {}, promotion: promotion() }),
    );
    await writeFile(path.join(cwd, ".env"), "# keys\nOPENAI_API_KEY=x\n");
    const { code, err } = await benchloop(
      "apply",
      "run",
      "--target",
      "file:.env",
      "--map",
      "balanced=OPENCODE_MODEL",
      "--map",
      "low_latency=FAST_MODEL",
    );
    expect(code, err).toBe(0);
    expect(await readFile(path.join(cwd, ".env"), "utf8")).toBe(
      "# keys\nOPENAI_API_KEY=x\nFAST_MODEL=qwen3:1.7b\nOPENCODE_MODEL=qwen3:8b\n",
    );
  });

  it("explains a target without a scheme, a flag of another target kind, and a damaged promotion", async () => {
    await writeGate();
    const noScheme = await benchloop("apply", "gate.json", "--target", "tool.yaml");
    expect(noScheme.code).toBe(1);
    expect(noScheme.err).toContain('"tool.yaml" does not say what kind of target it is');
    const wrongFlag = await benchloop(
      "apply",
      "gate.json",
      "--target",
      "file:tool.yaml",
      "--option",
      "method=PUT",
    );
    expect(wrongFlag.err).toContain("--option method: does not apply to file: targets");
    expect(wrongFlag.err).toContain("Options of file: targets: format, create");
    await writeFile(path.join(cwd, "bad.json"), JSON.stringify({ promotion: { schemaVersion: 1 } }));
    const damaged = await benchloop("apply", "bad.json", "--target", "file:tool.yaml");
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain("field `promotion.status`");
  });
});

describe("benchloop apply to an HTTP endpoint", () => {
  let server: Server;
  let url: string;
  let state: Record<string, unknown>;
  let failAfterWrite: boolean;

  beforeEach(async () => {
    state = { balanced: "llama3:8b", low_latency: "qwen3:0.6b", other: { keep: true } };
    failAfterWrite = false;
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        if (request.headers.authorization !== `Bearer ${TOKEN}`) {
          response.writeHead(401).end("unauthorized");
          return;
        }
        if (request.method === "GET") {
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(state));
          return;
        }
        state = JSON.parse(body) as Record<string, unknown>;
        // A server that stores the state, then fails: the apply fails half-way.
        if (failAfterWrite) response.writeHead(500).end("replication failed");
        else response.writeHead(200).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models`;
    process.env.BENCHLOOP_TARGET_TOKEN = TOKEN;
  });

  afterEach(async () => {
    delete process.env.BENCHLOOP_TARGET_TOKEN;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("applies with the token and never writes the token to the checkpoint", async () => {
    await writeGate();
    const { code, err } = await benchloop("apply", "gate.json", "--target", url);
    expect(code, err).toBe(0);
    expect(state).toEqual({ balanced: "qwen3:8b", low_latency: "qwen3:1.7b", other: { keep: true } });
    const [name] = await checkpoints();
    const text = await readFile(path.join(cwd, "results", "checkpoints", name ?? ""), "utf8");
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toMatchObject({
      target: { id: "http", uri: url, options: { tokenEnv: "BENCHLOOP_TARGET_TOKEN", method: "POST" } },
    });
  });

  it("without the token: exit code 1 with the status and which variable to set", async () => {
    delete process.env.BENCHLOOP_TARGET_TOKEN;
    await writeGate();
    const { code, err } = await benchloop("apply", "gate.json", "--target", url);
    expect(code).toBe(1);
    expect(err).toContain(`Policy target ${url}: GET answered 401 Unauthorized: unauthorized`);
    expect(err).toContain("Set BENCHLOOP_TARGET_TOKEN");
    expect(await checkpoints()).toEqual([]);
  });

  it("a server failing mid-apply leaves a checkpoint that rollback uses to restore the state", async () => {
    await writeGate();
    failAfterWrite = true;
    const { code, err } = await benchloop("apply", "gate.json", "--target", url);
    expect(code).toBe(1);
    expect(err).toContain("POST answered 500 Internal Server Error: replication failed");
    expect(err).toContain("benchloop rollback --checkpoint");
    expect(state.balanced).toBe("qwen3:8b");
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");
    expect((await readCheckpoint(checkpointFile)).result.status).toBe("failed");

    failAfterWrite = false;
    const rollback = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(rollback.code, rollback.err).toBe(0);
    expect(state).toEqual({ balanced: "llama3:8b", low_latency: "qwen3:0.6b", other: { keep: true } });
  });
});

describe("the config's apply section", () => {
  const MODELS_JSON = '{\n  "models": {\n    "default": "llama3:8b"\n  }\n}\n';

  async function writeConfig(apply: unknown, folder = "."): Promise<void> {
    await mkdir(path.join(cwd, folder), { recursive: true });
    await writeFile(path.join(cwd, folder, "benchloop.config.json"), JSON.stringify({ apply }, null, 2));
  }

  it("gives the target, keys and options when flags do not, a file: path relative to the config's folder", async () => {
    await writeGate();
    await writeConfig(
      {
        target: "file:tool/models.json",
        keys: { balanced: "models.default", low_latency: "models.fast" },
        options: { create: true },
      },
      "conf",
    );
    const { code, out, err } = await benchloop(
      "apply",
      "gate.json",
      "--config",
      "conf/benchloop.config.json",
    );
    expect(code, err).toBe(0);
    const file = path.join(cwd, "conf", "tool", "models.json");
    expect(out).toContain(`apply → JSON file ${file}`);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({
      models: { default: "qwen3:8b", fast: "qwen3:1.7b" },
    });
    const [name] = await checkpoints();
    expect(await readCheckpoint(path.join(cwd, "results", "checkpoints", name ?? ""))).toMatchObject({
      target: { uri: `file:${file}`, options: { create: true, format: "json" } },
    });
  });

  it("flags win: --target over apply.target, --map over the same profile's key", async () => {
    await writeGate();
    await writeFile(path.join(cwd, "other.json"), MODELS_JSON);
    await writeConfig({
      target: "file:never.json",
      keys: { balanced: "models.nope", low_latency: "models.fast" },
    });
    const { code, err } = await benchloop(
      "apply",
      "gate.json",
      "--target",
      "file:other.json",
      "--map",
      "balanced=models.default",
    );
    expect(code, err).toBe(0);
    expect(JSON.parse(await readFile(path.join(cwd, "other.json"), "utf8"))).toEqual({
      models: { default: "qwen3:8b", fast: "qwen3:1.7b" },
    });
    await expect(readFile(path.join(cwd, "never.json"))).rejects.toThrow();
  });

  it("without --target and without apply.target, apply fails naming both ways", async () => {
    await writeGate();
    const { code, err } = await benchloop("apply", "gate.json");
    expect(code).toBe(1);
    expect(err).toContain(
      "--target: apply needs a policy target: neither --target nor `apply.target` in the config names one",
    );
    expect(err).toContain('Pass --target file:PATH or --target http(s)://URL, or set "apply": { "target"');
    expect(await checkpoints()).toEqual([]);
  });

  it("dev-cycle --apply without a target fails the same way before benchmarking", async () => {
    const { code, err } = await benchloop("dev-cycle", "--apply", "-q");
    expect(code).toBe(1);
    expect(err).toContain("--target: dev-cycle --apply needs a policy target");
    expect(await readdir(cwd)).not.toContain("results");
  });

  it("names the config field of an option the target does not take, and of a key for an unknown profile", async () => {
    await writeGate();
    await writeConfig({ target: "file:tool.yaml", options: { method: "PUT" } });
    const option = await benchloop("apply", "gate.json");
    expect(option.code).toBe(1);
    expect(option.err).toContain(
      "apply.options.method in benchloop.config.json: does not apply to file: targets",
    );

    await writeConfig({ target: "file:tool.yaml", keys: { fastest: "models.fast" } });
    const key = await benchloop("apply", "gate.json");
    expect(key.code).toBe(1);
    expect(key.err).toContain(
      'apply.keys.fastest in benchloop.config.json: no profile named "fastest" in the promotion',
    );
    expect(await readFile(path.join(cwd, "tool.yaml"), "utf8")).toBe(YAML_SOURCE);
  });

  it("the config is checked: an unknown key in apply is reported with its path", async () => {
    await writeGate();
    await writeConfig({ target: "file:tool.yaml", option: { create: true } });
    const { code, err } = await benchloop("apply", "gate.json");
    expect(code).toBe(1);
    expect(err).toContain("field `apply.option`: unknown key");
  });
});

describe("a key holding null", () => {
  it("apply shows it as null, and rollback gives back the file byte for byte", async () => {
    const source = '{\n  "models": {\n    "default": "llama3:8b",\n    "fast": null\n  }\n}\n';
    await writeFile(path.join(cwd, "tool.json"), source);
    await writeGate();
    const { code, out, err } = await benchloop(
      "apply",
      "gate.json",
      "--target",
      "file:tool.json",
      "--map",
      "balanced=models.default",
      "--map",
      "low_latency=models.fast",
    );
    expect(code, err).toBe(0);
    expect(out).toMatch(/low_latency\s+models\.fast\s+null\s+→ qwen3:1\.7b/);
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");
    expect((await readCheckpoint(checkpointFile)).previousNull).toEqual(["models.fast"]);

    const rollback = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(rollback.code, rollback.err).toBe(0);
    expect(rollback.out).toMatch(/models\.fast\s+qwen3:1\.7b\s+→ null/);
    expect(await readFile(path.join(cwd, "tool.json"), "utf8")).toBe(source);
  });
});

describe("Ctrl-C during apply and rollback", () => {
  let server: Server;
  let url: string;
  let state: Record<string, unknown>;
  /** Resolves when the server holds a write it will never answer. */
  let writeSeen: Promise<void>;
  let hangWrites: boolean;

  beforeEach(async () => {
    state = { balanced: "llama3:8b", low_latency: "qwen3:0.6b" };
    hangWrites = true;
    let seen: () => void = () => undefined;
    writeSeen = new Promise((resolve) => {
      seen = resolve;
    });
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        if (request.method === "GET") {
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(state));
          return;
        }
        // The new state is stored, then the answer never comes: only an abort ends the request.
        state = JSON.parse(body) as Record<string, unknown>;
        if (hangWrites) seen();
        else response.writeHead(200).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("apply: the first Ctrl-C aborts the request, keeps the checkpoint, exits 130 saying how to roll back", async () => {
    await writeGate();
    const running = benchloop("apply", "gate.json", "--target", url);
    await writeSeen;
    pressCtrlC();
    const { code, err } = await running;
    expect(code).toBe(130);
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");
    expect(err).toContain(
      `Interrupted (Ctrl-C) while applying the promotion to policy target HTTP endpoint ${url}.`,
    );
    expect(err).toContain(`checkpoint kept at ${checkpointFile}`);
    expect(err).toContain(`run \`benchloop rollback --checkpoint ${checkpointFile}\``);
    expect((await readCheckpoint(checkpointFile)).result).toMatchObject({
      status: "interrupted",
      error: { code: "TARGET_INTERRUPTED" },
    });
    expect(process.listenerCount("SIGINT")).toBe(0);

    hangWrites = false;
    const rollback = await benchloop("rollback", "--checkpoint", checkpointFile);
    expect(rollback.code, rollback.err).toBe(0);
    expect(state).toEqual({ balanced: "llama3:8b", low_latency: "qwen3:0.6b" });
  });

  it("rollback: the first Ctrl-C aborts the request, exits 130 saying the checkpoint can be used again", async () => {
    await writeGate();
    hangWrites = false;
    const applied = await benchloop("apply", "gate.json", "--target", url);
    expect(applied.code, applied.err).toBe(0);
    const [name] = await checkpoints();
    const checkpointFile = path.join(cwd, "results", "checkpoints", name ?? "");

    hangWrites = true;
    const running = benchloop("rollback", "--checkpoint", checkpointFile);
    await writeSeen;
    pressCtrlC();
    const { code, err } = await running;
    expect(code).toBe(130);
    expect(err).toContain(`Interrupted (Ctrl-C) while restoring policy target HTTP endpoint ${url}.`);
    expect(err).toContain(`run \`benchloop rollback --checkpoint ${checkpointFile}\``);
    expect((await readCheckpoint(checkpointFile)).rollbacks.map((r) => r.status)).toEqual(["interrupted"]);
  });
});
