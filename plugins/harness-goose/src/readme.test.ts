import { readmeOptionMismatches } from "@benchloop/agent-kit/testing";
import { expect, it } from "vitest";
import { GooseHarnessConfigSchema } from "./config-schema.js";

it("README documents every option with the schema's own description", async () => {
  expect(
    await readmeOptionMismatches(GooseHarnessConfigSchema, new URL("../README.md", import.meta.url)),
  ).toEqual([]);
});
