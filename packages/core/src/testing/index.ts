// `@benchloop/core/testing`: helpers for testing benchloop and its plugins (the scripted fake plugin).
import path from "node:path";
import { fileURLToPath } from "node:url";

export type { FakeHarnessConfig, FakeItemScript, FakePluginOptions, FakeRecorder } from "./fake-plugin.js";
export {
  createFakePlugin,
  createFakeRecorder,
  FakeHarnessConfigSchema,
  FakeItemScriptSchema,
  FakeScorerConfigSchema,
  FakeTestsConfigSchema,
} from "./fake-plugin.js";

const here = fileURLToPath(import.meta.url);

/**
 * Absolute path of the fake plugin module, for the `plugins` of a config in CLI tests: the built `.js`
 * beside this file (or the `.ts` source when running from source).
 */
export const FAKE_PLUGIN_MODULE: string = path.join(
  path.dirname(here),
  `fake-plugin-module${path.extname(here)}`,
);
export type { FakeWorkspace, FakeWorkspaceOptions } from "./fake-workspace.js";
export { createFakeWorkspace } from "./fake-workspace.js";
export type { RepairModelSpec, RepairRunOptions } from "./repair-run.js";
export { buildRepairRun } from "./repair-run.js";
