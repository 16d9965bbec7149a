// The rules of a run request: `--resume` finishes a run with its own plan (no rerun, no filters),
// `--from` belongs to `--rerun`, and a rerun names one of the rerun rules.
import { argumentInvalid } from "../errors/catalog.js";
import { RERUN_MODES, type RerunMode } from "../kernel/rerun-selection.js";

/** What a run is asked to do, as the flags give it. */
export interface RunRequest {
  resume?: string;
  rerun?: string;
  from?: string;
  /** True when filters or repeats were given. */
  filtered: boolean;
}

/**
 * Checks a run request and returns its rerun (rule and source run, `latest` by default), if any.
 * @throws ARGUMENT_INVALID saying which flags do not go together and what to do
 */
export function validateRunRequest(request: RunRequest): { mode: RerunMode; from: string } | undefined {
  if (request.resume && (request.rerun || request.from))
    throw argumentInvalid(
      "--resume",
      "cannot be combined with --rerun/--from",
      "Resume finishes an earlier run; --rerun starts a new one from another run's facts.",
    );
  if (request.resume && request.filtered)
    throw argumentInvalid(
      "--resume",
      "keeps the run's own plan, so filters (--models, --tests, --repeats …) do not apply",
      "Drop the filters, or start a new run with them.",
    );
  if (request.from && !request.rerun)
    throw argumentInvalid(
      "--from",
      "needs --rerun failed|errors|changed",
      "E.g. benchloop run --rerun failed --from latest.",
    );
  if (!request.rerun) return undefined;
  if (!(RERUN_MODES as readonly string[]).includes(request.rerun))
    throw argumentInvalid(
      "--rerun",
      `"${request.rerun}" is not a rerun rule`,
      `Use one of: ${RERUN_MODES.join(", ")}.`,
    );
  return { mode: request.rerun as RerunMode, from: request.from ?? "latest" };
}
