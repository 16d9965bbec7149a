// The simulator of `--demo`: started on loopback with the demo answer book for a new demo run, or
// again at the recorded address for a demo run being resumed, and stopped once the command is done.
// The simulator itself is a library the front end loads (core depends on no simulator); here is when
// and where it listens.
import { argumentInvalid } from "../errors/catalog.js";
import type { DemoMarker } from "../store/demo-marker.js";
import { DEMO_LATENCY_SCALE, DEMO_PORT, type DemoServer, type RunSetupFlags } from "./run-setup-flags.js";

/** Where and how a simulator listens. */
export interface SimulatorOptions<Answer> {
  latencyScale: number;
  answers: readonly Answer[];
  host?: string;
  port?: number;
}

/** A simulator library as a front end loads it: how to start one, and the demo's answer book. */
export interface DemoSimulator<Answer = unknown> {
  /** Starts a server; rejects with the listen error (`EADDRINUSE` …) when the address is taken. */
  start(options: SimulatorOptions<Answer>): Promise<DemoServer>;
  /** The demo answer book, with the legacy cases of `legacyRoots` when given. */
  answers(legacyRoots?: string[]): Promise<readonly Answer[]>;
}

function isAddressError(error: NodeJS.ErrnoException): boolean {
  return error.code === "EADDRINUSE" || error.code === "EACCES";
}

/**
 * Starts the simulator on loopback with the demo answer book: reference and flawed answers of the
 * coding tests, the live pack and, given legacy roots, the legacy cases built from them. It listens on
 * {@link DEMO_PORT}, or on a free port when that one is taken (the run then misses the cache).
 */
export async function startDemoServer<A>(sim: DemoSimulator<A>, legacyRoots?: string[]): Promise<DemoServer> {
  const options = { latencyScale: DEMO_LATENCY_SCALE, answers: await sim.answers(legacyRoots) };
  const server = await sim.start({ ...options, port: DEMO_PORT }).catch((error: NodeJS.ErrnoException) => {
    if (!isAddressError(error)) throw error;
    return sim.start(options);
  });
  return { url: server.url, close: () => server.close() };
}

/**
 * Starts the simulator of a demo run being resumed, at the address the run recorded (its plan points
 * there), with the same answer book.
 * @throws ARGUMENT_INVALID when that port is taken
 */
export async function restartDemoServer<A>(
  sim: DemoSimulator<A>,
  runId: string,
  marker: DemoMarker,
): Promise<DemoServer> {
  const answers = await sim.answers(marker.legacyRoots);
  const address = new URL(marker.url);
  const server = await sim
    .start({ latencyScale: DEMO_LATENCY_SCALE, answers, host: address.hostname, port: Number(address.port) })
    .catch((error: NodeJS.ErrnoException) => {
      if (!isAddressError(error)) throw error;
      throw argumentInvalid(
        `--resume ${runId}`,
        `run ${runId} is a demo whose simulator listened at ${marker.url}, and that address is taken now (${error.code})`,
        "Stop what listens there (another `run --demo`?) and resume again; or start a new demo run with `benchloop run --demo`.",
      );
    });
  return { url: server.url, close: () => server.close() };
}

/**
 * Runs `body` with the demo server when `flags.demo` asks for one, or with the restarted server of a
 * `resumed` demo run (else with undefined), and stops the server afterwards whatever happens.
 * @param loadSimulator loads the simulator library; called only when a server is needed
 */
export async function withDemoServer<T, A>(
  loadSimulator: () => Promise<DemoSimulator<A>>,
  flags: Pick<RunSetupFlags, "demo" | "legacyRoots">,
  body: (demo: DemoServer | undefined) => Promise<T>,
  resumed?: { runId: string; marker: DemoMarker },
): Promise<T> {
  const demo = resumed
    ? await restartDemoServer(await loadSimulator(), resumed.runId, resumed.marker)
    : flags.demo
      ? await startDemoServer(await loadSimulator(), flags.legacyRoots)
      : undefined;
  try {
    return await body(demo);
  } finally {
    await demo?.close();
  }
}
