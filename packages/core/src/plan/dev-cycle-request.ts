// The flags of a `dev-cycle` request checked together before anything runs: reused runs (--from) go
// with --defer-benchmarks, and a demo (which benchmarks) does not.
import { argumentInvalid } from "../errors/catalog.js";
import { type RunSetupFlags, validateRunSetupFlags } from "../run-setup/run-setup-flags.js";

/** What a `dev-cycle` request asks for, as its flags give it. */
export interface DevCycleRequest extends RunSetupFlags {
  /** Gate the runs of `from` instead of benchmarking. */
  deferBenchmarks?: boolean;
  /** The runs to reuse (id, path, latest, latest~N). */
  from?: string[];
}

/** Refuses flag combinations of `dev-cycle` that contradict each other. @throws ARGUMENT_INVALID */
export function validateDevCycleRequest(request: DevCycleRequest): void {
  validateRunSetupFlags(request);
  if (request.deferBenchmarks && !request.from?.length)
    throw argumentInvalid(
      "--defer-benchmarks",
      "needs --from <run> (the runs to reuse)",
      "E.g. benchloop dev-cycle --defer-benchmarks --from latest.",
    );
  if (request.from?.length && !request.deferBenchmarks)
    throw argumentInvalid(
      "--from",
      "is only read with --defer-benchmarks",
      "Add --defer-benchmarks, or drop --from.",
    );
  if (request.deferBenchmarks && request.demo)
    throw argumentInvalid("--demo", "runs a benchmark, so it cannot be combined with --defer-benchmarks");
}
