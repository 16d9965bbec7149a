import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { definePlugin } from "./define-plugin.js";
import { discoverPlugins } from "./discover-plugins.js";
import { createRegistry } from "./registry.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-discover-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A plugin module written as plain JS with the brand by hand, as a plugin built on another core copy. */
function pluginSource(name: string, body: string, apiVersion = 1): string {
  return `export default { brand: "benchloop.plugin", name: ${JSON.stringify(name)}, apiVersion: ${apiVersion}, register(r) { ${body} } };\n`;
}

const exporterBody = (id: string) =>
  `r.exporter(${JSON.stringify(id)}, () => ({ export: async () => {} }), { extension: "txt" });`;

async function writePackage(
  root: string,
  name: string,
  files: Record<string, string>,
  pkg: Record<string, unknown>,
): Promise<string> {
  const folder = path.join(root, "node_modules", name);
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, "package.json"),
    JSON.stringify({ name, version: "2.0.1", type: "module", ...pkg }),
  );
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(folder, file), content);
  return folder;
}

describe("discoverPlugins", () => {
  it("loads built-ins, config paths, config package names and installed packages, with their origin", async () => {
    const builtin = definePlugin({
      name: "@benchloop/builtin-x",
      apiVersion: 1,
      register: (r) => r.exporter("builtin-x", () => ({ export: async () => {} }), { extension: "x" }),
    });
    await writeFile(path.join(dir, "local-plugin.mjs"), pluginSource("local-plugin", exporterBody("local")));
    await writePackage(
      dir,
      "benchloop-exporter-named",
      { "index.js": pluginSource("benchloop-exporter-named", exporterBody("named")) },
      { main: "index.js" },
    );
    await writePackage(
      dir,
      "@acme/benchloop-exporter-auto",
      { "plugin.js": pluginSource("@acme/benchloop-exporter-auto", exporterBody("auto")) },
      { benchloop: { plugin: "./plugin.js" } },
    );
    await writePackage(dir, "left-pad", { "index.js": "export default 1;" }, { main: "index.js" });

    const registry = createRegistry();
    const reports = await discoverPlugins(registry, {
      cwd: dir,
      builtins: [{ module: { default: builtin }, version: "0.1.0" }],
      configPlugins: ["./local-plugin.mjs", "benchloop-exporter-named"],
      configFile: path.join(dir, "benchloop.config.json"),
    });
    expect(
      reports.map((r) => [r.name, r.version, r.origin, r.status, r.components.map((c) => c.id).join()]),
    ).toEqual([
      ["@benchloop/builtin-x", "0.1.0", "builtin", "loaded", "builtin-x"],
      ["local-plugin", "0.0.0", "config", "loaded", "local"],
      ["benchloop-exporter-named", "2.0.1", "config", "loaded", "named"],
      ["@acme/benchloop-exporter-auto", "2.0.1", "installed", "loaded", "auto"],
    ]);
    expect(registry.list("exporter").map((e) => e.id)).toEqual(["auto", "builtin-x", "local", "named"]);
  });

  it("reports each bad plugin with its reason and keeps the good ones", async () => {
    await writeFile(path.join(dir, "old-api.mjs"), pluginSource("benchloop-old", exporterBody("old"), 0));
    await writeFile(path.join(dir, "not-a-plugin.mjs"), "export default { name: 'x' };\n");
    await writeFile(
      path.join(dir, "throws.mjs"),
      pluginSource("benchloop-throws", `throw new Error("database offline");`),
    );
    await writeFile(path.join(dir, "syntax.mjs"), "export default {\n");
    await writeFile(path.join(dir, "good.mjs"), pluginSource("benchloop-good", exporterBody("good")));

    const registry = createRegistry();
    const reports = await discoverPlugins(registry, {
      cwd: dir,
      configPlugins: [
        "./old-api.mjs",
        "./not-a-plugin.mjs",
        "./throws.mjs",
        "./syntax.mjs",
        "./missing.mjs",
        "benchloop-nowhere",
        "./good.mjs",
      ],
      configFile: path.join(dir, "benchloop.config.json"),
      scanInstalled: false,
    });
    expect(reports.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ["benchloop-old", "failed", "PLUGIN_API_MISMATCH"],
      ["./not-a-plugin.mjs", "failed", "PLUGIN_EXPORT_INVALID"],
      ["benchloop-throws", "failed", "PLUGIN_REGISTER_FAILED"],
      ["./syntax.mjs", "failed", "PLUGIN_LOAD_FAILED"],
      ["./missing.mjs", "failed", "PLUGIN_NOT_FOUND"],
      ["benchloop-nowhere", "failed", "PLUGIN_NOT_FOUND"],
      ["benchloop-good", "loaded", undefined],
    ]);
    const messages = reports.map((r) => r.error?.message ?? "");
    expect(messages[0]).toBe(
      "Plugin benchloop-old supports plugin API ^0, but this benchloop implements plugin API 1.0.0.",
    );
    expect(messages[1]).toBe(
      "./not-a-plugin.mjs is not a benchloop plugin: its default export was not made with definePlugin.",
    );
    expect(messages[2]).toBe("Plugin benchloop-throws failed while registering: database offline");
    expect(messages[5]).toContain("no package named benchloop-nowhere is installed");
    expect(registry.list("exporter").map((e) => e.id)).toEqual(["good"]);
  });

  it("does not load an installed package twice when the config also names it", async () => {
    await writePackage(
      dir,
      "benchloop-exporter-twice",
      { "p.js": pluginSource("benchloop-exporter-twice", exporterBody("twice")) },
      { benchloop: { plugin: "./p.js" } },
    );
    const registry = createRegistry();
    const reports = await discoverPlugins(registry, {
      cwd: dir,
      configPlugins: ["benchloop-exporter-twice"],
    });
    expect(reports.map((r) => [r.name, r.origin, r.status])).toEqual([
      ["benchloop-exporter-twice", "config", "loaded"],
    ]);
  });

  it("tells a plugin that is not there from one that is there and fails to load", async () => {
    await writeFile(path.join(dir, "syntax.mjs"), "export default {\n");
    await writeFile(
      path.join(dir, "throws-at-import.mjs"),
      'throw new Error("database offline at import");\n',
    );
    await writePackage(
      dir,
      "benchloop-needs-dep",
      { "index.js": 'import "benchloop-missing-dependency";\nexport default {};\n' },
      { main: "index.js" },
    );
    const configFile = path.join(dir, "benchloop.config.json");
    const reports = await discoverPlugins(createRegistry(), {
      cwd: dir,
      configPlugins: ["./syntax.mjs", "./throws-at-import.mjs", "benchloop-needs-dep", "benchloop-nowhere"],
      configFile,
      scanInstalled: false,
    });
    const [syntax, throws, needsDep, nowhere] = reports.map((r) => r.error!);
    for (const failed of [syntax!, throws!, needsDep!]) {
      expect(failed.code).toBe("PLUGIN_LOAD_FAILED");
      expect(failed.hint).not.toContain("pnpm add");
    }
    expect(syntax!.message).toContain(path.join(dir, "syntax.mjs"));
    // Node says "SyntaxError: …"; under vitest its module loader says "… invalid JS syntax".
    expect(syntax!.message).toMatch(/syntax/i);
    expect(throws!.message).toContain(path.join(dir, "throws-at-import.mjs"));
    expect(throws!.message).toContain("database offline at import");
    expect(needsDep!.message).toContain(path.join(dir, "node_modules", "benchloop-needs-dep", "index.js"));
    expect(needsDep!.message).toContain("benchloop-missing-dependency");

    expect(nowhere!.code).toBe("PLUGIN_NOT_FOUND");
    expect(nowhere!.message).toContain(`listed in ${configFile}`);
    for (const manager of [
      "npm install benchloop-nowhere",
      "pnpm add benchloop-nowhere",
      "yarn add benchloop-nowhere",
    ])
      expect(nowhere!.hint).toContain(manager);
  });
});
