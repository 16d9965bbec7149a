// The opencode.json written for each item: one OpenAI-compatible provider at the metering proxy with
// the item's model registered, and the safest permissions that still let the agent write its answer.

/** The provider id benchloop registers in opencode. */
export const OPENCODE_PROVIDER = "benchloop";

/** Builds the item's opencode config (written to `$XDG_CONFIG_HOME/opencode/opencode.json`). */
export function buildOpencodeConfig(input: {
  proxyUrl: string;
  model: string;
  maxTurns: number;
}): Record<string, unknown> {
  return {
    $schema: "https://opencode.ai/config.json",
    provider: {
      [OPENCODE_PROVIDER]: {
        npm: "@ai-sdk/openai-compatible",
        name: "benchloop",
        options: { baseURL: `${input.proxyUrl}/v1`, apiKey: "benchloop" },
        models: { [input.model]: { name: input.model, tool_call: true } },
      },
    },
    model: `${OPENCODE_PROVIDER}/${input.model}`,
    small_model: `${OPENCODE_PROVIDER}/${input.model}`,
    autoupdate: false,
    share: "disabled",
    // Edits stay inside the item's working folder; no shell, no web, nothing outside it.
    permission: { edit: "allow", bash: "deny", webfetch: "deny", external_directory: "deny" },
    agent: { build: { steps: input.maxTurns } },
  };
}
