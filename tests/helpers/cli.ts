// Runs the built `benchloop` binary as a child process, the way a user does.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa, type Options } from "execa";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The built CLI entry. */
export const CLI_MAIN = path.join(REPO_ROOT, "apps/cli/dist/main.js");

/** What a CLI invocation printed and how it ended. */
export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `benchloop <args>` in `cwd` and never throws on a non-zero exit. */
export async function runBenchloop(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string; timeoutMs?: number } & Pick<
    Options,
    "cancelSignal"
  >,
): Promise<CliResult> {
  const result = await execa("node", [CLI_MAIN, ...args], {
    cwd: options.cwd,
    env: { NO_COLOR: "1", ...options.env },
    input: options.input,
    reject: false,
    timeout: options.timeoutMs ?? 120_000,
    cancelSignal: options.cancelSignal,
  });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A temp folder removed by the returned function. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `benchloop-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
