// The `html` exporter: one self-contained HTML report of one or more runs (two runs are compared A → B),
// optionally with a gate report; written in chunks so a large report never waits on a slow stream.
import type { Exporter } from "@benchloop/core";
import { z } from "@benchloop/core";
import { loadReportAssets, renderReport } from "./render-report.js";
import { buildReportData } from "./report-data.js";
import { writeChunk } from "./write-chunk.js";

/** Options of the `html` exporter. */
export const HtmlExporterOptionsSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .optional()
      .describe("Report title (default: names the run or the number of runs)."),
    gate: z
      .unknown()
      .optional()
      .describe(
        "A gate report (the gate policy's JSON, as an object or text): adds each profile's recommendation and the candidates' scores.",
      ),
  })
  .strict();

/** Options of the `html` exporter. */
export type HtmlExporterOptions = z.infer<typeof HtmlExporterOptionsSchema>;

const CHUNK = 64 * 1024;

/** Renders runs as one HTML document (the exporter's output, as a string). */
export async function renderHtmlReport(
  runs: Parameters<typeof buildReportData>[0],
  options: HtmlExporterOptions = {},
): Promise<string> {
  const data = buildReportData(runs, options);
  return renderReport(data, await loadReportAssets());
}

/** Creates the `html` exporter. */
export function createHtmlExporter(): Exporter {
  return {
    async export(input, ctx) {
      const options = HtmlExporterOptionsSchema.parse(input.options ?? {});
      const html = await renderHtmlReport(input.runs, options);
      for (let at = 0; at < html.length; at += CHUNK) {
        ctx.signal.throwIfAborted();
        await writeChunk(ctx.output, html.slice(at, at + CHUNK));
      }
    },
  };
}
