// `probe` of an agent harness: the CLI found and its version, and whether the model server answers.
import type { ProbeResult } from "@benchloop/core";
import { type FindAgentBinaryOptions, findAgentBinary, readAgentVersion } from "./agent-binary.js";
import { checkModelServer, type ModelServerApi } from "./model-server.js";

/** Options of {@link probeAgent}. */
export interface ProbeAgentOptions {
  agent: string;
  find: FindAgentBinaryOptions;
  versionArgs?: readonly string[];
  baseUrl: string;
  api: ModelServerApi;
  /** How to install the agent, for the reason when it is missing. */
  installHint: string;
  signal?: AbortSignal;
}

/** Probes an agent harness: unavailable with the reason when the CLI is missing or the server is down. */
export async function probeAgent(options: ProbeAgentOptions): Promise<ProbeResult & { binary?: string }> {
  const { found, tried } = findAgentBinary(options.find);
  if (!found) {
    return {
      available: false,
      endpoint: options.baseUrl,
      reason: `${options.agent} was not found (looked at ${tried.join(", ")}). ${options.installHint}`,
    };
  }
  const [version, server] = await Promise.all([
    readAgentVersion(found.path, options.versionArgs),
    checkModelServer(options.baseUrl, options.api, options.signal),
  ]);
  const result: ProbeResult & { binary?: string } = {
    available: server.reachable,
    endpoint: options.baseUrl,
    binary: found.path,
  };
  if (version) result.version = version;
  if (server.simulated) result.simulated = true;
  if (!server.reachable)
    result.reason = `${options.agent} ${version ?? ""} found at ${found.path}, but the model server is not reachable: ${server.detail}. Start it or set harnesses.${options.agent}.baseUrl.`;
  return result;
}
