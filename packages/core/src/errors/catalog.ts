// The catalogue of error codes: one builder per permanent code, kept sorted. Messages say what
// happened, where, and what to do; arguments are formatted here, at the throw site's request.
import { BenchloopError, type ErrorLocation } from "./benchloop-error.js";
import { closestName } from "./closest-name.js";

/** One problem found while validating a document. */
export interface ValidationIssue {
  /** Dotted field path (`harnesses.ollama.baseUrl`), empty for the document root. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** Every permanent error code, sorted. */
export const ERROR_CODES = [
  "APPLY_REFUSED",
  "ARGUMENT_INVALID",
  "CHECKPOINT_INVALID",
  "CONFIG_INVALID",
  "CONFIG_NOT_FOUND",
  "CONFIG_UNREADABLE",
  "DOCUMENT_INVALID",
  "GATE_BLOCKED",
  "HARNESS_UNAVAILABLE",
  "ITEM_FAILED",
  "NAME_UNKNOWN",
  "NO_HARNESS_AVAILABLE",
  "PLUGIN_API_MISMATCH",
  "PLUGIN_CONFLICT",
  "PLUGIN_EXPORT_INVALID",
  "PLUGIN_FAILED",
  "PLUGIN_ID_INVALID",
  "PLUGIN_LOAD_FAILED",
  "PLUGIN_NOT_FOUND",
  "PLUGIN_REGISTER_FAILED",
  "RUN_LOCKED",
  "RUN_NOT_FOUND",
  "RUN_NOT_RESUMABLE",
  "SCHEMA_VERSION_UNSUPPORTED",
  "TARGET_DRIFTED",
  "TARGET_FAILED",
  "TARGET_INTERRUPTED",
  "UNEXPECTED",
] as const;

/** A permanent error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

function formatIssues(issues: readonly ValidationIssue[], file?: string): string {
  return issues
    .map((issue) => {
      const where = [
        file && issue.line ? `${file}:${issue.line}` : file,
        issue.path ? `field \`${issue.path}\`` : "top level",
      ]
        .filter(Boolean)
        .join(", ");
      return `  - ${where}: ${issue.message}`;
    })
    .join("\n");
}

/** A command-line argument or option is invalid. */
export function argumentInvalid(argument: string, problem: string, hint?: string): BenchloopError {
  return new BenchloopError({
    code: "ARGUMENT_INVALID",
    message: `${argument}: ${problem}`,
    hint,
    location: { path: argument },
  });
}

/** The config (file and flags) does not match the schema; lists every issue with its path. */
export function configInvalid(issues: readonly ValidationIssue[], file?: string): BenchloopError {
  const first = issues[0];
  return new BenchloopError({
    code: "CONFIG_INVALID",
    message: `The config${file ? ` in ${file}` : ""} is invalid (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues, file)}`,
    hint: "Fix the fields above; `benchloop --help` and docs/schema/config.schema.json list every option.",
    location: { file, path: first?.path, line: first?.line, column: first?.column },
    details: { issues },
  });
}

/** A config file named explicitly does not exist. */
export function configNotFound(file: string): BenchloopError {
  return new BenchloopError({
    code: "CONFIG_NOT_FOUND",
    message: `Config file ${file} does not exist.`,
    hint: "Check the path given to --config, or run without it to use benchloop.config.json in this folder.",
    location: { file },
  });
}

/** A config file exists but cannot be parsed or evaluated. */
export function configUnreadable(file: string, reason: string, location?: ErrorLocation): BenchloopError {
  return new BenchloopError({
    code: "CONFIG_UNREADABLE",
    message: `Config file ${file}${location?.line ? `:${location.line}` : ""} cannot be read: ${reason}`,
    hint: "Fix the syntax at that position; JSON config files may contain comments and trailing commas.",
    location: { file, ...location },
  });
}

/** A persisted document (run.json, plan.json, a policy) does not match its schema. */
export function documentInvalid(
  what: string,
  issues: readonly ValidationIssue[],
  file?: string,
): BenchloopError {
  return new BenchloopError({
    code: "DOCUMENT_INVALID",
    message: `${what}${file ? ` (${file})` : ""} is not valid:\n${formatIssues(issues, file)}`,
    hint: "The file may be damaged or written by another tool; `benchloop migrate <path>` shows what it can read.",
    location: { file, path: issues[0]?.path },
    details: { issues },
  });
}

/** A name (model, harness, test, suite, pass type, format …) is not one that exists. */
export function nameUnknown(
  kind: string,
  names: readonly string[],
  valid: readonly string[],
  flag?: string,
): BenchloopError {
  const list = valid.length > 0 ? valid.join(", ") : "(none available)";
  const suggestions = names.flatMap((name) => {
    const closest = closestName(name, valid);
    return closest ? [names.length === 1 ? `"${closest}"` : `"${closest}" for ${name}`] : [];
  });
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : "";
  return new BenchloopError({
    code: "NAME_UNKNOWN",
    message: `Unknown ${kind}${names.length === 1 ? "" : "s"}: ${names.join(", ")}${flag ? ` (from ${flag})` : ""}.`,
    hint: `Valid ${kind}s: ${list}.${didYouMean}`,
    details: { kind, names, valid },
  });
}

/**
 * A plugin's declared plugin-API range (`apiVersion`) does not include this core's plugin API, or is
 * no semver range at all (`problem: "invalid"`).
 */
export function pluginApiMismatch(
  plugin: string,
  found: unknown,
  supported: string,
  problem: "outside" | "invalid" = "outside",
): BenchloopError {
  const message =
    problem === "invalid"
      ? `Plugin ${plugin} declares apiVersion ${JSON.stringify(found) ?? "undefined"}, which is not a semver range; this benchloop implements plugin API ${supported}.`
      : `Plugin ${plugin} supports plugin API ${String(found)}, but this benchloop implements plugin API ${supported}.`;
  const hint =
    problem === "invalid"
      ? `Ask the authors of ${plugin} to declare the plugin-API range it supports in definePlugin, e.g. apiVersion: "^${supported.split(".")[0]}".`
      : `Install a release of ${plugin} whose apiVersion range includes ${supported} (it declares ${String(found)}), or a benchloop release whose plugin API is in ${String(found)}; until then it is not loaded and the rest of benchloop works without it.`;
  return new BenchloopError({
    code: "PLUGIN_API_MISMATCH",
    message,
    hint,
    plugin,
    details: { found: found ?? null, supported },
  });
}

/** Two plugins register the same kind and id. */
export function pluginConflict(kind: string, id: string, first: string, second: string): BenchloopError {
  return new BenchloopError({
    code: "PLUGIN_CONFLICT",
    message: `${kind} "${id}" is registered by both ${first} and ${second}; ${second} was not loaded.`,
    hint: `Remove one of the two packages from the config's \`plugins\` or uninstall it.`,
    plugin: second,
    details: { kind, id, first, second },
  });
}

/** A module named as a plugin does not export a plugin made with `definePlugin`. */
export function pluginExportInvalid(plugin: string, problem: string): BenchloopError {
  return new BenchloopError({
    code: "PLUGIN_EXPORT_INVALID",
    message: `${plugin} is not a benchloop plugin: ${problem}.`,
    hint: "A plugin's default export must be the object returned by definePlugin({ name, apiVersion, register }) from @benchloop/core.",
    plugin,
  });
}

/** Codes of errors about what the user wrote (files, config, arguments), not about the code. */
const USER_INPUT_CODES = new Set([
  "CONFIG_INVALID",
  "CONFIG_UNREADABLE",
  "CONFIG_NOT_FOUND",
  "DOCUMENT_INVALID",
  "ARGUMENT_INVALID",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A plugin component threw while it worked (wraps the original as `cause`). When the plugin refused
 * the user's own input (an expected config, document or argument error), the error keeps that code,
 * hint and location, so it says how to fix the input rather than where to report a bug.
 */
export function pluginFailed(
  plugin: string,
  kind: string,
  id: string,
  stage: string,
  cause: unknown,
): BenchloopError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message = `${kind} "${id}" from ${plugin} failed in ${stage}: ${reason}`;
  // The plugin refused the user's own input (config, a pack file, an argument): the user fixes it.
  if (BenchloopError.is(cause) && cause.expected && USER_INPUT_CODES.has(cause.code)) {
    return new BenchloopError({
      code: cause.code,
      message,
      ...(cause.hint ? { hint: cause.hint } : {}),
      plugin,
      location: cause.location,
      cause,
      details: { kind, id, stage, ...(isRecord(cause.details) ? cause.details : {}) },
    });
  }
  return new BenchloopError({
    code: "PLUGIN_FAILED",
    message,
    hint: `This is a problem in ${plugin}; report it to its authors with the command you ran.`,
    plugin,
    cause,
    details: { kind, id, stage },
  });
}

/** A component id does not match the id pattern. */
export function pluginIdInvalid(plugin: string, kind: string, id: string): BenchloopError {
  return new BenchloopError({
    code: "PLUGIN_ID_INVALID",
    message: `${plugin} registers ${kind} "${id}", but ids must start with a lowercase letter and contain only lowercase letters, digits and dashes.`,
    hint: `Rename it, e.g. "${
      id
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^[^a-z]+/, "") || "my-component"
    }".`,
    plugin,
  });
}

/** A plugin's module was found but importing it threw (a syntax error, a missing dependency, a throw). */
export function pluginLoadFailed(
  specifier: string,
  file: string,
  cause: unknown,
  from?: string,
): BenchloopError {
  const reason =
    cause instanceof Error
      ? `${cause.name === "Error" ? "" : `${cause.name}: `}${cause.message}`
      : String(cause);
  return new BenchloopError({
    code: "PLUGIN_LOAD_FAILED",
    message: `Plugin ${specifier}${from ? ` (listed in ${from})` : ""} was found at ${file}, but importing it failed: ${reason}`,
    hint: `The plugin is installed; its code fails when loaded (a syntax error, a dependency of its own that is missing, or code that throws at import). Fix ${file} if it is yours, else reinstall the plugin or report it to its authors; the rest of benchloop works without it.`,
    plugin: specifier,
    location: { file },
    cause,
  });
}

/** True when a plugin specifier is a path (relative, absolute or a Windows drive path), not a package name. */
function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("/") || /^[A-Za-z]:[\\/]/.test(specifier);
}

/** A plugin named in the config (or installed) cannot be found: no such file, package or entry. */
export function pluginNotFound(specifier: string, reason: string, from?: string): BenchloopError {
  return new BenchloopError({
    code: "PLUGIN_NOT_FOUND",
    message: `Plugin ${specifier}${from ? ` (listed in ${from})` : ""} cannot be found: ${reason}`,
    hint: isPathSpecifier(specifier)
      ? `Fix the path${from ? ` in ${from}` : ""}; relative paths are resolved against the config file's folder.`
      : `Install it in the project with its package manager: \`npm install ${specifier}\`, \`pnpm add ${specifier}\` or \`yarn add ${specifier}\` (or fix the name${from ? ` in ${from}` : ""}).`,
    plugin: specifier,
  });
}

/** A plugin's `register` threw; none of its components were kept. */
export function pluginRegisterFailed(plugin: string, cause: unknown): BenchloopError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new BenchloopError({
    code: "PLUGIN_REGISTER_FAILED",
    message: `Plugin ${plugin} failed while registering: ${reason}`,
    hint: `None of its components were loaded; the rest of benchloop works without it. Report it to the authors of ${plugin}.`,
    plugin,
    cause,
  });
}

/** A run id, path or `latest~N` reference resolves to nothing. */
export function runNotFound(reference: string, resultsDir: string): BenchloopError {
  return new BenchloopError({
    code: "RUN_NOT_FOUND",
    message: `No run matches "${reference}" in ${resultsDir}.`,
    hint: "Use a run id from `benchloop runs`, a path to a run folder, `latest` or `latest~N`; set --results-dir if the runs live elsewhere.",
    details: { reference, resultsDir },
  });
}

/** A document is written by a newer (or unknown) schema version than this release reads. */
export function schemaVersionUnsupported(
  what: string,
  found: unknown,
  newest: unknown,
  file?: string,
): BenchloopError {
  return new BenchloopError({
    code: "SCHEMA_VERSION_UNSUPPORTED",
    message: `${what}${file ? ` (${file})` : ""} has schemaVersion ${JSON.stringify(found)}; this benchloop reads versions up to ${JSON.stringify(newest)}.`,
    hint: "Upgrade benchloop (`pnpm add -D @benchloop/cli@latest`) to read it.",
    location: { file, path: "schemaVersion" },
    details: { found, newest },
  });
}
