// Test helpers for harnesses: an ItemContext whose artifacts land in a temp folder (and which records
// reported pids), and component deps whose secrets come from a given environment (registered for
// redaction like core does).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ComponentDeps, ItemContext, Logger } from "@benchloop/core";
import { createRedactor, createSecrets, SYSTEM_CLOCK } from "@benchloop/core";

/** An ItemContext writing artifacts under a temp run folder, plus ways to read and remove it. */
export interface TestItemContext extends ItemContext {
  runDir: string;
  /** Reads an artifact by the path `artifacts.write` returned. */
  readArtifact(path: string): Promise<string>;
  /** Every artifact path written so far. */
  written: string[];
  /** Pids the component reported. */
  pids: number[];
  cleanup(): Promise<void>;
}

/** Log lines a test logger kept. */
export interface KeptLogger extends Logger {
  lines: string[];
}

/** A logger keeping `level message {fields}` lines in memory. */
export function createKeptLogger(): KeptLogger {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`);
  };
  return { lines, debug: keep("debug"), info: keep("info"), warn: keep("warn"), error: keep("error") };
}

/** Creates an item context; `signal` defaults to one that never aborts. */
export async function createTestItemContext(
  options: { signal?: AbortSignal; itemKey?: string; timeoutMs?: number } = {},
): Promise<TestItemContext> {
  const runDir = await mkdtemp(join(tmpdir(), "benchloop-harness-test-"));
  const itemKey = options.itemKey ?? "sim/oracle|harness|smoke|blind#1";
  const folder = itemKey.replace(/[^a-zA-Z0-9._-]+/g, "_");
  const written: string[] = [];
  const pids: number[] = [];
  return {
    pids,
    reportProcess: (pid) => pids.push(pid),
    runDir,
    itemKey,
    written,
    signal: options.signal ?? new AbortController().signal,
    logger: createKeptLogger(),
    timeoutMs: options.timeoutMs ?? 60_000,
    artifacts: {
      async write(name, content) {
        const path = join("artifacts", folder, name);
        await mkdir(dirname(join(runDir, path)), { recursive: true });
        await writeFile(join(runDir, path), content);
        written.push(path);
        return path;
      },
    },
    readArtifact: (path) => readFile(join(runDir, path), "utf8"),
    cleanup: () => rm(runDir, { recursive: true, force: true }),
  };
}

/**
 * Component deps with the given config and environment (secrets read from `env` are redacted). Pass
 * the config as the registry would, parsed by the component's schema: factories do not parse it again.
 */
export function createTestDeps<C = unknown>(
  config: C,
  env: Record<string, string | undefined> = {},
): ComponentDeps<C> & { logger: KeptLogger } {
  const redactor = createRedactor();
  return {
    config,
    logger: createKeptLogger(),
    clock: SYSTEM_CLOCK,
    secrets: createSecrets(env, redactor),
    cwd: process.cwd(),
  };
}
