import { describe, expect, it } from "vitest";
import { buildCodexConfig } from "./codex-config.js";

describe("buildCodexConfig", () => {
  it("points a Responses-API provider at the proxy's /v1 and runs commands in the workspace-write sandbox", () => {
    const toml = buildCodexConfig({ proxyUrl: "http://127.0.0.1:4000", model: "qwen3:8b" });
    expect(toml).toContain('model = "qwen3:8b"');
    expect(toml).toContain('base_url = "http://127.0.0.1:4000/v1"');
    expect(toml).toContain('wire_api = "responses"');
    expect(toml).toContain('approval_policy = "never"');
    expect(toml).toContain('sandbox_mode = "workspace-write"');
    expect(toml).toContain("network_access = false");
  });

  it("writes a model name with quotes and backslashes as a valid TOML string", () => {
    const toml = buildCodexConfig({ proxyUrl: "http://127.0.0.1:4000", model: 'odd"name\\x' });
    expect(toml).toContain('model = "odd\\"name\\\\x"');
  });
});
