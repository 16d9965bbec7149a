// Loading and unloading a model on a harness: the warm-up (`prepare`, given the sampling the model's
// items use, so the model is loaded as they need it) with retries of transient failures and a
// `model:load` event, and the release after the model group's last generation.
import { itemFailure } from "../score/item-failure.js";
import { retryDelayMs, sleep } from "./backoff.js";
import type { KernelContext } from "./kernel-context.js";

/**
 * Warms `model` up on `harness`, retrying a transient failure as the config's retries allow.
 * Emits `model:load` (with the load time, or the failure). Rejects with the item failure every item
 * of the model then records, or with the abort reason when the run aborts.
 */
export async function prepareModel(kernel: KernelContext, harness: string, model: string): Promise<void> {
  const { options, plan } = kernel;
  const { control, clock, executor } = options;
  const timeouts = kernel.timeoutsFor(model);
  const retries = plan.config.retries;
  for (let attempt = 1; ; attempt++) {
    const began = clock.monotonic();
    const outcome = await kernel.runStage("prepare", timeouts.prepareMs, (signal) =>
      executor.prepareModel(
        { harness, model, sampling: kernel.samplingFor(model) },
        { signal: signal(), logger: options.logger },
      ),
    );
    if (outcome.ok) {
      if (outcome.value) {
        const loadMs = outcome.value.loadMs ?? clock.monotonic() - began;
        options.emit({ type: "model:load", time: kernel.now(), model, harness, loadMs });
      }
      return;
    }
    if (outcome.runAborted) throw control.signal.reason;
    const failure = outcome.failure;
    if (failure.retryable && attempt <= retries.max) {
      await sleep(retryDelayMs(retries, attempt, `${harness}|${model}`), control.signal);
      continue;
    }
    options.emit({ type: "model:load", time: kernel.now(), model, harness, failure });
    const { stage: _stage, ...fields } = failure;
    throw itemFailure(fields);
  }
}

/**
 * Unloads `model` from each harness that loaded it, one after another, each under the prepare
 * timeout. A failure is logged, never thrown: the run's results do not depend on it.
 */
export async function releaseModel(
  kernel: KernelContext,
  harnesses: Iterable<string>,
  model: string,
): Promise<void> {
  const { executor, logger, emit } = kernel.options;
  for (const harness of harnesses) {
    const signal = AbortSignal.timeout(kernel.timeoutsFor(model).prepareMs);
    await executor
      .releaseModel({ harness, model }, { signal, logger })
      .then(() => emit({ type: "model:release", time: kernel.now(), model, harness }))
      .catch((error: unknown) =>
        logger.warn(
          `releasing ${model} on ${harness} failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }
}
