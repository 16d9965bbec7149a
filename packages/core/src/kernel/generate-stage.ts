// The generate stage of one item: load the model (once per group, through the kernel), then ask the
// harness for the answer under the generate deadline, retrying transient failures with backoff.
import type { Generation } from "../generation/generation.js";
import type { Harness, ItemContext } from "../plugin/contracts.js";
import type { Failure } from "../score/failure.js";
import { toFailure } from "../score/item-failure.js";
import { retryDelayMs, sleep } from "./backoff.js";
import type { ExecuteContext, ItemUnit } from "./executor.js";
import { abortError } from "./item-context.js";
import type { StageRunner } from "./stage-runner.js";

/** What the generate stage produced. */
export interface GenerateOutcome {
  generation?: Generation;
  failure?: Failure;
  /** Calls made to the harness (0 when the model failed to load). */
  attempts: number;
  /** Milliseconds the last attempt took. */
  generateMs: number;
}

/** What the generate stage needs besides the unit and the kernel's context. */
export interface GenerateStageDeps {
  harnessOf(id: string): Harness;
  runStage: StageRunner;
  itemContext(signal: () => AbortSignal, timeoutMs: number): ItemContext;
}

/**
 * Runs the generate stage of `unit`: the harness's `generate` of the item's prompt, or `call` (a repair
 * round's follow-up turn) under the same deadline and retries. Throws only the abort reason when the run
 * aborts.
 */
export async function runGenerateStage(
  unit: ItemUnit,
  ctx: ExecuteContext,
  deps: GenerateStageDeps,
  call?: (harness: Harness, itemContext: ItemContext) => Promise<Generation>,
): Promise<GenerateOutcome> {
  const { item, test, timeouts } = unit;
  const outcome: GenerateOutcome = { attempts: 0, generateMs: 0 };
  try {
    await ctx.ensureModel();
  } catch (error) {
    if (ctx.signal.aborted) throw abortError(ctx.signal);
    outcome.failure = toFailure(error, "prepare");
    return outcome;
  }
  const harness = deps.harnessOf(item.harness);
  const request = {
    model: item.model,
    prompt: test.prompts[item.passType],
    system: test.system,
    passType: item.passType,
    sampling: unit.sampling,
    testId: test.id,
  };
  for (;;) {
    outcome.attempts++;
    ctx.emit({
      type: "item:stage",
      time: new Date(ctx.clock.now()).toISOString(),
      key: item.key,
      stage: "generate",
    });
    const began = ctx.clock.monotonic();
    const result = await deps.runStage("generate", timeouts.generateMs, (signal) => {
      const itemContext = deps.itemContext(signal, timeouts.generateMs);
      return call ? call(harness, itemContext) : harness.generate(request, itemContext);
    });
    outcome.generateMs = ctx.clock.monotonic() - began;
    if (result.ok) {
      outcome.generation = result.value;
      delete outcome.failure;
      return outcome;
    }
    if (result.runAborted) throw abortError(ctx.signal);
    outcome.failure = result.failure;
    if (!result.failure.retryable || outcome.attempts > unit.retries.max) return outcome;
    const delayMs = retryDelayMs(unit.retries, outcome.attempts, item.hash);
    ctx.emit({
      type: "item:retry",
      time: new Date(ctx.clock.now()).toISOString(),
      key: item.key,
      attempt: outcome.attempts + 1,
      delayMs,
      failure: result.failure,
    });
    await sleep(delayMs, ctx.signal);
  }
}
