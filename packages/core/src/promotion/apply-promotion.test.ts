// applyPromotion and rollbackCheckpoint against a small policy target over a real JSON file in a temp
// folder (core cannot import the target plugins; they are tested end to end in the CLI).
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import type { PolicyState, PolicyTarget } from "../plugin/contracts.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { type ApplyPromotionInput, applyPromotion, type PromotionContext } from "./apply-promotion.js";
import { readCheckpoint, readRollbackRecord } from "./checkpoint-store.js";
import type { HeldState, NullAwarePolicyTarget } from "./held-state.js";
import type { Promotion } from "./promotion.js";
import { rollbackCheckpoint } from "./rollback-checkpoint.js";

let dir: string;
let stateFile: string;
let checkpointDir: string;
let time = Date.UTC(2025, 0, 2, 3, 4, 5);
const ctx: PromotionContext = {
  signal: new AbortController().signal,
  logger: SILENT_LOGGER,
  clock: { now: () => time, monotonic: () => 0 },
};

/** A flat JSON file target; `onApply` runs before it writes (to look around, or to fail). */
function jsonFileTarget(onApply?: () => Promise<void>): PolicyTarget {
  return {
    describe: ({ target }) => ({ uri: target.uri, options: {}, label: `test file ${target.uri}` }),
    async read({ keys }) {
      const doc = JSON.parse(await readFile(stateFile, "utf8")) as PolicyState;
      return Object.fromEntries(keys.filter((k) => k in doc).map((k) => [k, doc[k] as string]));
    },
    async apply({ next, remove = [] }) {
      await onApply?.();
      const doc = JSON.parse(await readFile(stateFile, "utf8")) as PolicyState;
      Object.assign(doc, next);
      for (const key of remove) delete doc[key];
      await writeFile(stateFile, JSON.stringify(doc));
      const keys = [...Object.keys(next), ...remove];
      return { applied: Object.fromEntries(keys.filter((k) => k in doc).map((k) => [k, doc[k] as string])) };
    },
  };
}

/** The flat JSON file target keeping `null` values apart from absent keys (a NullAwarePolicyTarget). */
function nullAwareJsonFileTarget(onApply?: (signal: AbortSignal) => Promise<void>): NullAwarePolicyTarget {
  const pick = (doc: HeldState, keys: readonly string[]) =>
    Object.fromEntries(keys.filter((k) => k in doc).map((k) => [k, doc[k] ?? null]));
  return {
    ...jsonFileTarget(),
    async readHeld({ keys }) {
      return pick(JSON.parse(await readFile(stateFile, "utf8")) as HeldState, keys);
    },
    async apply({ next, remove = [], setNull = [] }, applyCtx) {
      await onApply?.(applyCtx.signal);
      const doc = JSON.parse(await readFile(stateFile, "utf8")) as HeldState;
      Object.assign(doc, next);
      for (const key of setNull) doc[key] = null;
      for (const key of remove) delete doc[key];
      await writeFile(stateFile, JSON.stringify(doc));
      const held = pick(doc, [...Object.keys(next), ...remove]);
      return {
        applied: Object.fromEntries(Object.entries(held).filter((e): e is [string, string] => e[1] !== null)),
      };
    },
  };
}

/** Waits until `signal` is aborted, then throws its reason (a target whose request never answers). */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

function promotion(overrides: Partial<Promotion> = {}): Promotion {
  return {
    schemaVersion: 1,
    status: "passed",
    blockers: [],
    gateHash: "sha256:abc",
    sourceRunIds: ["20250101T000000Z-aaaaaa"],
    policy: "default-16gb",
    createdAt: "2025-01-01T00:00:00.000Z",
    assignments: [
      { profile: "low_latency", role: "fast helper", model: "qwen3:1.7b" },
      { profile: "balanced", role: "everyday assistant", model: "qwen3:8b" },
      { profile: "high_reasoning", role: "deep planning", model: null },
    ],
    ...overrides,
  };
}

function input(overrides: Partial<ApplyPromotionInput> = {}): ApplyPromotionInput {
  return {
    promotion: promotion(),
    sourceFile: "/somewhere/gate.json",
    target: {
      id: "test",
      plugin: "test-plugin",
      component: jsonFileTarget(),
      ref: { uri: `file:${stateFile}` },
    },
    checkpointDir,
    ...overrides,
  };
}

async function state(): Promise<PolicyState> {
  return JSON.parse(await readFile(stateFile, "utf8")) as PolicyState;
}

async function caught(promise: Promise<unknown>): Promise<BenchloopError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!BenchloopError.is(error)) throw new Error(`expected a BenchloopError, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-apply-"));
  stateFile = path.join(dir, "state.json");
  checkpointDir = path.join(dir, "checkpoints");
  await writeFile(stateFile, JSON.stringify({ balanced: "llama3:8b", other: "keep" }));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe("applyPromotion", () => {
  it("applies the model names, writes a checkpoint with the previous state and records the result", async () => {
    const outcome = await applyPromotion(input(), ctx);
    expect(outcome.status).toBe("applied");
    expect(await state()).toEqual({ balanced: "qwen3:8b", other: "keep", low_latency: "qwen3:1.7b" });
    expect(outcome.plan.skipped).toEqual([
      { profile: "high_reasoning", reason: "the gate promoted no model for this profile" },
    ]);
    expect(path.basename(outcome.checkpointFile ?? "")).toBe("20250102T030405Z-state-json.json");
    const checkpoint = await readCheckpoint(outcome.checkpointFile ?? "");
    expect(checkpoint).toMatchObject({
      kind: "checkpoint",
      createdAt: "2025-01-02T03:04:05.000Z",
      target: { id: "test", plugin: "test-plugin", uri: `file:${stateFile}` },
      source: {
        file: "/somewhere/gate.json",
        gateHash: "sha256:abc",
        sourceRunIds: ["20250101T000000Z-aaaaaa"],
        status: "passed",
      },
      forced: false,
      previous: { low_latency: null, balanced: "llama3:8b" },
      next: { low_latency: "qwen3:1.7b", balanced: "qwen3:8b" },
      result: { status: "applied", applied: { low_latency: "qwen3:1.7b", balanced: "qwen3:8b" } },
    });
  });

  it("writes the checkpoint before the target changes", async () => {
    let seen: unknown;
    const component = jsonFileTarget(async () => {
      const [name] = await readdir(checkpointDir);
      seen = await readCheckpoint(path.join(checkpointDir, name ?? ""));
    });
    await applyPromotion(input({ target: { ...input().target, component } }), ctx);
    expect(seen).toMatchObject({ result: { status: "pending" }, previous: { balanced: "llama3:8b" } });
  });

  it("keys: maps profiles to target keys", async () => {
    await applyPromotion(input({ keys: { balanced: "default", low_latency: "fast" } }), ctx);
    expect(await state()).toEqual({
      balanced: "llama3:8b",
      other: "keep",
      default: "qwen3:8b",
      fast: "qwen3:1.7b",
    });
  });

  it("keys: refuses a profile the promotion does not have, naming the ones it has", async () => {
    const error = await caught(applyPromotion(input({ keys: { fastest: "x" } }), ctx));
    expect(error.code).toBe("ARGUMENT_INVALID");
    expect(error.hint).toContain("low_latency, balanced, high_reasoning");
  });

  it("refuses a blocked gate, changing nothing and writing no checkpoint", async () => {
    const blocked = promotion({ status: "blocked", blockers: ["critical: no passing candidate"] });
    const error = await caught(applyPromotion(input({ promotion: blocked }), ctx));
    expect(error.code).toBe("APPLY_REFUSED");
    expect(error.message).toContain("critical: no passing candidate");
    expect(error.hint).toContain("--force");
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
    await expect(readdir(checkpointDir)).rejects.toThrow();
  });

  it("refuses a promotion built on simulated runs, naming --allow-simulated; force does not override it", async () => {
    const simulated = promotion({ simulated: true });
    for (const extra of [{}, { force: true }, { dryRun: true }]) {
      const error = await caught(applyPromotion(input({ promotion: simulated, ...extra }), ctx));
      expect(error.code).toBe("APPLY_REFUSED");
      expect(error.message).toContain("built on simulated evidence (runs 20250101T000000Z-aaaaaa");
      expect(error.hint).toContain("--allow-simulated");
    }
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
    await expect(readdir(checkpointDir)).rejects.toThrow();
    const outcome = await applyPromotion(input({ promotion: simulated, allowSimulated: true }), ctx);
    expect(outcome.status).toBe("applied");
    expect(outcome.checkpoint!.source.simulated).toBe(true);
    expect((await state()).low_latency).toBe("qwen3:1.7b");
  });

  it("force: applies a blocked gate and records that it was forced", async () => {
    const blocked = promotion({ status: "blocked", blockers: ["critical: no passing candidate"] });
    const outcome = await applyPromotion(input({ promotion: blocked, force: true }), ctx);
    expect(outcome.checkpoint).toMatchObject({
      forced: true,
      source: { status: "blocked", blockers: ["critical: no passing candidate"] },
    });
  });

  it("dryRun: plans the change and writes nothing", async () => {
    const outcome = await applyPromotion(input({ dryRun: true }), ctx);
    expect(outcome.status).toBe("dry-run");
    expect(outcome.plan.changes).toEqual([
      { profile: "low_latency", key: "low_latency", model: "qwen3:1.7b", previous: null, changed: true },
      { profile: "balanced", key: "balanced", model: "qwen3:8b", previous: "llama3:8b", changed: true },
    ]);
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
    await expect(readdir(checkpointDir)).rejects.toThrow();
  });

  it("writes nothing when the target already holds every model", async () => {
    await writeFile(stateFile, JSON.stringify({ balanced: "qwen3:8b", low_latency: "qwen3:1.7b" }));
    const outcome = await applyPromotion(input(), ctx);
    expect(outcome.status).toBe("unchanged");
    await expect(readdir(checkpointDir)).rejects.toThrow();
  });

  it("refuses a promotion without any model", async () => {
    const empty = promotion({
      assignments: [{ profile: "balanced", role: "everyday assistant", model: null }],
    });
    expect((await caught(applyPromotion(input({ promotion: empty }), ctx))).code).toBe("APPLY_REFUSED");
  });

  it("a target failing mid-apply leaves a failed checkpoint that rollback uses", async () => {
    const component = jsonFileTarget(async () => {
      // Half the change lands, then the target fails.
      await writeFile(stateFile, JSON.stringify({ balanced: "qwen3:8b", other: "keep" }));
      throw new Error("disk full");
    });
    const error = await caught(applyPromotion(input({ target: { ...input().target, component } }), ctx));
    expect(error.code).toBe("TARGET_FAILED");
    expect(error.message).toContain("disk full");
    expect(error.hint).toContain("benchloop rollback --checkpoint");
    const [name] = await readdir(checkpointDir);
    const checkpointFile = path.join(checkpointDir, name ?? "");
    expect(await readCheckpoint(checkpointFile)).toMatchObject({
      result: { status: "failed", error: { code: "TARGET_FAILED" } },
    });

    const rollback = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx);
    expect(rollback.status).toBe("restored");
    expect(rollback.drift).toEqual([]);
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
  });
});

describe("rollbackCheckpoint", () => {
  async function applied(): Promise<string> {
    const outcome = await applyPromotion(input(), ctx);
    time += 60_000;
    return outcome.checkpointFile ?? "";
  }

  it("restores the previous state, removing keys that were absent, and writes its own record", async () => {
    const checkpointFile = await applied();
    const outcome = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx);
    expect(outcome.status).toBe("restored");
    expect(outcome.restore).toEqual({ low_latency: null, balanced: "llama3:8b" });
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
    const record = await readRollbackRecord(outcome.recordFile ?? "");
    expect(record).toMatchObject({
      kind: "rollback",
      checkpoint: checkpointFile,
      forced: false,
      drift: [],
      result: { status: "restored" },
    });
    expect((await readCheckpoint(checkpointFile)).rollbacks).toEqual([
      { at: record.createdAt, record: outcome.recordFile, status: "restored", forced: false },
    ]);
  });

  it("refuses with a diff when the target drifted, restoring nothing; force restores and records it", async () => {
    const checkpointFile = await applied();
    await writeFile(stateFile, JSON.stringify({ balanced: "mistral:7b", low_latency: "qwen3:1.7b" }));
    const error = await caught(rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx));
    expect(error.code).toBe("TARGET_DRIFTED");
    expect(error.details?.drift).toEqual([{ key: "balanced", expected: "qwen3:8b", found: "mistral:7b" }]);
    expect(error.message).toContain('- "qwen3:8b"');
    expect(error.message).toContain('+ "mistral:7b"');
    expect(await state()).toEqual({ balanced: "mistral:7b", low_latency: "qwen3:1.7b" });

    const forced = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget(), force: true }, ctx);
    expect(forced.status).toBe("restored");
    expect(await state()).toEqual({ balanced: "llama3:8b" });
    expect(await readRollbackRecord(forced.recordFile ?? "")).toMatchObject({ forced: true });
  });

  it("dryRun: checks and plans, writing nothing", async () => {
    const checkpointFile = await applied();
    const before = await readFile(checkpointFile, "utf8");
    const outcome = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget(), dryRun: true }, ctx);
    expect(outcome.status).toBe("dry-run");
    expect(await readFile(checkpointFile, "utf8")).toBe(before);
    expect(await readdir(checkpointDir)).toHaveLength(1);
    expect((await state()).balanced).toBe("qwen3:8b");
  });

  it("does nothing the second time: the target already holds the previous state", async () => {
    const checkpointFile = await applied();
    await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx);
    const again = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx);
    expect(again.status).toBe("unchanged");
  });

  it("refuses a file that is not a checkpoint, and a newer schema version", async () => {
    const bogus = path.join(dir, "bogus.json");
    await writeFile(bogus, JSON.stringify({ schemaVersion: 1, kind: "checkpoint" }));
    const invalid = await caught(
      rollbackCheckpoint({ checkpointFile: bogus, target: jsonFileTarget() }, ctx),
    );
    expect(invalid.code).toBe("CHECKPOINT_INVALID");
    expect(invalid.message).toContain(bogus);
    await writeFile(bogus, JSON.stringify({ schemaVersion: 9 }));
    const newer = await caught(rollbackCheckpoint({ checkpointFile: bogus, target: jsonFileTarget() }, ctx));
    expect(newer.code).toBe("SCHEMA_VERSION_UNSUPPORTED");
    const missing = await caught(
      rollbackCheckpoint({ checkpointFile: path.join(dir, "none.json"), target: jsonFileTarget() }, ctx),
    );
    expect(missing.message).toContain("does not exist");
  });
});

describe("explicit nulls", () => {
  const nullTarget = (component: PolicyTarget = nullAwareJsonFileTarget()) => ({
    ...input().target,
    component,
  });

  it("records a key that held null apart from an absent one, and rollback writes null back", async () => {
    await writeFile(stateFile, JSON.stringify({ balanced: null, other: "keep" }));
    const outcome = await applyPromotion(input({ target: nullTarget() }), ctx);
    expect(outcome.plan.changes.find((c) => c.key === "balanced")).toMatchObject({
      previous: null,
      previousNull: true,
    });
    expect(outcome.checkpoint).toMatchObject({
      previous: { low_latency: null, balanced: null },
      previousNull: ["balanced"],
    });
    expect(await state()).toEqual({ balanced: "qwen3:8b", other: "keep", low_latency: "qwen3:1.7b" });

    const rollback = await rollbackCheckpoint(
      { checkpointFile: outcome.checkpointFile ?? "", target: nullAwareJsonFileTarget() },
      ctx,
    );
    expect(rollback.restoreNull).toEqual(["balanced"]);
    expect(await state()).toEqual({ balanced: null, other: "keep" });
    expect(await readRollbackRecord(rollback.recordFile ?? "")).toMatchObject({
      restore: { low_latency: null, balanced: null },
      restoreNull: ["balanced"],
    });
    const again = await rollbackCheckpoint(
      { checkpointFile: outcome.checkpointFile ?? "", target: nullAwareJsonFileTarget() },
      ctx,
    );
    expect(again.status).toBe("unchanged");
  });

  it("refuses to restore a null through a target that cannot write one, restoring nothing", async () => {
    await writeFile(stateFile, JSON.stringify({ balanced: null }));
    const outcome = await applyPromotion(input({ target: nullTarget() }), ctx);
    const error = await caught(
      rollbackCheckpoint({ checkpointFile: outcome.checkpointFile ?? "", target: jsonFileTarget() }, ctx),
    );
    expect(error.code).toBe("TARGET_FAILED");
    expect(error.message).toContain("cannot write an explicit null, which balanced held before the apply");
    expect((await state()).balanced).toBe("qwen3:8b");
  });
});

describe("interruption (the signal aborted, as Ctrl-C does)", () => {
  it("an apply aborted mid-write keeps its checkpoint, recorded as interrupted, naming how to roll back", async () => {
    const controller = new AbortController();
    const component = nullAwareJsonFileTarget(async (signal) => {
      await writeFile(stateFile, JSON.stringify({ balanced: "qwen3:8b", other: "keep" }));
      controller.abort(new DOMException("Ctrl-C", "AbortError"));
      await untilAborted(signal);
    });
    const error = await caught(
      applyPromotion(input({ target: { ...input().target, component } }), {
        ...ctx,
        signal: controller.signal,
      }),
    );
    const [name] = await readdir(checkpointDir);
    const checkpointFile = path.join(checkpointDir, name ?? "");
    expect(error.code).toBe("TARGET_INTERRUPTED");
    expect(error.details?.checkpointFile).toBe(checkpointFile);
    expect(error.message).toBe(
      `Interrupted (Ctrl-C) while applying the promotion to policy target test file file:${stateFile}.`,
    );
    expect(error.hint).toContain(`benchloop rollback --checkpoint ${checkpointFile}`);
    expect((await readCheckpoint(checkpointFile)).result).toMatchObject({
      status: "interrupted",
      error: { code: "TARGET_INTERRUPTED" },
    });

    const rollback = await rollbackCheckpoint({ checkpointFile, target: jsonFileTarget() }, ctx);
    expect(rollback.status).toBe("restored");
    expect(await state()).toEqual({ balanced: "llama3:8b", other: "keep" });
  });

  it("an apply aborted before the change writes no checkpoint", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await caught(applyPromotion(input(), { ...ctx, signal: controller.signal }));
    expect(error.code).toBe("TARGET_INTERRUPTED");
    expect(error.hint).toBe("Nothing was changed; no checkpoint was written.");
    await expect(readdir(checkpointDir)).rejects.toThrow();
  });

  it("a rollback aborted mid-write records it and says the checkpoint can be used again", async () => {
    const outcome = await applyPromotion(input(), ctx);
    const checkpointFile = outcome.checkpointFile ?? "";
    const controller = new AbortController();
    const component = nullAwareJsonFileTarget(async (signal) => {
      controller.abort(new DOMException("Ctrl-C", "AbortError"));
      await untilAborted(signal);
    });
    const error = await caught(
      rollbackCheckpoint({ checkpointFile, target: component }, { ...ctx, signal: controller.signal }),
    );
    expect(error.code).toBe("TARGET_INTERRUPTED");
    expect(error.hint).toContain(`run \`benchloop rollback --checkpoint ${checkpointFile}\``);
    const checkpoint = await readCheckpoint(checkpointFile);
    expect(checkpoint.rollbacks.map((r) => r.status)).toEqual(["interrupted"]);
    expect((await readRollbackRecord(checkpoint.rollbacks[0]?.record ?? "")).result.status).toBe(
      "interrupted",
    );
  });
});
