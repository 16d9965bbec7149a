// `@benchloop/core/testing`: helpers for testing benchloop and its plugins (the scripted fake plugin).
import path from "node:path";
import { fileURLToPath } from "node:url";
export { FakeHarnessConfigSchema } from "./fake-plugin.js";
export { FakeItemScriptSchema } from "./fake-plugin.js";
export { FakeScorerConfigSchema } from "./fake-plugin.js";
export { FakeTestsConfigSchema } from "./fake-plugin.js";
export { createFakePlugin } from "./fake-plugin.js";
export { createFakeRecorder } from "./fake-plugin.js";
export type { FakeHarnessConfig } from "./fake-plugin.js";
export type { FakeItemScript } from "./fake-plugin.js";
export type { FakePluginOptions } from "./fake-plugin.js";
export type { FakeRecorder } from "./fake-plugin.js";

const here = fileURLToPath(import.meta.url);

/**
 * Absolute path of the fake plugin module, for the `plugins` of a config in CLI tests: the built `.js`
 * beside this file (or the `.ts` source when running from source).
 */
export const FAKE_PLUGIN_MODULE: string = path.join(path.dirname(here), `fake-plugin-module${path.extname(here)}`);
export { createFakeWorkspace } from "./fake-workspace.js";
export type { FakeWorkspace } from "./fake-workspace.js";
export type { FakeWorkspaceOptions } from "./fake-workspace.js";
