// The hello exporter: one greeting line per run with its pass count — the smallest useful exporter.
import type { Exporter, Run } from "@benchloop/core";

/** Formats the greeting for one run. */
export function greet(run: Run, greeting: string): string {
  const passed = run.items.filter((item) => item.status === "passed").length;
  return `${greeting} run ${run.runId}: ${passed}/${run.items.length} items passed`;
}

/** Creates the exporter; `greeting` comes from the config section `exporters.hello.greeting`. */
export function createHelloExporter(options: { greeting: string }): Exporter {
  return {
    async export({ runs }, ctx) {
      for (const run of runs) {
        if (ctx.signal.aborted) return;
        ctx.output.write(`${greet(run, options.greeting)}\n`);
      }
    },
  };
}
