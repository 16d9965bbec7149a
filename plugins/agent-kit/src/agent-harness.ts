// The skeleton every coding-agent harness shares: its CLI found once (with its version), `probe`, and
// `generate` running one item through `runAgentItem` with the common options filled in.
import type { ComponentDeps, GenerateRequest, Generation, Harness, ProbeResult } from "@benchloop/core";
import { itemFailure } from "@benchloop/core";
import { type FindAgentBinaryOptions, findAgentBinary, readAgentVersion } from "./agent-binary.js";
import type { AgentHarnessConfig } from "./agent-config-schema.js";
import type { AgentWorkspace } from "./agent-workspace.js";
import { toUpstreamUrl } from "./model-server.js";
import { probeAgent } from "./probe-agent.js";
import { type AgentLaunch, type AgentOutput, runAgentItem } from "./run-agent-item.js";

/** Where an agent CLI was found, or the places tried. */
export interface LocatedAgentBinary {
  path?: string;
  tried: string[];
}

/** What a harness's `prepare` gets for one item; `proxyUrl` has no `/v1`. */
export interface AgentHarnessPrepareInput {
  workspace: AgentWorkspace;
  proxyUrl: string;
  /** The task text given to the agent (the prompt, with the system prompt wrapped in when there is one). */
  task: string;
  request: GenerateRequest;
}

/** Options of {@link createAgentHarness}: what is particular to one agent CLI. */
export interface CreateAgentHarnessOptions {
  /** Harness id (`opencode`), used in folder names, messages and config paths. */
  agent: string;
  deps: ComponentDeps;
  /** The harness's config section, parsed. */
  config: AgentHarnessConfig;
  /** Where the CLI is looked for (the configured `binary` is added); default `{ names: [agent] }`. */
  find?: Omit<FindAgentBinaryOptions, "configured">;
  /** Finds the CLI another way than `find` (e.g. inside a platform package); wins over `find`. */
  locate?(configured: string | undefined): LocatedAgentBinary;
  /** How to install the agent, for the message when it is missing. */
  installHint: string;
  /** Writes the agent's config into the workspace and says how to start it. */
  prepare(input: AgentHarnessPrepareInput): Promise<AgentLaunch>;
  /** Reads the agent's stdout (and stderr) into its answer. */
  parse(output: { stdout: string; stderr: string }): AgentOutput;
  /** Facts for `generation.meta`, on top of (and overriding) `{ api, maxTurns }` of the config. */
  meta?: Record<string, unknown>;
  /** A sentence appended to every probe's reason (e.g. that the harness is unverified). */
  probeNote?: string;
}

/**
 * Creates an agent harness. Creating it does no I/O; the CLI is looked for at `probe` or the first
 * `generate`, then kept with its version. `generate` throws a `crash` item failure, naming the places
 * tried and how to install the agent, when the CLI is not found.
 */
export function createAgentHarness(options: CreateAgentHarnessOptions): Harness {
  const { agent, deps, config, installHint } = options;
  let binary: string | undefined;
  let version: string | undefined;

  const locate = (): LocatedAgentBinary => {
    if (options.locate) return options.locate(config.binary);
    const find = options.find ?? { names: [agent] };
    const search = findAgentBinary({ ...find, ...(config.binary ? { configured: config.binary } : {}) });
    return { ...(search.found ? { path: search.found.path } : {}), tried: search.tried };
  };
  const notFound = (tried: readonly string[]) =>
    `${agent} was not found (looked at ${tried.join(", ")}). ${installHint}`;
  const withNote = (probe: ProbeResult): ProbeResult => {
    if (!options.probeNote) return probe;
    return { ...probe, reason: probe.reason ? `${probe.reason} ${options.probeNote}` : options.probeNote };
  };

  async function requireBinary(): Promise<string> {
    if (binary) return binary;
    const located = locate();
    if (!located.path)
      throw itemFailure({ type: "crash", message: notFound(located.tried), retryable: false });
    binary = located.path;
    version ??= await readAgentVersion(binary);
    return binary;
  }

  return {
    // No `followUp`: each item runs in a fresh working folder removed when the item ends, so there is no
    // folder (or agent session) to give a second task in. Repair rounds are recorded as unsupported.
    followUpUnsupported: `the ${agent} agent harness runs each item in a fresh working folder that is removed afterwards, so it cannot be given its failing checks as a second task in the same folder (repair rounds are not supported for agent harnesses yet)`,

    async probe(ctx): Promise<ProbeResult> {
      const located = locate();
      if (!located.path)
        return withNote({ available: false, endpoint: config.baseUrl, reason: notFound(located.tried) });
      const { binary: _found, ...probe } = await probeAgent({
        agent,
        find: { configured: located.path, names: [] },
        baseUrl: config.baseUrl,
        api: config.api,
        installHint,
        signal: ctx.signal,
      });
      binary = located.path;
      if (probe.version) version = probe.version;
      return withNote(probe);
    },

    async generate(request, ctx): Promise<Generation> {
      const path = await requireBinary();
      return runAgentItem(
        {
          agent,
          binary: path,
          ...(version ? { version } : {}),
          model: request.model,
          request,
          baseUrl: toUpstreamUrl(config.baseUrl),
          timeoutMs: config.timeoutMs ?? ctx.timeoutMs,
          clock: deps.clock,
          protect: [deps.cwd],
          prepare: (input) => options.prepare({ ...input, request }),
          parse: options.parse,
          meta: { api: config.api, maxTurns: config.maxTurns, ...options.meta },
        },
        ctx,
      );
    },
  };
}
