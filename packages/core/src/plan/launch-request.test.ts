// A launch request is checked with the config's own field schemas and becomes the overrides and filters
// the same flags give on the command line.
import { describe, expect, it } from "vitest";
import { LaunchRequestSchema, launchFilters, launchOverrides } from "./launch-request.js";

describe("LaunchRequestSchema", () => {
  it("accepts a dev-cycle demo with repeats and concurrency, and drops empty selections", () => {
    const request = LaunchRequestSchema.parse({
      kind: "dev-cycle",
      demo: true,
      models: [],
      suites: ["coding"],
      repeats: 2,
      concurrency: 3,
    });
    expect(launchFilters(request)).toEqual({
      models: undefined,
      harnesses: undefined,
      tests: undefined,
      suites: ["coding"],
      passTypes: undefined,
    });
    const overrides = launchOverrides(request, { url: "http://127.0.0.1:1", close: async () => {} });
    expect(overrides).toMatchObject({
      repeats: 2,
      concurrency: 3,
      harnesses: { ollama: { baseUrl: "http://127.0.0.1:1" } },
    });
    expect(overrides.models).toContain("sim/oracle:latest");
  });

  it("refuses what the config refuses: repeats over 100, an unknown pass type, an unknown field", () => {
    const paths = (input: unknown) =>
      LaunchRequestSchema.safeParse(input).error?.issues.map((i) => i.path.join(".") || i.code);
    expect(paths({ kind: "run", repeats: 101 })).toEqual(["repeats"]);
    expect(paths({ kind: "run", passTypes: ["sloppy"] })).toEqual(["passTypes.0"]);
    expect(paths({ kind: "run", target: "file:/etc/passwd" })).toEqual(["unrecognized_keys"]);
    expect(paths({ kind: "rm -rf" })).toEqual(["kind"]);
  });
});
