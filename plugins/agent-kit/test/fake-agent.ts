// How the package's own tests drive test/fake-agent.mjs: where it is, how it is told the model server,
// and how its answer is read from its JSON lines.
import { fileURLToPath } from "node:url";
import { parseJsonLines } from "../src/json-lines.js";

/** The fake agent CLI (a Node script speaking the OpenAI API to the proxy). */
export const FAKE_AGENT = fileURLToPath(new URL("./fake-agent.mjs", import.meta.url));

/** What the fake agent is started with: the task on stdin, the proxy and model in its environment. */
export function fakeAgentLaunch(input: { proxyUrl: string; task: string; model: string }) {
  return {
    args: [],
    stdin: input.task,
    agentVars: { FAKE_AGENT_BASE_URL: input.proxyUrl, FAKE_AGENT_MODEL: input.model },
  };
}

/** The answer text the fake agent printed: its `text` events, joined. */
export function fakeAgentAnswer({ stdout }: { stdout: string }) {
  return {
    text: parseJsonLines(stdout)
      .events.filter((event) => event.type === "text")
      .map((event) => String(event.text))
      .join(""),
  };
}
