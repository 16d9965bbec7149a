// `benchloop judge <run> --judge MODEL [--repeat k]`: judges a finished run's answers with an LLM judge
// into a new run (provenance kept), and with `--repeat` reports the judge's own spread and its agreement
// with the automated checks. The judge is enabled only by this command or the config, never silently.
import path from "node:path";
import {
  argumentInvalid,
  assembleDerivedRun,
  claimRunFolder,
  createRunStore,
  formatDuration,
  formatNumber,
  formatPercent,
  JUDGE_REPORT_FILE,
  type JudgeReport,
  toPluginRecords,
  toRunId,
  writeDerivedRun,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { withCtrlC } from "./ctrl-c.js";
import { loadResultsDir, loadTestsById, readRunInput } from "./run-input.js";

interface JudgeCommandOptions {
  judge: string;
  judgeUrl?: string;
  judgeBackend?: string;
  judgeKeyEnv?: string;
  repeat: string;
  cache: boolean;
  json?: boolean;
}

function parseRepeat(text: string): number {
  const repeat = Number(text);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20)
    throw argumentInvalid("--repeat", `"${text}" is not a whole number from 1 to 20`, "Use --repeat 3 or 5.");
  return repeat;
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
      const repeat = parseRepeat(options.repeat);
      if (options.judgeBackend && options.judgeBackend !== "ollama" && options.judgeBackend !== "openai")
        throw argumentInvalid("--judge-backend", `"${options.judgeBackend}" is not ollama or openai`);
      const [{ createJudge, judgeRunItems }] = await Promise.all([import("@benchloop/scorer-judge")]);
      const ctx = await app.loadContext(command, { kinds: ["test-source", "scorer"] });
      try {
        const written = (ctx.config.scorers as Record<string, unknown>).judge as
          | Record<string, unknown>
          | undefined;
        const config = {
          ...written,
          model: options.judge,
          ...(options.judgeUrl ? { baseUrl: options.judgeUrl } : {}),
          ...(options.judgeBackend ? { backend: options.judgeBackend } : {}),
          ...(options.judgeKeyEnv ? { apiKeyEnv: options.judgeKeyEnv } : {}),
          ...(options.cache === false || ctx.config.cache === false ? { cache: false } : {}),
        };
        const judge = createJudge({
          config: config as Parameters<typeof createJudge>[0]["config"],
          cwd: app.cwd,
          secrets: ctx.secrets,
        });

        const resultsDir = await loadResultsDir(app, command);
        const source = await readRunInput(resultsDir, ref, app.cwd);
        if (!source.plan) {
          throw argumentInvalid(
            ref,
            `${source.dir} has no plan.json, so the judged run could not say what was run`,
            "Import the run first (`benchloop import plebdev <path>`), then judge the imported run.",
          );
        }
        const sourcePlan = source.plan;
        await withCtrlC(
          async (signal) => {
            const tests = await loadTestsById(ctx, signal);
            const began = Date.now();
            const judged = await judgeRunItems(source.run, {
              judge,
              tests,
              repeat,
              concurrency: ctx.config.concurrency,
              signal,
            });
            const store = createRunStore({ resultsDir, runId: toRunId(new Date(began)) });
            await claimRunFolder(store);
            const { run, plan } = assembleDerivedRun({
              derived: { kind: "judge", fromRuns: [source.run.runId] },
              runId: store.runId,
              source: source.run,
              plan: sourcePlan,
              planChanges: {
                config: {
                  ...sourcePlan.config,
                  judge: { model: judge.model, harness: judge.config.backend },
                },
              },
              items: judged.items,
              plugins: toPluginRecords(ctx.plugins),
              startedAt: began,
              endedAt: Date.now(),
            });
            const verdicts = judged.items.flatMap((i) =>
              i.provenance?.kind === "judge" && i.judge ? [i.judge] : [],
            );
            const ok = verdicts.filter((v) => v.status === "ok");
            const report: JudgeReport = {
              schemaVersion: 1,
              runId: run.runId,
              fromRun: source.run.runId,
              judge: {
                model: judge.model,
                digest: verdicts.find((v) => v.judgeDigest)?.judgeDigest,
                backend: judge.config.backend,
                temperature: judge.config.temperature,
                seed: judge.config.seed,
              },
              judged: judged.judged,
              verdicts: { ok: ok.length, judgeError: verdicts.length - ok.length },
              meanScore:
                ok.length > 0 ? ok.reduce((sum, v) => sum + (v.score ?? 0), 0) / ok.length : undefined,
              cache: judged.cache,
              unjudged: judged.unjudged,
              reliability: judged.reliability,
            };
            await writeDerivedRun(store, { run, plan, judgeReport: report });
            if (options.json) {
              app.io.out(`${JSON.stringify(report, null, 2)}\n`);
              return;
            }
            app.io.out(
              renderJudgeSummary(report, {
                folder: path.relative(app.cwd, store.dir) || store.dir,
                durationMs: run.durationMs,
                total: source.run.items.length,
              }),
            );
          },
          { reason: () => new Error("interrupted") },
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}

function renderJudgeSummary(
  report: JudgeReport,
  where: { folder: string; durationMs: number; total: number },
): string {
  const digest = report.judge.digest ? ` (${report.judge.digest.slice(0, 12)})` : "";
  const lines = [
    `✓ Judged ${report.judged} of ${where.total} items of ${report.fromRun} into ${report.runId} with ${report.judge.model}${digest} in ${formatDuration(where.durationMs)}`,
    `  verdicts ✓ ${report.verdicts.ok} ok · ! ${report.verdicts.judgeError} judge_error · mean judge score ${formatPercent(report.meanScore)} · cache ${report.cache.hits} hits / ${report.cache.misses} misses`,
  ];
  if (report.unjudged.length > 0) {
    const reasons = new Map<string, number>();
    for (const u of report.unjudged) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
    for (const [reason, n] of reasons) lines.push(`  ! not judged: ${n} × ${reason}`);
  }
  const r = report.reliability;
  if (r.repeats > 1) {
    lines.push(
      `  judge spread over ${r.repeats} repeats: mean std dev ${formatNumber(r.meanStdDev, 3)} · max ${formatNumber(r.maxStdDev, 3)} · ${r.unstableItems} of ${r.items} items changed score`,
    );
    const unstable = [...r.perItem].sort((a, b) => b.stdDev - a.stdDev).filter((p) => p.stdDev > 0);
    for (const p of unstable.slice(0, 5))
      lines.push(`    Δ ${p.key}: mean ${formatPercent(p.mean)} ± ${formatNumber(p.stdDev, 3)}`);
  }
  const a = r.agreement;
  if (a.n > 0) {
    lines.push(
      `  agreement with the automated checks: ${formatPercent(a.rate)} of ${a.n} items · Cohen's kappa ${formatNumber(a.kappa, 2)}`,
    );
  }
  lines.push(`  folder ${where.folder} (${JUDGE_REPORT_FILE} holds the per-item figures)`);
  lines.push(`  next   benchloop export ${report.runId} --format html --out report.html`);
  return `${lines.join("\n")}\n`;
}
