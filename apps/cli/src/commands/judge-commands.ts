// `benchloop judge <run> --judge MODEL [--repeat k]`: judges a finished run's answers with an LLM judge
// into a new run (provenance kept), and with `--repeat` reports the judge's own spread and its agreement
// with the automated checks. The judge is enabled only by this command or the config, never silently.
import path from "node:path";
import {
  argumentInvalid,
  type JudgeRequest,
  judgeRequestConfig,
  renderJudgeSummary,
  toPluginRecords,
  validateJudgeRequest,
  writeJudgedRun,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadJudge } from "../builtins.js";
import { withCtrlC } from "./ctrl-c.js";
import { loadResultsDir, loadTestsById, readRunInput } from "./run-input.js";

interface JudgeCommandOptions extends JudgeRequest {
  json?: boolean;
}

/** Adds `benchloop judge`. */
export function registerJudgeCommands(program: Command, app: CliApp): void {
  program
    .command("judge")
    .description("Judge a finished run's answers with an LLM judge, into a new run (provenance kept)")
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .requiredOption("--judge <model>", "judge model (e.g. qwen3:14b); local by default")
    .option("--judge-url <url>", "judge server (default: scorers.judge.baseUrl, else local Ollama)")
    .option("--judge-backend <backend>", "ollama (native API) or openai (OpenAI-compatible, e.g. OpenRouter)")
    .option("--judge-key-env <name>", "environment variable holding the judge API key (hosted APIs only)")
    .option("--repeat <k>", "judge every answer k times (seeds seed…seed+k−1) to measure the judge", "1")
    .option("--no-cache", "ask the judge even when a verdict is cached")
    .option("--json", "print the report as JSON")
    .action(async (ref: string, options: JudgeCommandOptions, command: Command) => {
      const { repeat } = validateJudgeRequest(options);
      const { createJudge, judgeRunItems } = await loadJudge();
      const ctx = await app.loadContext(command, { kinds: ["test-source", "scorer"] });
      try {
        const config = judgeRequestConfig(ctx.config, options);
        type JudgeConfig = Parameters<typeof createJudge>[0]["config"];
        const judge = createJudge({ config: config as JudgeConfig, cwd: app.cwd, secrets: ctx.secrets });
        const resultsDir = await loadResultsDir(app, command);
        const source = await readRunInput(resultsDir, ref, app.cwd);
        const sourcePlan = source.plan;
        if (!sourcePlan)
          throw argumentInvalid(
            ref,
            `${source.dir} has no plan.json, so the judged run could not say what was run`,
            "Import the run first (`benchloop import plebdev <path>`), then judge the imported run.",
          );
        await withCtrlC(
          async (signal) => {
            const tests = await loadTestsById(ctx, signal);
            const startedAt = Date.now();
            const { concurrency } = ctx.config;
            const judged = await judgeRunItems(source.run, { judge, tests, repeat, concurrency, signal });
            const { backend, temperature, seed } = judge.config;
            const { run, report, dir } = await writeJudgedRun({
              resultsDir,
              source: { run: source.run, plan: sourcePlan },
              judge: { model: judge.model, backend, temperature, seed },
              judged,
              plugins: toPluginRecords(ctx.plugins),
              startedAt,
            });
            const where = {
              folder: path.relative(app.cwd, dir) || dir,
              durationMs: run.durationMs,
              total: source.run.items.length,
            };
            app.io.out(
              options.json ? `${JSON.stringify(report, null, 2)}\n` : renderJudgeSummary(report, where),
            );
          },
          { reason: () => new Error("interrupted") },
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
