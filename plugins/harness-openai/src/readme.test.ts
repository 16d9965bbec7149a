import { readmeOptionMismatches } from "@benchloop/http-harness-kit/testing";
import { expect, it } from "vitest";
import { OpenAiHarnessConfigSchema } from "./config-schema.js";

it("README documents every option with the schema's own description", async () => {
  expect(
    await readmeOptionMismatches(OpenAiHarnessConfigSchema, new URL("../README.md", import.meta.url)),
  ).toEqual([]);
});
