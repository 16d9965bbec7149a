import { readmeOptionRows, schemaDescriptions } from "@benchloop/http-harness-kit/testing";
import { describe, expect, it } from "vitest";
import { OllamaHarnessConfigSchema } from "./config-schema.js";

describe("README", () => {
  it("documents every option with the schema's own description", async () => {
    const rows = await readmeOptionRows(new URL("../README.md", import.meta.url));
    for (const [option, description] of schemaDescriptions(OllamaHarnessConfigSchema))
      expect(rows.get(option), option).toBe(description);
  });
});
