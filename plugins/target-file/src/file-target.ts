// The `file` policy target: reads and sets the named keys of a JSON, YAML or .env file, touching no
// other key. Writes are atomic and keep the file's permissions; a read-only file is never replaced.
// A key holding an explicit null is reported as null by `readHeld`, so a rollback can write it back.
import { mkdir, readFile, realpath, stat } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  argumentInvalid,
  type ComponentContext,
  type NullAwarePolicyTarget,
  type PolicyState,
  type PolicyTargetDescription,
  type PolicyTargetRef,
  targetFailed,
  withoutNulls,
  z,
} from "@benchloop/core";
import { replaceFile } from "./atomic-write.js";
import { ENV_FORMAT } from "./env-format.js";
import type { FileFormat, HeldValues } from "./file-format.js";
import { FormatProblem } from "./format-problem.js";
import { JSON_FORMAT } from "./json-format.js";
import { YAML_FORMAT } from "./yaml-format.js";

/** Options of the file target (`--option format=…`, `create=true`, or `apply.options`). */
export const FileTargetOptionsSchema = z
  .object({
    format: z
      .enum(["json", "yaml", "env"])
      .optional()
      .describe("File format; by default from the name: .json/.jsonc, .yaml/.yml, .env or .env.*."),
    create: z.boolean().default(false).describe("Create the file (and its folder) when it does not exist."),
  })
  .strict();

/** Options of the file target. */
export type FileTargetOptions = z.infer<typeof FileTargetOptionsSchema>;

const FORMATS: Record<FileFormat["id"], FileFormat> = {
  json: JSON_FORMAT,
  yaml: YAML_FORMAT,
  env: ENV_FORMAT,
};

/** The format a file name implies, if any. */
export function formatOfPath(file: string): FileFormat["id"] | undefined {
  const name = path.basename(file).toLowerCase();
  if (/\.jsonc?$/.test(name)) return "json";
  if (/\.ya?ml$/.test(name)) return "yaml";
  if (name === ".env" || name.startsWith(".env.") || name.endsWith(".env")) return "env";
  return undefined;
}

interface ResolvedFile {
  file: string;
  format: FileFormat;
  options: FileTargetOptions & { format: FileFormat["id"] };
}

function resolveFile(target: PolicyTargetRef, cwd: string): ResolvedFile {
  if (!target.uri.startsWith("file:"))
    throw argumentInvalid("--target", `"${target.uri}" is not a file target`, "Write --target file:PATH.");
  let written = target.uri.startsWith("file://")
    ? fileURLToPath(target.uri)
    : target.uri.slice("file:".length);
  if (written === "")
    throw argumentInvalid(
      "--target",
      "file: needs a path",
      "Write --target file:PATH, e.g. file:config/models.json.",
    );
  if (written === "~" || written.startsWith("~/")) written = path.join(homedir(), written.slice(1));
  const file = path.resolve(cwd, written);
  const parsed = FileTargetOptionsSchema.safeParse(target.options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw argumentInvalid(
      `--${String(issue?.path[0] ?? "target")}`,
      issue?.message ?? "invalid option",
      "File target options: --option format=json|yaml|env, --option create=true.",
    );
  }
  const format = parsed.data.format ?? formatOfPath(file);
  if (!format)
    throw argumentInvalid(
      "--target",
      `cannot tell the format of ${file} from its name`,
      "Pass --option format=json, yaml or env.",
    );
  return { file, format: FORMATS[format], options: { ...parsed.data, format } };
}

function failed(file: string, problem: string, hint: string, cause?: unknown): Error {
  return targetFailed(file, problem, hint, { plugin: "@benchloop/target-file", cause });
}

function asTargetError(file: string, error: unknown): Error {
  if (error instanceof FormatProblem) return failed(file, error.message, error.hint);
  return error as Error;
}

/** Reads the file; undefined when it does not exist. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw failed(
      file,
      `the file cannot be read (${code ?? (error as Error).message})`,
      code === "EISDIR" ? "Point --target at a file, not a folder." : "Check the path and its permissions.",
      error,
    );
  }
}

function missing(file: string): Error {
  return failed(
    file,
    "the file does not exist",
    "Check the path, create the file first, or pass --option create=true to create it when applying.",
  );
}

/** The file target: core's null-aware policy target (explicit nulls read and written back). */
export type FileTarget = NullAwarePolicyTarget;

/** Creates the `file` policy target; relative paths resolve against `cwd`. */
export function createFileTarget(deps: { cwd: string }): FileTarget {
  async function readHeld(target: PolicyTargetRef, keys: readonly string[]): Promise<HeldValues> {
    const { file, format, options } = resolveFile(target, deps.cwd);
    const text = await readText(file);
    if (text === undefined && !options.create) throw missing(file);
    try {
      return format.read(text ?? format.empty, keys);
    } catch (error) {
      throw asTargetError(file, error);
    }
  }

  return {
    describe({ target }): PolicyTargetDescription {
      const { file, format, options } = resolveFile(target, deps.cwd);
      return { uri: `file:${file}`, options, label: `${format.label} file ${file}` };
    },

    async read({ target, keys }, _ctx: ComponentContext): Promise<PolicyState> {
      return withoutNulls(await readHeld(target, keys));
    },

    readHeld({ target, keys }, _ctx: ComponentContext): Promise<HeldValues> {
      return readHeld(target, keys);
    },

    async apply({ target, next, remove = [], setNull = [] }, ctx: ComponentContext) {
      const resolved = resolveFile(target, deps.cwd);
      // Write through a symlink to the file it names, so the link stays a link.
      const file = await realpath(resolved.file).catch(() => resolved.file);
      const text = await readText(file);
      if (text === undefined && !resolved.options.create) throw missing(resolved.file);
      const info = text === undefined ? undefined : await stat(file);
      if (info && (info.mode & 0o222) === 0)
        throw failed(
          resolved.file,
          `the file is read-only (mode ${(info.mode & 0o777).toString(8).padStart(4, "0")})`,
          `The file was not changed. Make it writable (chmod u+w ${resolved.file}) or apply to another file.`,
        );
      const set: HeldValues = { ...next };
      for (const key of setNull) set[key] = null;
      const keys = [...Object.keys(set), ...remove];
      let out: string;
      try {
        out = resolved.format.edit(text ?? resolved.format.empty, { set, remove });
      } catch (error) {
        throw asTargetError(resolved.file, error);
      }
      if (out === text)
        return {
          applied: withoutNulls(resolved.format.read(out, keys)),
          detail: "the file already held every value",
        };
      ctx.signal.throwIfAborted();
      try {
        if (text === undefined) await mkdir(path.dirname(file), { recursive: true });
        await replaceFile(file, out, info ? info.mode & 0o7777 : undefined);
      } catch (error) {
        throw failed(
          resolved.file,
          `writing the file failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          "The file was not changed. Check the folder's permissions and free space.",
          error,
        );
      }
      const changed = keys.length;
      return {
        applied: withoutNulls(resolved.format.read(out, keys)),
        detail: `${changed} key${changed === 1 ? "" : "s"} written to ${text === undefined ? "new file " : ""}${resolved.file}`,
      };
    },
  };
}
