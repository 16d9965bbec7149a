import { describe, expect, it } from "vitest";
import { nameUnknown } from "./catalog.js";
import { closestName } from "./closest-name.js";

const MODELS = ["qwen3:8b", "qwen3:latest", "llama3.2:3b", "sim/oracle:latest"];

describe("closestName", () => {
  it("finds a name without its tag, and a typo", () => {
    expect(closestName("llama3.2", MODELS)).toBe("llama3.2:3b");
    expect(closestName("sim/oracel", MODELS)).toBe("sim/oracle:latest");
    expect(closestName("qwen3:8", MODELS)).toBe("qwen3:8b");
  });

  it("suggests nothing when nothing is near", () => {
    expect(closestName("mistral", MODELS)).toBeUndefined();
    expect(closestName("x", [])).toBeUndefined();
  });
});

describe("nameUnknown", () => {
  it("lists the valid names and suggests the closest", () => {
    const error = nameUnknown("model", ["sim/oracel"], MODELS, "--models");
    expect(error.hint).toBe(`Valid models: ${MODELS.join(", ")}. Did you mean "sim/oracle:latest"?`);
  });
});
