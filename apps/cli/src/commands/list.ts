// `benchloop list harnesses|tests|models`: what the installed plugins offer on this machine (core's
// inventory), against the configured servers or the demo's simulator.
import {
  argumentInvalid,
  ollamaUrlOf,
  probeHarnesses,
  type RunSetupFlags,
  renderHarnesses,
  renderInstalledModels,
  renderInstalledTests,
  validateRunSetupFlags,
  withDemoServer,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadDemoSimulator } from "../builtins.js";

const WHAT = ["harnesses", "tests", "models"] as const;

/** Flags of `list`. */
type ListFlags = Pick<RunSetupFlags, "demo" | "ollamaUrl"> & { json?: boolean; suite?: string };

/** Adds `benchloop list`. */
export function registerListCommand(program: Command, app: CliApp): void {
  program
    .command("list")
    .description("List what the installed plugins offer: harnesses, tests or models")
    .argument("<what>", `one of: ${WHAT.join(", ")}`)
    .option("--json", "print JSON (harnesses: availability and the whole reason)")
    .option("--demo", "list against the built-in simulator (ollama-sim), as `run --demo` sees it")
    .option("--ollama-url <url>", "Ollama address for ollama and the agent harnesses")
    .option("--suite <names>", "tests: only those of these comma-separated suites")
    .action(async (what: string, options: ListFlags, command: Command) => {
      if (!(WHAT as readonly string[]).includes(what))
        throw argumentInvalid(
          `list ${what}`,
          `"${what}" is not something benchloop lists`,
          `Use one of: ${WHAT.join(", ")}.`,
        );
      validateRunSetupFlags(options);
      await withDemoServer(
        () => loadDemoSimulator(app.cwd),
        options,
        async (demo) => {
          const ollamaUrl = ollamaUrlOf(options, demo);
          const ctx = await app.loadContext(command, {
            ...(ollamaUrl ? { overrides: { harnesses: { ollama: { baseUrl: ollamaUrl } } } } : {}),
            agentOllamaUrl: ollamaUrl,
            agentsAsked: "all",
            kinds: what === "tests" ? ["test-source"] : ["harness"],
          });
          try {
            if (what === "harnesses") {
              const statuses = await probeHarnesses(ctx);
              app.io.out(
                options.json
                  ? `${JSON.stringify(statuses, null, 2)}\n`
                  : renderHarnesses(statuses, app.io.columns),
              );
            } else
              app.io.out(
                what === "tests"
                  ? await renderInstalledTests(
                      ctx,
                      options.suite?.split(",").map((s) => s.trim()),
                    )
                  : await renderInstalledModels(ctx),
              );
          } finally {
            await ctx.scope.dispose();
          }
        },
      );
    });
}
