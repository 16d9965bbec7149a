// The plugin API's version and the check of the range a plugin declares (`apiVersion` in
// `definePlugin`, a semver range such as "^1"), done by the registry when it loads a plugin.
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { pluginApiMismatch } from "../errors/catalog.js";

/**
 * The plugin API this core implements, as a semver version: the major changes only with a breaking
 * change of the plugin contract, the minor when the contract gains something a plugin may use.
 */
export const PLUGIN_API_VERSION = "1.0.0";

/**
 * The range a declared `apiVersion` stands for: a string is a semver range as written; a whole
 * number N (how plugins declared it before ranges) means `^N`; anything else is no range.
 */
export function pluginApiRange(declared: unknown): string | undefined {
  if (typeof declared === "number" && Number.isInteger(declared) && declared >= 0) return `^${declared}`;
  if (typeof declared !== "string" || declared.trim() === "") return undefined;
  return validRange(declared) === null ? undefined : declared.trim();
}

/**
 * Checks that plugin `name`'s declared range includes this core's plugin API.
 * @throws PLUGIN_API_MISMATCH naming the plugin, its range, core's version and what to do
 */
export function assertPluginApi(name: string, declared: unknown): void {
  const range = pluginApiRange(declared);
  if (range === undefined) throw pluginApiMismatch(name, declared, PLUGIN_API_VERSION, "invalid");
  if (!satisfies(PLUGIN_API_VERSION, range)) throw pluginApiMismatch(name, range, PLUGIN_API_VERSION);
}
