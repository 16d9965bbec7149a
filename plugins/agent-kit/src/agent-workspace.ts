// A fresh folder tree per agent item: the working folder the agent starts in, and its own HOME, XDG
// and temp folders, so no item sees the user's project, home configuration or another item's files.
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { ItemContext } from "@benchloop/core";

/** The folders of one agent item. */
export interface AgentWorkspace {
  /** The item's own root (a fresh `mkdtemp` folder); everything below is removed by `dispose`. */
  root: string;
  /** Where the agent starts and may write: the files it leaves are kept as artifacts. */
  workDir: string;
  home: string;
  configHome: string;
  dataHome: string;
  stateHome: string;
  cacheHome: string;
  tempDir: string;
  /** Removes the whole tree. */
  dispose(): Promise<void>;
}

/** Options of {@link createAgentWorkspace}. */
export interface CreateAgentWorkspaceOptions {
  /** Short name of the agent, part of the folder name (`opencode`). */
  agent: string;
  /** Parent folder; default the system temp folder. */
  parent?: string;
}

/** Creates the folders of one item under a new unique folder. */
export async function createAgentWorkspace(options: CreateAgentWorkspaceOptions): Promise<AgentWorkspace> {
  const root = await mkdtemp(join(options.parent ?? tmpdir(), `benchloop-${options.agent}-`));
  const folders = {
    workDir: join(root, "work"),
    home: join(root, "home"),
    configHome: join(root, "home", ".config"),
    dataHome: join(root, "home", ".local", "share"),
    stateHome: join(root, "home", ".local", "state"),
    cacheHome: join(root, "home", ".cache"),
    tempDir: join(root, "tmp"),
  };
  await Promise.all(Object.values(folders).map((folder) => mkdir(folder, { recursive: true })));
  return { root, ...folders, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** Limits of {@link keepWrittenFiles}. */
export interface KeepWrittenFilesOptions {
  maxFiles?: number;
  maxBytes?: number;
  /** Folder names never kept (`.git`, `node_modules` …). */
  skip?: readonly string[];
}

const DEFAULT_SKIP = [".git", "node_modules", ".opencode", ".qwen", ".codex", ".goose"];

/**
 * Writes every file the agent left in `workDir` as an artifact `files/<relative path>`, up to the
 * limits (default 50 files, 1 MB each; larger files are listed as skipped). Returns relative path →
 * artifact path.
 */
export async function keepWrittenFiles(
  workDir: string,
  ctx: Pick<ItemContext, "artifacts" | "logger">,
  options: KeepWrittenFilesOptions = {},
): Promise<Record<string, string>> {
  const maxFiles = options.maxFiles ?? 50;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const skip = new Set(options.skip ?? DEFAULT_SKIP);
  const kept: Record<string, string> = {};
  const files = await listFiles(workDir, skip);
  for (const file of files.slice(0, maxFiles)) {
    const name = relative(workDir, file).split(sep).join("/");
    const size = (await stat(file)).size;
    if (size > maxBytes) {
      ctx.logger.warn(`agent: ${name} is ${size} bytes, over the ${maxBytes} byte limit; not kept`);
      continue;
    }
    kept[name] = await ctx.artifacts.write(`files/${name}`, await readFile(file));
  }
  if (files.length > maxFiles) ctx.logger.warn(`agent: kept ${maxFiles} of ${files.length} written files`);
  return kept;
}

async function listFiles(folder: string, skip: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) files.push(...(await listFiles(path, skip)));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}
