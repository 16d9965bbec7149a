// Errors of planning and running: no harness, a harness asked for but unavailable, a run held by another
// process, a run that cannot be resumed. Codes are permanent (to be listed in the errors catalogue).
import { BenchloopError } from "../errors/benchloop-error.js";
import type { ProbeResult } from "../plugin/contracts.js";

function describeProbes(probes: Readonly<Record<string, ProbeResult>>): string {
  const lines = Object.entries(probes).map(
    ([id, probe]) => `  - ${id}: ${probe.available ? "available" : (probe.reason ?? "unavailable")}`,
  );
  return lines.join("\n");
}

/** No harness can run anything: none installed, or every probe said unavailable. */
export function noHarnessAvailable(probes: Readonly<Record<string, ProbeResult>>): BenchloopError {
  const ids = Object.keys(probes);
  const message =
    ids.length === 0
      ? "No harness is installed, so there is nothing to run models with."
      : `No harness is available (nothing was run and nothing was written):\n${describeProbes(probes)}`;
  return new BenchloopError({
    code: "NO_HARNESS_AVAILABLE",
    message,
    hint: "Start a model server (e.g. `ollama serve`) or point a harness at one in benchloop.config.json; or try `benchloop run --demo` to run against the built-in simulator.",
    details: { probes },
  });
}

/** Harnesses the user asked for (config `harnesses` or --harnesses) are unavailable. */
export function harnessUnavailable(
  probes: Readonly<Record<string, ProbeResult>>,
  flag?: string,
): BenchloopError {
  return new BenchloopError({
    code: "HARNESS_UNAVAILABLE",
    message: `${Object.keys(probes).length === 1 ? "A harness" : "Harnesses"} you asked for${flag ? ` (${flag})` : ""} ${Object.keys(probes).length === 1 ? "is" : "are"} not available (nothing was run and nothing was written):\n${describeProbes(probes)}`,
    hint: "Start the server or fix its address in the config, or leave the harness out (--harnesses); `benchloop list harnesses` shows what is reachable; `benchloop run --demo` runs against the built-in simulator.",
    details: { probes },
  });
}

/** Another live process is writing the run. */
export function runLocked(runId: string, pid: number): BenchloopError {
  return new BenchloopError({
    code: "RUN_LOCKED",
    message: `Run ${runId} is being written by process ${pid}.`,
    hint: `Wait for it to finish, or stop it (Ctrl-C in its terminal, or \`kill -INT ${pid}\`) and run \`benchloop run --resume ${runId}\`.`,
    details: { runId, pid },
  });
}

/** A run cannot be resumed: no plan, or its tests changed since it was planned. */
export function runNotResumable(runId: string, reason: string, hint: string): BenchloopError {
  return new BenchloopError({
    code: "RUN_NOT_RESUMABLE",
    message: `Run ${runId} cannot be resumed: ${reason}`,
    hint,
    details: { runId },
  });
}

/** A test the plan needs has no scorer installed. */
export function scorerMissing(
  scorer: string,
  tests: readonly string[],
  installed: readonly string[],
): BenchloopError {
  const shown = tests.slice(0, 5).join(", ") + (tests.length > 5 ? `, … (${tests.length} tests)` : "");
  return new BenchloopError({
    code: "NAME_UNKNOWN",
    message: `Tests ${shown} are checked by scorer "${scorer}", which is not installed.`,
    hint: `Install the plugin that provides it, or leave those tests out with --tests/--suite. Installed scorers: ${installed.join(", ") || "(none)"}.`,
    details: { kind: "scorer", names: [scorer], valid: installed },
  });
}
