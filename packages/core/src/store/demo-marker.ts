// `demo.json` in a run folder: written when a `run --demo` starts, so `run --resume <id>` knows the run
// was a demo and starts its simulator again, at the same address and with the same legacy roots.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { resolveRunRef } from "./resolve-run-ref.js";

/** The file name inside a run folder. */
export const DEMO_MARKER_FILE = "demo.json";

/** What a resume needs to start a demo run's simulator again. */
export const DemoMarkerSchema = z
  .object({
    schemaVersion: z.literal(1),
    url: z.string().describe("The simulator's address during the run (its port is taken again)."),
    legacyRoots: z.array(z.string()).optional().describe("--legacy-roots of the run, for the answer book."),
  })
  .strict();

/** What a resume needs to start a demo run's simulator again. */
export type DemoMarker = z.infer<typeof DemoMarkerSchema>;

/** Records in `runDir` that the run is a demo served at `url`. */
export function writeDemoMarker(runDir: string, marker: Omit<DemoMarker, "schemaVersion">): void {
  const document: DemoMarker = { schemaVersion: 1, ...marker };
  writeFileSync(path.join(runDir, DEMO_MARKER_FILE), `${JSON.stringify(document, null, 2)}\n`);
}

/** The demo record of a run folder; undefined when the run was not a demo (or the file is unreadable). */
export function readDemoMarker(runDir: string): DemoMarker | undefined {
  try {
    const parsed = DemoMarkerSchema.safeParse(
      JSON.parse(readFileSync(path.join(runDir, DEMO_MARKER_FILE), "utf8")),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The run `ref` names and its demo record, when it names a demo run; undefined otherwise (a reference
 * naming no run is left for the resume itself to report).
 */
export async function findDemoRun(
  resultsDir: string,
  ref: string,
  cwd: string,
): Promise<{ runId: string; marker: DemoMarker } | undefined> {
  const run = await resolveRunRef({ resultsDir, ref, cwd }).catch(() => undefined);
  const marker = run ? readDemoMarker(run.dir) : undefined;
  return run && marker ? { runId: run.runId, marker } : undefined;
}
