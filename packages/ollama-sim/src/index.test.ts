import { expect, it } from "vitest";
import * as publicSurface from "./index.js";

it("exports exactly the documented runtime names (a change here is a versioned API change)", () => {
  expect(Object.keys(publicSurface).sort()).toEqual([
    "SIMULATOR_HEADER",
    "SIM_MODELS",
    "runSimCommand",
    "startSim",
  ]);
});

it("catalogs every scripted behaviour once, with Ollama-shaped metadata", () => {
  const behaviours = publicSurface.SIM_MODELS.map((model) => model.behaviour);
  expect(new Set(behaviours).size).toBe(behaviours.length);
  for (const model of publicSurface.SIM_MODELS) {
    expect(model.name).toBe(`sim/${model.behaviour}:latest`);
    expect(model.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(model.capabilities).toContain("completion");
    expect(model.latency.decodeTokensPerSecond).toBeGreaterThan(0);
  }
});
