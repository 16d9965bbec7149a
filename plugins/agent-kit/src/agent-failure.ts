// Types what went wrong in an agent item from structured facts: the process result (timeout, abort,
// exit code, start failure) and the proxy's records of the model server's answers (status, error code).
import { itemFailure } from "@benchloop/core";
import type { ModelCallRecord } from "./model-call.js";
import type { AgentProcessResult } from "./run-agent-process.js";

/** Where the failure happened, for messages. */
export interface AgentFailureContext {
  agent: string;
  model: string;
  binary: string;
  /** The model server's address (not the proxy's). */
  baseUrl: string;
  timeoutMs: number;
}

/**
 * The failure of an agent item, or undefined when it answered (exit 0 and some text). Order: start
 * failure, timeout, abort; then, for an item without an answer, the model server's own refusal
 * (unreachable, tools unsupported, model missing, HTTP status), the agent's exit code, an empty answer.
 * A server error the agent recovered from does not fail the item.
 */
export function toAgentFailure(
  result: AgentProcessResult,
  records: readonly ModelCallRecord[],
  context: AgentFailureContext & { answerText: string },
): Error | undefined {
  const { agent, model } = context;
  if (result.spawnError) {
    return itemFailure({
      type: "crash",
      message: `${agent} could not be started from ${context.binary} (${result.spawnError.code ?? result.spawnError.message}). Install it or set harnesses.${agent}.binary.`,
      retryable: false,
    });
  }
  if (result.timedOut) {
    return itemFailure({
      type: "timeout",
      message: `${agent} with ${model} did not finish within ${context.timeoutMs} ms; its process group was killed.`,
      retryable: false,
    });
  }
  if (result.aborted) {
    const aborted = new Error(`${agent} with ${model} was aborted`);
    aborted.name = "AbortError";
    return aborted;
  }
  const answered = result.exitCode === 0 && context.answerText.trim() !== "";
  if (answered) return undefined;
  const refused = toServerFailure(records, context);
  if (refused) return refused;
  if (result.exitCode !== 0) {
    const tail = result.stderr.trim().split("\n").slice(-3).join(" | ").slice(0, 500);
    return itemFailure({
      type: "exit_code",
      exitCode: result.exitCode ?? -1,
      message: `${agent} with ${model} exited with ${result.exitCode === null ? `signal ${result.exitSignal}` : `code ${result.exitCode}`}${tail ? `: ${tail}` : ""}.`,
      retryable: false,
    });
  }
  return itemFailure({
    type: "empty_answer",
    message: `${agent} with ${model} finished without an answer (${records.filter((r) => r.generation).length} model calls).`,
    retryable: false,
  });
}

/** A failure the model server gave (the last failed generation call), if any. */
export function toServerFailure(
  records: readonly ModelCallRecord[],
  context: AgentFailureContext,
): Error | undefined {
  const failed = [...records]
    .reverse()
    .find((record) => record.generation && (record.status === 0 || record.status >= 400));
  if (!failed) return undefined;
  const where = `the model server at ${context.baseUrl} (${failed.method} ${failed.route})`;
  if (failed.status === 0) {
    return itemFailure({
      type: "connection_refused",
      message: `${context.agent} could not reach ${where}: ${failed.upstreamError ?? "no answer"}. Start the server or set harnesses.${context.agent}.baseUrl.`,
      retryable: true,
    });
  }
  // Ollama says a model lacks tools only in its error text, so this one case reads it.
  if (failed.status === 400 && /does not support tools/i.test(failed.errorText ?? "")) {
    return itemFailure({
      type: "tools_unsupported",
      status: 400,
      message: `${context.model} does not support tools, which ${context.agent} needs (${where} answered HTTP 400). Choose a model whose capabilities include "tools".`,
      retryable: false,
    });
  }
  if (failed.status === 404) {
    return itemFailure({
      type: "model_not_found",
      status: 404,
      message: `${where} does not know ${context.model} (HTTP 404). Pull it first or check the model name.`,
      retryable: false,
    });
  }
  const retryable = failed.status === 429 || failed.status >= 500;
  return itemFailure({
    type: failed.status === 503 ? "server_busy" : "http_status",
    status: failed.status,
    message: `${where} answered ${context.agent} with HTTP ${failed.status}: ${(failed.errorText ?? "").slice(0, 300)}`,
    retryable,
  });
}
