// `benchloop list harnesses|tests|models`: what the installed plugins offer on this machine.

import {
  argumentInvalid,
  type ComponentContext,
  type ProbeResult,
  renderTable,
  SILENT_LOGGER,
  toBenchloopError,
  wrapText,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";
import {
  type DemoServer,
  ollamaUrlOf,
  type RunSetupFlags,
  validateRunSetupFlags,
  withDemoServer,
} from "./run-setup.js";

const WHAT = ["harnesses", "tests", "models"] as const;

function componentContext(): ComponentContext {
  return { signal: AbortSignal.timeout(10_000), logger: SILENT_LOGGER };
}

/** One harness as `list harnesses` reports it. */
interface HarnessStatus {
  id: string;
  plugin: string;
  version: string;
  available: boolean;
  serverVersion?: string;
  endpoint?: string;
  reason?: string;
}

/** Probes every harness at once (agent probes start processes) and reports them in registry order. */
async function listHarnesses(ctx: CommandContext): Promise<HarnessStatus[]> {
  return Promise.all(
    ctx.registry.list("harness").map(async (entry): Promise<HarnessStatus> => {
      const harness = ctx.scope.get("harness", entry.id);
      const probe = await harness
        .probe(componentContext())
        .catch((e: unknown) => ({ available: false, reason: toBenchloopError(e).message }) as ProbeResult);
      return {
        id: entry.id,
        plugin: entry.plugin,
        version: entry.version,
        available: probe.available,
        ...(probe.version ? { serverVersion: probe.version } : {}),
        ...(probe.endpoint ? { endpoint: probe.endpoint } : {}),
        ...(probe.available ? {} : { reason: probe.reason ?? "unavailable" }),
      };
    }),
  );
}

/** The harness table, then why each unavailable one is unavailable, whole and wrapped to `columns`. */
function renderHarnesses(statuses: readonly HarnessStatus[], columns: number): string {
  const rows = statuses.map((h) => [
    h.id,
    h.plugin,
    h.version,
    h.available ? `✓ ${h.serverVersion ?? ""}`.trim() : "✗ unavailable",
  ]);
  const unavailable = statuses.filter((h) => !h.available);
  const width = Math.max(...unavailable.map((h) => h.id.length), 0);
  const reasons = unavailable.flatMap((h) => wrapText(h.reason ?? "", columns, `  ${h.id.padEnd(width)}  `));
  return `${renderTable(["harness", "plugin", "version", "status"], rows)}${
    reasons.length > 0 ? `\nWhy unavailable:\n${reasons.join("\n")}\n` : ""
  }`;
}

async function listTests(ctx: CommandContext): Promise<string[][]> {
  const rows: string[][] = [];
  for (const entry of ctx.registry.list("test-source")) {
    const source = ctx.scope.get("test-source", entry.id);
    const tests = await source.load({ options: ctx.config.sources[entry.id] ?? {} }, componentContext());
    for (const test of tests) rows.push([test.id, test.suite, test.version, entry.id, test.title ?? ""]);
  }
  return rows;
}

async function listModels(ctx: CommandContext): Promise<string[][]> {
  const rows: string[][] = [];
  for (const entry of ctx.registry.list("harness")) {
    const harness = ctx.scope.get("harness", entry.id);
    if (!harness.listModels) continue;
    const probe = await harness.probe(componentContext()).catch(() => ({ available: false }));
    if (!probe.available) continue;
    for (const model of await harness.listModels(componentContext())) {
      rows.push([
        model.name,
        entry.id,
        model.parameterSize ?? "",
        model.quantization ?? "",
        model.digest?.slice(0, 12) ?? "",
      ]);
    }
  }
  return rows;
}

/** Adds `benchloop list`. */
export function registerListCommand(program: Command, app: CliApp): void {
  program
    .command("list")
    .description("List what the installed plugins offer: harnesses, tests or models")
    .argument("<what>", `one of: ${WHAT.join(", ")}`)
    .option("--json", "print JSON (harnesses: availability and the whole reason)")
    .option("--demo", "list against the built-in simulator (ollama-sim), as `run --demo` sees it")
    .option("--ollama-url <url>", "Ollama address for ollama and the agent harnesses")
    .action(async (what: string, options: ListFlags, command: Command) => {
      if (!(WHAT as readonly string[]).includes(what)) {
        throw argumentInvalid(
          `list ${what}`,
          `"${what}" is not something benchloop lists`,
          `Use one of: ${WHAT.join(", ")}.`,
        );
      }
      validateRunSetupFlags(options);
      await withDemoServer(app.cwd, options, (demo) => listWith(app, what, options, command, demo));
    });
}

/** Flags of `list`. */
type ListFlags = Pick<RunSetupFlags, "demo" | "ollamaUrl"> & { json?: boolean };

async function listWith(
  app: CliApp,
  what: string,
  options: ListFlags,
  command: Command,
  demo: DemoServer | undefined,
): Promise<void> {
  const ollamaUrl = ollamaUrlOf(options, demo);
  const ctx = await app.loadContext(command, {
    ...(ollamaUrl ? { overrides: { harnesses: { ollama: { baseUrl: ollamaUrl } } } } : {}),
    agentOllamaUrl: ollamaUrl,
    agentsAsked: "all",
  });
  try {
    if (what === "harnesses") {
      const statuses = await listHarnesses(ctx);
      if (options.json) app.io.out(`${JSON.stringify(statuses, null, 2)}\n`);
      else
        app.io.out(statuses.length ? renderHarnesses(statuses, app.io.columns) : "No harnesses installed.\n");
    } else if (what === "tests") {
      const rows = await listTests(ctx);
      app.io.out(
        rows.length
          ? renderTable(["test", "suite", "version", "source", "title"], rows)
          : "No tests installed.\n",
      );
    } else {
      const rows = await listModels(ctx);
      app.io.out(
        rows.length
          ? renderTable(["model", "harness", "params", "quant", "digest"], rows)
          : "No models found (no harness is available or none lists models).\n",
      );
    }
  } finally {
    await ctx.scope.dispose();
  }
}
