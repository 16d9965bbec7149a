// A run's report: what the `html` exporter writes for `benchloop report`, rendered from the run's files
// as they are now (a running run shows the items so far), with its gate when the folder has one.
import { Writable } from "node:stream";
import {
  type GateBlock,
  type GateReport,
  type Run,
  resolveExporter,
  resolveGatePolicy,
  writeExport,
} from "@benchloop/core";
import type { ServerState } from "./server-state.js";

/** Renders `runs` with the registry's `html` exporter (with `gate` when given). */
export async function renderRunReport(state: ServerState, runs: Run[], gate?: GateReport): Promise<string> {
  const ctx = await state.reader();
  const resolved = resolveExporter(ctx.registry, ctx.scope, "html");
  const exporter = gate ? { ...resolved, options: { ...resolved.options, gate } } : resolved;
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      done();
    },
  });
  await writeExport(exporter, runs, sink, ctx.logger);
  return chunks.join("");
}

/** The gate policy's own document of a report (what gate.md says), through the configured policy. */
export async function gateDocument(state: ServerState, report: GateReport): Promise<GateBlock[]> {
  const ctx = await state.reader();
  const policy = resolveGatePolicy(ctx.registry, ctx.scope, ctx.config, ctx.loaded.file);
  return policy.component.document({ report });
}

/** The report with a way back to the app's pages, right after `<body>`. */
export function withBackLink(report: string): string {
  return report.replace(
    /<body([^>]*)>/,
    '<body$1><p style="margin:0.5rem 1rem"><a href="/">← benchloop serve: all runs</a></p>',
  );
}
