// One agent item end to end: a fresh workspace and a metering proxy, the agent run as its own process
// group with a stripped environment, its output parsed, its files kept, and a metered Generation built.
import type { Clock, Generation, ItemContext } from "@benchloop/core";
import { readItemFailure } from "@benchloop/core";
import { buildAgentEnv } from "./agent-env.js";
import { toAgentFailure } from "./agent-failure.js";
import { toAgentTask } from "./agent-task.js";
import { type AgentWorkspace, createAgentWorkspace, keepWrittenFiles } from "./agent-workspace.js";
import { createMeteringProxy } from "./metering-proxy.js";
import { type ModelCallRecord, sumModelCalls } from "./model-call.js";
import { protectFolders } from "./read-only-folders.js";
import { runAgentProcess } from "./run-agent-process.js";

/** What an agent's own output said. */
export interface AgentOutput {
  /** The final answer text. */
  text: string;
  /** Tokens the agent itself reported (used only when the proxy saw none). */
  tokens?: { prompt?: number; completion?: number; reasoning?: number };
  /** Tool calls the agent reported running. */
  toolCalls?: number;
  toolNames?: string[];
  /** Errors the agent reported in its events. */
  errors?: string[];
  /** The agent's own report says the run failed, whatever its text (e.g. an API error shown as text). */
  failed?: boolean;
}

/** How a harness starts its agent for one item. */
export interface AgentLaunch {
  args: string[];
  stdin?: string;
  /** The agent's own variables (on top of PATH, HOME, XDG_*, TMPDIR …). */
  agentVars?: Record<string, string>;
}

/** Options of {@link runAgentItem}. */
export interface RunAgentItemOptions {
  /** Harness id (`opencode`), used in folder names, messages and config paths. */
  agent: string;
  binary: string;
  version?: string;
  model: string;
  request: { prompt: string; system?: string };
  /** The model server (Ollama or OpenAI-compatible origin); the proxy forwards there. */
  baseUrl: string;
  timeoutMs: number;
  clock: Clock;
  /** Writes the agent's config into the workspace and says how to start it; `proxyUrl` has no `/v1`. */
  prepare(input: { workspace: AgentWorkspace; proxyUrl: string; task: string }): Promise<AgentLaunch>;
  /** Reads the agent's stdout (and stderr) into its answer. */
  parse(output: { stdout: string; stderr: string }): AgentOutput;
  /** Extra facts for `generation.meta`. */
  meta?: Record<string, unknown>;
  /** Folders the agent must not write to (made read-only where the machine allows). Default: the current folder. */
  protect?: readonly string[];
}

/** Artifact names of an agent item. */
export const AGENT_ARTIFACTS = {
  events: "agent-output.jsonl",
  stderr: "agent-stderr.txt",
  modelCalls: "model-calls.json",
} as const;

/**
 * Runs one agent item and returns its metered Generation: tokens from the model server (the agent's
 * own counts only when the server gave none), `timing.modelMs` the sum of model call durations,
 * `modelCalls`, `toolCalls` (the larger of what the server asked for and what the agent reported),
 * `meta.agentOverheadMs = wall − model time`, `meta.files` the files the agent wrote. Failures are
 * thrown as typed item failures carrying the partial generation in `details`.
 */
export async function runAgentItem(options: RunAgentItemOptions, ctx: ItemContext): Promise<Generation> {
  const { agent, clock } = options;
  const workspace = await createAgentWorkspace({ agent });
  const proxy = await createMeteringProxy({ upstream: options.baseUrl, now: clock.now.bind(clock) });
  try {
    const task = toAgentTask(options.request);
    const launch = await options.prepare({ workspace, proxyUrl: proxy.url, task: task.text });
    const env = buildAgentEnv({ workspace, agentVars: launch.agentVars ?? {} });
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs, ctx.timeoutMs));
    const startedAt = clock.now();
    const started = clock.monotonic();
    const guarded = protectFolders(
      options.binary,
      launch.args,
      options.protect ?? [process.cwd()],
      workspace.root,
    );
    const result = await runAgentProcess({
      command: guarded.command,
      args: guarded.args,
      cwd: workspace.workDir,
      env,
      ...(launch.stdin === undefined ? {} : { stdin: launch.stdin }),
      timeoutMs,
      signal: ctx.signal,
      onPid: (pid) => ctx.reportProcess?.(pid),
    });
    const wallMs = clock.monotonic() - started;
    const records = proxy.records();
    const output = options.parse({ stdout: result.stdout, stderr: result.stderr });
    const transcript = await writeEvidence(ctx, result.stdout, result.stderr, records);
    const files = await keepWrittenFiles(workspace.workDir, ctx).catch(() => ({}));
    const generation = toAgentGeneration({
      output,
      records,
      wallMs,
      startedAt,
      transcript,
      meta: {
        agent,
        ...(options.version ? { agentVersion: options.version } : {}),
        wrapper: task.wrapper,
        isolation: { filesystem: guarded.protection, env: "stripped", workDir: "fresh" },
        args: launch.args,
        envKeys: Object.keys(env).sort(),
        files,
        exitCode: result.exitCode,
        ...(output.errors?.length ? { agentErrors: output.errors } : {}),
        ...options.meta,
      },
    });
    const failure = toAgentFailure(result, records, {
      agent,
      model: options.model,
      binary: options.binary,
      baseUrl: options.baseUrl,
      timeoutMs,
      answerText: output.failed ? "" : output.text,
    });
    if (failure) {
      const details = (failure as { details?: Record<string, unknown> }).details;
      if (readItemFailure(failure) && details) Object.assign(details, { generation, transcript });
      throw failure;
    }
    return generation;
  } finally {
    await proxy.close();
    await workspace.dispose();
  }
}

/** Input of {@link toAgentGeneration}. */
export interface ToAgentGenerationInput {
  output: AgentOutput;
  records: readonly ModelCallRecord[];
  wallMs: number;
  /** Epoch ms when the agent was started (for TTFT across the agent's start-up). */
  startedAt: number;
  transcript?: string;
  meta?: Record<string, unknown>;
}

/** Builds the Generation of an agent item from its output and the proxy's records. */
export function toAgentGeneration(input: ToAgentGenerationInput): Generation {
  const totals = sumModelCalls(input.records);
  const tokens: Generation["tokens"] = {};
  const prompt = totals.promptTokens ?? input.output.tokens?.prompt;
  const completion = totals.completionTokens ?? input.output.tokens?.completion;
  const reasoning = totals.reasoningTokens ?? input.output.tokens?.reasoning;
  if (prompt !== undefined) tokens.prompt = prompt;
  if (completion !== undefined) tokens.completion = completion;
  if (reasoning !== undefined) tokens.reasoning = reasoning;
  const timing: Generation["timing"] = { wallMs: input.wallMs, modelMs: totals.modelMs };
  if (totals.firstStartedAt !== undefined && totals.firstTtftMs !== undefined)
    timing.ttftMs = Math.max(0, totals.firstStartedAt + totals.firstTtftMs - input.startedAt);
  const generation: Generation = {
    text: input.output.text,
    tokens,
    timing,
    modelCalls: totals.modelCalls,
    toolCalls: Math.max(totals.toolCalls, input.output.toolCalls ?? 0),
    meta: {
      agentOverheadMs: input.wallMs - totals.modelMs,
      tokenSource:
        totals.promptTokens !== undefined ? "model-server" : input.output.tokens ? "agent" : "none",
      calls: input.records.map(summariseCall),
      ...input.meta,
    },
  };
  if (input.transcript) generation.transcript = input.transcript;
  return generation;
}

function summariseCall(record: ModelCallRecord): Record<string, unknown> {
  return {
    route: record.route,
    status: record.status,
    ms: Math.round(record.durationMs * 10) / 10,
    ...(record.model ? { model: record.model } : {}),
    ...(record.promptTokens === undefined ? {} : { prompt: record.promptTokens }),
    ...(record.completionTokens === undefined ? {} : { completion: record.completionTokens }),
    ...(record.toolNames.length ? { tools: record.toolNames } : {}),
  };
}

async function writeEvidence(
  ctx: ItemContext,
  stdout: string,
  stderr: string,
  records: readonly ModelCallRecord[],
): Promise<string | undefined> {
  try {
    const transcript = await ctx.artifacts.write(AGENT_ARTIFACTS.events, stdout);
    if (stderr.trim() !== "") await ctx.artifacts.write(AGENT_ARTIFACTS.stderr, stderr);
    await ctx.artifacts.write(AGENT_ARTIFACTS.modelCalls, `${JSON.stringify(records, null, 2)}\n`);
    return transcript;
  } catch (error) {
    ctx.logger.warn("agent: could not write the evidence", {
      reason: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}
