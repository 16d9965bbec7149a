import { readmeOptionMismatches } from "@benchloop/http-harness-kit/testing";
import { expect, it } from "vitest";
import { OllamaHarnessConfigSchema } from "./config-schema.js";

it("README documents every option with the schema's own description", async () => {
  expect(
    await readmeOptionMismatches(OllamaHarnessConfigSchema, new URL("../README.md", import.meta.url)),
  ).toEqual([]);
});
