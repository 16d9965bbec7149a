import {
  BenchTestSchema,
  ConfigSchema,
  createRegistry,
  type ItemContext,
  isPlugin,
  SILENT_LOGGER,
} from "@benchloop/core";
import { afterEach, describe, expect, it } from "vitest";
import plugin, { legacySourcePlugin } from "./index.js";
import { createLegacyTree, type LegacyTree } from "./legacy-tree.test-helper.js";

let tree: LegacyTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

function openScope(sources: Record<string, unknown>, cwd = "/") {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  return { registry, scope: registry.createScope({ config: ConfigSchema.parse({ sources }), cwd }) };
}

const componentContext = () => ({ signal: new AbortController().signal, logger: SILENT_LOGGER });

function itemContext(): ItemContext {
  return {
    ...componentContext(),
    itemKey: "m|h|t|informed#1",
    timeoutMs: 1000,
    artifacts: { write: async (n: string) => n },
  };
}

describe("legacySourcePlugin", () => {
  it("is a branded plugin exported by default and by name, registering the legacy source and scorer", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(legacySourcePlugin).toBe(plugin);
    const { registry } = openScope({});
    expect(registry.list("test-source").map((e) => e.id)).toEqual(["legacy"]);
    expect(registry.entry("scorer", "legacy").version).toBe("1");
  });

  it("loads no tests when no roots are configured", async () => {
    const { scope } = openScope({});
    expect(await scope.get("test-source", "legacy").load({ options: {} }, componentContext())).toEqual([]);
  });

  it("loads valid tests of suite legacy-syntax from sources.legacy.roots, relative to the folder it runs in", async () => {
    tree = createLegacyTree("shop", { locked: false });
    const { scope } = openScope({ legacy: { roots: ["shop"] } }, `${tree.root}/..`);
    const tests = await scope
      .get("test-source", "legacy")
      .load({ options: { roots: ["shop"], kinds: ["structure"] } }, componentContext());
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) {
      expect(BenchTestSchema.parse(test)).toEqual(test);
      expect(test).toMatchObject({ source: "legacy", suite: "legacy-syntax", scorer: "legacy" });
      expect(test.id).toMatch(/^legacy\/shop\/.+\/[0-9a-f]{8}\/structure$/);
    }

    const app = tests.find((t) => t.id.startsWith("legacy/shop/src/app.ts/"))!;
    const answer = JSON.stringify({
      symbols: ["DEFAULT_PORT", "ServerOptions", "default", "startShopServer", "visibleHelper"],
    });
    const score = await scope
      .get("scorer", "legacy")
      .score(
        { test: app, passType: "informed", generation: { text: answer, tokens: {}, timing: { wallMs: 1 } } },
        itemContext(),
      );
    expect(score).toMatchObject({ scorer: "legacy", passed: true, value: 1 });
  });

  it("refuses to score a test without legacy ground truth, saying which test and what to do", async () => {
    const { scope } = openScope({});
    const test = BenchTestSchema.parse({
      id: "live/x",
      version: "1",
      source: "prompt-pack",
      suite: "live",
      contentHash: "h",
      prompts: { blind: "b", informed: "i" },
      scorer: "legacy",
    });
    const error = await scope
      .get("scorer", "legacy")
      .score(
        { test, passType: "blind", generation: { text: "x", tokens: {}, timing: { wallMs: 1 } } },
        itemContext(),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ARGUMENT_INVALID" });
    expect((error as Error).message).toContain(
      "Test live/x (from source prompt-pack) carries no legacy ground truth",
    );
  });

  it("validates its config section with the registry, reporting the path", () => {
    const { registry } = openScope({});
    const issues = registry.validateConfig(ConfigSchema.parse({ sources: { legacy: { roots: "a,b" } } }));
    expect(issues[0]?.path).toBe("sources.legacy.roots");
  });
});
