// The JSON exporter: an array of run.json documents (schemaVersion 1, valid against RunSchema), written
// a few hundred items at a time so a 100,000-item run never exists as one string.
import type { Exporter, Run } from "@benchloop/core";
import { writeChunk } from "./write-chunk.js";

/** Items written to the output at a time (a few hundred KB of text). */
const ITEMS_PER_CHUNK = 200;

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
        let chunk = `${r === 0 ? "" : ","}\n${openRun(run)}`;
        for (const [i, item] of run.items.entries()) {
          ctx.signal.throwIfAborted();
          chunk += `${i === 0 ? "" : ","}\n${JSON.stringify(item)}`;
          if ((i + 1) % ITEMS_PER_CHUNK === 0) {
            await writeChunk(ctx.output, chunk);
            chunk = "";
          }
        }
        await writeChunk(ctx.output, `${chunk}\n]}`);
      }
      await writeChunk(ctx.output, "\n]\n");
    },
  };
}
