// Starting runs from the web app: a `run` or a `dev-cycle` (its benchmark, then core's dev-cycle gate),
// or the resume of an interrupted run, through the same core calls as the CLI, so the run has the same
// folder, journal, cache and demo record and either side can resume it. "Stop" is the first Ctrl-C:
// no new items, and the run is recorded as interrupted.
import { randomUUID } from "node:crypto";
import path from "node:path";
import {
  argumentInvalid,
  assertBenchmarkCompleted,
  benchmarkInputOf,
  createRunControl,
  DEFAULT_GRACE_MS,
  type DemoServer,
  findDemoRun,
  gateDevCycle,
  type LaunchRequest,
  launchFilters,
  launchFlags,
  launchOverrides,
  type RunControl,
  type RunEvent,
  resolveApplySettings,
  runBenchmark,
  toBenchloopError,
  withDemoServer,
  writeDemoMarker,
} from "@benchloop/core";
import type { WebHost } from "./host.js";
import { createLiveJob, type LiveJob } from "./live-job.js";
import { runDirOf } from "./results.js";

/** What running a plan uses: harnesses, the tests of the test sources, scorers. */
const RUN_KINDS = ["harness", "test-source", "scorer"] as const;

/** The job the web app runs now, or ran last. */
export interface Launcher {
  /** The current or last job. */
  readonly job: LiveJob | undefined;
  /** Starts a run or dev-cycle. @throws ARGUMENT_INVALID while another job runs */
  start(request: LaunchRequest, roots: readonly string[]): LiveJob;
  /** Resumes an interrupted run. @throws ARGUMENT_INVALID while another job runs */
  resume(runId: string): LiveJob;
  /** Stops the running job as a first Ctrl-C does; false when none runs. */
  stop(): boolean;
  /** Resolves when the current job has settled. */
  settled(): Promise<void>;
  /** Resolves with the next job started (a live page opened before a run follows it from its first item). */
  nextJob(): Promise<LiveJob>;
}

function isActive(job: LiveJob | undefined): boolean {
  return job !== undefined && ["starting", "running", "stopping", "gating"].includes(job.state.phase);
}

/** Creates the launcher of a server over `resultsDir`. */
export function createLauncher(host: WebHost, resultsDir: string): Launcher {
  let job: LiveJob | undefined;
  let control: RunControl | undefined;
  let running: Promise<void> = Promise.resolve();
  let waiting: ((started: LiveJob) => void)[] = [];

  function begin(kind: "run" | "dev-cycle" | "resume", demo: boolean): LiveJob {
    if (isActive(job))
      throw argumentInvalid(
        "launch",
        `a ${job!.state.kind} is running (${job!.state.runId ?? "starting"})`,
        "Watch it on the Live page, or stop it there first.",
      );
    job = createLiveJob({ jobId: randomUUID(), kind, demo });
    control = createRunControl({ graceMs: DEFAULT_GRACE_MS });
    const started = job;
    for (const wake of waiting) wake(started);
    waiting = [];
    return job;
  }

  function finish(live: LiveJob, work: Promise<void>): void {
    running = work.then(
      () => undefined,
      (error: unknown) => {
        const e = toBenchloopError(error);
        live.update({
          phase: live.state.phase === "gating" ? "completed" : "failed",
          endedAt: Date.now(),
          message: `${e.message}${e.hint ? ` ${e.hint}` : ""}`,
        });
      },
    );
  }

  async function benchmark(
    live: LiveJob,
    runControl: RunControl,
    options: { request?: LaunchRequest; resume?: string; demo?: DemoServer },
  ) {
    const { request, demo } = options;
    const ctx = await host.loadContext({
      ...(request ? { overrides: launchOverrides(request, demo) } : {}),
      ...(demo ? { agentOllamaUrl: demo.url } : {}),
      agentsAsked: request?.harnesses ?? [],
      ...(request?.kind === "dev-cycle" ? {} : { kinds: RUN_KINDS }),
    });
    try {
      const legacyRoots = request?.legacyRoots?.length ? { legacyRoots: request.legacyRoots } : {};
      const onEvent = (event: RunEvent) => {
        if (event.type === "run:start" && demo && !options.resume)
          writeDemoMarker(event.runDir, { url: demo.url, ...legacyRoots });
        live.onEvent(event);
      };
      const outcome = await runBenchmark({
        ...(await benchmarkInputOf(ctx)),
        ...(request ? { filters: launchFilters(request) } : {}),
        ...(options.resume ? { resume: options.resume } : {}),
        control: runControl,
        onEvent,
      });
      if (request?.kind === "dev-cycle") {
        assertBenchmarkCompleted(outcome.runId, outcome.status);
        live.update({ phase: "gating" });
        const settings = ctx.config.apply?.target ? resolveApplySettings(ctx, {}, "dev-cycle") : undefined;
        await gateDevCycle(ctx, {
          inputs: [{ run: outcome.run, plan: outcome.plan, dir: outcome.dir }],
          reused: false,
          settings,
        });
        live.update({ gated: true });
      }
      live.update({ phase: outcome.status, endedAt: Date.now(), runId: outcome.runId });
    } finally {
      await ctx.scope.dispose();
    }
  }

  return {
    get job() {
      return job;
    },
    nextJob() {
      return new Promise((resolve) => waiting.push(resolve));
    },
    start(request, roots) {
      const outside = (request.legacyRoots ?? []).filter((root) => !roots.includes(root));
      if (outside.length > 0)
        throw argumentInvalid(
          "legacyRoots",
          `${outside.join(", ")} is not one of the config's legacy roots`,
          "Add the folder to sources.legacy.roots in the config, then pick it here.",
        );
      const live = begin(request.kind, request.demo);
      const runControl = control!;
      const flags = launchFlags(request);
      finish(
        live,
        withDemoServer(
          () => host.loadDemoSimulator(),
          flags,
          (demo) => benchmark(live, runControl, { request, demo }),
        ),
      );
      return live;
    },
    resume(runId) {
      runDirOf(resultsDir, runId);
      const live = begin("resume", false);
      const runControl = control!;
      finish(
        live,
        findDemoRun(resultsDir, runId, path.dirname(resultsDir)).then((resumed) => {
          live.update({ demo: resumed !== undefined });
          return withDemoServer(
            () => host.loadDemoSimulator(),
            {},
            (demo) => benchmark(live, runControl, { resume: runId, demo }),
            resumed,
          );
        }),
      );
      return live;
    },
    stop() {
      if (!isActive(job) || !control) return false;
      control.stop("stopped from the web app");
      return true;
    },
    settled: () => running,
  };
}
