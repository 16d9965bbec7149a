// The task text an agent receives: the same text for every harness; any wrapper is data on the item.

/** The task and how it was built from the request. */
export interface AgentTask {
  text: string;
  /** How the request became the text: `none`, or `system-prepended` when a system prompt was joined. */
  wrapper: "none" | "system-prepended";
}

/** Builds the task text from a request's prompt and optional system prompt (joined by a blank line). */
export function toAgentTask(request: { prompt: string; system?: string }): AgentTask {
  if (request.system === undefined || request.system.trim() === "")
    return { text: request.prompt, wrapper: "none" };
  return { text: `${request.system}\n\n${request.prompt}`, wrapper: "system-prepended" };
}
