// The JSON exporter: an array of run.json documents (schemaVersion 1, valid against RunSchema), written
// one item at a time so a 100,000-item run never exists as one string.
import type { Exporter, Run } from "@benchloop/core";
import { writeChunk } from "./write-chunk.js";

/** The run without its items, as the JSON text of an object still open for `"items":[`. */
function openRun(run: Run): string {
  const { items: _items, ...header } = run;
  const text = JSON.stringify(header);
  return `${text.slice(0, -1)}${text.length > 2 ? "," : ""}"items":[`;
}

/** Creates the `json` exporter. */
export function createJsonExporter(): Exporter {
  return {
    async export(input, ctx) {
      await writeChunk(ctx.output, "[");
      for (const [r, run] of input.runs.entries()) {
        await writeChunk(ctx.output, `${r === 0 ? "" : ","}\n${openRun(run)}`);
        for (const [i, item] of run.items.entries()) {
          ctx.signal.throwIfAborted();
          await writeChunk(ctx.output, `${i === 0 ? "" : ","}\n${JSON.stringify(item)}`);
        }
        await writeChunk(ctx.output, "\n]}");
      }
      await writeChunk(ctx.output, "\n]\n");
    },
  };
}
