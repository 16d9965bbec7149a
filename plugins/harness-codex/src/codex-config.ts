// The `$CODEX_HOME/config.toml` written for each item: one Responses-API provider at the metering proxy
// with the item's model, no retries, and the safest sandbox that still lets codex write in its folder.

/** The provider id benchloop registers in codex. */
const CODEX_PROVIDER = "benchloop";

/** Builds the item's codex config as TOML text. */
export function buildCodexConfig(input: { proxyUrl: string; model: string }): string {
  const lines = [
    "# Written by benchloop for one item; removed with the item's folder.",
    `model = ${tomlString(input.model)}`,
    `model_provider = ${tomlString(CODEX_PROVIDER)}`,
    // Never ask (nobody answers in exec mode); commands run in codex's sandbox, which lets them
    // write only inside the working folder, without network.
    `approval_policy = "never"`,
    `sandbox_mode = "workspace-write"`,
    `web_search = "disabled"`,
    "check_for_update_on_startup = false",
    "",
    `[model_providers.${CODEX_PROVIDER}]`,
    `name = ${tomlString(CODEX_PROVIDER)}`,
    `base_url = ${tomlString(`${input.proxyUrl}/v1`)}`,
    `wire_api = "responses"`,
    // One model call per request: a failure is the item's evidence, not something to hide by retrying.
    "request_max_retries = 0",
    "stream_max_retries = 0",
    "",
    "[sandbox_workspace_write]",
    "network_access = false",
    "exclude_slash_tmp = true",
    "",
    "[shell_environment_policy]",
    `inherit = "core"`,
    "",
    "[analytics]",
    "enabled = false",
    "",
    "[feedback]",
    "enabled = false",
    "",
  ];
  return lines.join("\n");
}

/** A TOML basic string: JSON's escapes (\\", \\\\, \\n, \\uXXXX …) are TOML's. */
function tomlString(value: string): string {
  return JSON.stringify(value);
}
