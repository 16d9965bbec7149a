// What every agent harness test file repeats: item contexts removed together after each test, the
// request of the `add` test, the files an agent wrote, and the checks that a generation was metered
// at the proxy.
import type { GenerateRequest, Generation } from "@benchloop/core";
import { createTestItemContext, type TestItemContext } from "@benchloop/http-harness-kit/testing";

/** The item contexts of one test file; `cleanup` removes every one created so far. */
export interface TestItemContexts {
  create(options?: { timeoutMs?: number }): Promise<TestItemContext>;
  cleanup(): Promise<void>;
}

/** Creates item contexts keyed `sim/oracle|<agent>|add|blind#1`; call `cleanup` after each test. */
export function createTestItemContexts(agent: string): TestItemContexts {
  const open: TestItemContext[] = [];
  return {
    async create(options = {}) {
      const ctx = await createTestItemContext({ ...options, itemKey: `sim/oracle|${agent}|add|blind#1` });
      open.push(ctx);
      return ctx;
    },
    async cleanup() {
      await Promise.all(open.splice(0).map((ctx) => ctx.cleanup()));
    },
  };
}

/** The request of the `add` test for a model and prompt: a blind pass at temperature 0, seed 42. */
export function agentTestRequest(model: string, prompt: string): GenerateRequest {
  return { model, prompt, passType: "blind", sampling: { temperature: 0, seed: 42 }, testId: "add" };
}

/** The files the agent wrote (`meta.files`), by name, with the content kept as artifacts. */
export async function readKeptFiles(
  ctx: TestItemContext,
  generation: Generation,
): Promise<Record<string, string>> {
  const files = (generation.meta?.files ?? {}) as Record<string, string>;
  const kept = await Promise.all(
    Object.entries(files).map(async ([name, path]) => [name, await ctx.readArtifact(path)] as const),
  );
  return Object.fromEntries(kept);
}

/** Throws unless `meta.agentOverheadMs` is the wall time less the model time. */
export function assertAgentOverhead(generation: Generation): void {
  const { wallMs, modelMs } = generation.timing;
  const overhead = generation.meta?.agentOverheadMs;
  if (overhead !== wallMs - (modelMs ?? 0))
    throw new Error(`meta.agentOverheadMs is ${String(overhead)}, not wallMs ${wallMs} − modelMs ${modelMs}`);
}

/**
 * Throws, naming each figure that is off, unless the proxy metered the generation: prompt and
 * completion tokens from the model server, model time within the wall time, the agent overhead as
 * wall time less model time, and the agent's version.
 */
export function assertMetered(generation: Generation): void {
  const { tokens, timing, meta } = generation;
  const problems: string[] = [];
  if (!((tokens.prompt ?? 0) > 0)) problems.push(`tokens.prompt is ${tokens.prompt}`);
  if (!((tokens.completion ?? 0) > 0)) problems.push(`tokens.completion is ${tokens.completion}`);
  if (meta?.tokenSource !== "model-server") problems.push(`meta.tokenSource is ${String(meta?.tokenSource)}`);
  if (!((timing.modelMs ?? 0) > 0 && timing.wallMs > (timing.modelMs ?? 0)))
    problems.push(`timing.modelMs is ${timing.modelMs} of wallMs ${timing.wallMs}`);
  if (!/^\d+\.\d+\.\d+/.test(String(meta?.agentVersion)))
    problems.push(`meta.agentVersion is ${String(meta?.agentVersion)}`);
  try {
    assertAgentOverhead(generation);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length) throw new Error(`the generation was not metered at the proxy: ${problems.join("; ")}`);
}
