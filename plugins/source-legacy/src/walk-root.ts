// Walks one root folder by folder in sorted order, streaming: each folder is listed with `opendir`,
// sorted, and handed out entry by entry, so memory holds the folders on the current path only. Every
// entry left out is counted with its reason; nothing here throws for a bad entry.
import {
  closeSync,
  constants,
  type Dir,
  type Dirent,
  fstatSync,
  lstatSync,
  opendirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { fileIgnoreReason, folderIgnoreReason } from "./default-ignores.js";
import { type Language, languageOf } from "./languages.js";
import { SKIP_REASONS, type SkipReason } from "./skip-reason.js";
import { HEAD_BYTES, sniffHead } from "./sniff-head.js";

/** Most entries listed from one folder; a folder with more is skipped as `directory-too-large`. */
const MAX_FOLDER_ENTRIES = 100_000;

/** Options of {@link walkRoot}. */
export interface WalkRootOptions {
  /** Absolute real path of the root folder (symlinks resolved). */
  root: string;
  /** Files larger than this many bytes are skipped as `too-large`. */
  maxFileBytes: number;
  /** Honour `.gitignore` files of the root and of folders inside it. */
  gitignore: boolean;
  /** Extra gitignore-style patterns, relative to the root. */
  ignorePatterns: readonly string[];
  /** Most files looked at; the walk stops there and says so. */
  maxFiles: number;
  /** Most entries listed from one folder (default {@link MAX_FOLDER_ENTRIES}). */
  maxFolderEntries?: number;
  signal?: AbortSignal;
  /** Told about every skipped entry (relative path, reason); folders are told once. */
  onSkip?(path: string, reason: SkipReason): void;
}

/** A source file the walk found eligible. */
export interface WalkedFile {
  /** Path relative to the root, with `/` separators. */
  path: string;
  language: Language;
  sizeBytes: number;
}

/** What a walk saw. */
export interface WalkResult {
  /** Entries other than folders looked at (skipped ones included; none inside skipped folders). */
  filesSeen: number;
  /** Eligible source files handed to `onFile`. */
  eligible: number;
  /** Skipped entries per reason (every reason present, zero when none). */
  skipped: Record<SkipReason, number>;
  /** True when `maxFiles` stopped the walk before the end. */
  limitReached: boolean;
}

type EntryKind = "file" | "folder" | "link" | "other";

interface Entry {
  name: string;
  kind: EntryKind;
}

interface Frame {
  /** Folder path relative to the root ("" for the root). */
  path: string;
  /** Absolute folder path. */
  absolute: string;
  entries: Entry[];
  next: number;
  rules?: Ignore;
}

function kindOf(entry: Dirent, absolute: string): EntryKind {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (entry.isSymbolicLink()) return "link";
  if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice())
    return "other";
  // Some file systems report no type in the listing; ask lstat.
  try {
    const stats = lstatSync(absolute);
    if (stats.isFile()) return "file";
    if (stats.isDirectory()) return "folder";
    return stats.isSymbolicLink() ? "link" : "other";
  } catch {
    return "other";
  }
}

/** Lists a folder's entries sorted by name (code-unit order, the same on every machine). */
function listFolder(absolute: string, limit: number): Entry[] | "unreadable" | "directory-too-large" {
  let dir: Dir;
  try {
    dir = opendirSync(absolute, { bufferSize: 256 });
  } catch {
    return "unreadable";
  }
  const entries: Entry[] = [];
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      if (entries.length >= limit) return "directory-too-large";
      entries.push({ name: entry.name, kind: kindOf(entry, `${absolute}${sep}${entry.name}`) });
    }
  } catch {
    return "unreadable";
  } finally {
    dir.closeSync();
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function readRules(absolute: string): Ignore | undefined {
  try {
    return ignore({ ignorecase: false }).add(readFileSync(absolute, "utf8"));
  } catch {
    // An unreadable .gitignore adds no rules; the file itself is counted when the walk reaches it.
    return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function emptyCounts(): Record<SkipReason, number> {
  return Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<SkipReason, number>;
}

/** Where a symbolic link leads, as a skip reason: links are never followed. */
function classifyLink(absolute: string, parentReal: string, root: string): SkipReason {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "symlink-broken" : code === "ELOOP" ? "symlink-loop" : "unreadable";
  }
  if (!isInside(real, root)) return "symlink-outside-root";
  try {
    // A link to its own folder or a folder above it would walk forever if followed.
    if (statSync(real).isDirectory() && isInside(parentReal, real)) return "symlink-loop";
  } catch {
    return "unreadable";
  }
  return "symlink-inside-root";
}

// One buffer for every head: the walk reads one file at a time.
const HEAD = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * Reads a file's head without following a link and decides from it; a reason when the file is not
 * eligible. Only a file filling the head is stat'ed (for its size): most source files are smaller.
 */
function inspectFile(absolute: string, maxFileBytes: number): { sizeBytes: number } | { reason: SkipReason } {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { reason: "unreadable" };
  }
  try {
    const read = readSync(fd, HEAD, 0, HEAD_BYTES, 0);
    let sizeBytes = read;
    if (read === HEAD_BYTES) {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return { reason: "special-file" };
      sizeBytes = stats.size;
    }
    if (sizeBytes > maxFileBytes) return { reason: "too-large" };
    if (sizeBytes === 0) return { reason: "empty" };
    const reason = sniffHead(HEAD.subarray(0, read), read >= sizeBytes);
    return reason ? { reason } : { sizeBytes };
  } catch {
    return { reason: "unreadable" };
  } finally {
    closeSync(fd);
  }
}

/**
 * Walks a root: depth first, entries of each folder in sorted order, folders entered where they
 * appear. Calls `onFile` for every eligible source file, in walk order. Never follows symbolic links
 * (a link's target is walked where it really is when it lies inside the root).
 * @throws the signal's reason when aborted
 */
export async function walkRoot(
  options: WalkRootOptions,
  onFile: (file: WalkedFile) => void,
): Promise<WalkResult> {
  const { root } = options;
  const skipped = emptyCounts();
  const skip = (path: string, reason: SkipReason) => {
    skipped[reason] += 1;
    options.onSkip?.(path, reason);
  };
  const configRules =
    options.ignorePatterns.length > 0
      ? ignore({ ignorecase: false }).add([...options.ignorePatterns])
      : undefined;
  const stack: Frame[] = [];

  const ignoredBy = (path: string, folder: boolean): SkipReason | undefined => {
    if (options.gitignore) {
      // The deepest .gitignore that says anything about the path decides, as in git.
      for (let i = stack.length - 1; i >= 0; i -= 1) {
        const frame = stack[i]!;
        if (!frame.rules) continue;
        const relative = frame.path === "" ? path : path.slice(frame.path.length + 1);
        const verdict = frame.rules.test(folder ? `${relative}/` : relative);
        if (verdict.ignored) return "gitignored";
        if (verdict.unignored) return undefined;
      }
    }
    return configRules?.ignores(folder ? `${path}/` : path) ? "ignored" : undefined;
  };

  const enter = (path: string, absolute: string): SkipReason | undefined => {
    const listed = listFolder(absolute, options.maxFolderEntries ?? MAX_FOLDER_ENTRIES);
    if (typeof listed === "string") return listed;
    if (listed.some((e) => e.name === "pyvenv.cfg" && e.kind === "file")) return "virtualenv";
    const hasRules = options.gitignore && listed.some((e) => e.name === ".gitignore" && e.kind === "file");
    const rules = hasRules ? readRules(`${absolute}${sep}.gitignore`) : undefined;
    stack.push({ path, absolute, entries: listed, next: 0, rules });
    return undefined;
  };

  const rootProblem = enter("", root);
  if (rootProblem) skip("", rootProblem);

  let filesSeen = 0;
  let eligible = 0;
  let limitReached = false;
  let foldersEntered = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const entry = frame.entries[frame.next];
    if (!entry) {
      stack.pop();
      continue;
    }
    frame.next += 1;
    const path = frame.path === "" ? entry.name : `${frame.path}/${entry.name}`;
    const absolute = `${frame.absolute}${sep}${entry.name}`;

    if (entry.kind === "folder") {
      const reason = folderIgnoreReason(entry.name) ?? ignoredBy(path, true) ?? enter(path, absolute);
      if (reason) skip(path, reason);
      else if (++foldersEntered % 64 === 0) {
        // Let timers and signals run on long walks.
        await new Promise((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
      continue;
    }

    filesSeen += 1;
    if (filesSeen > options.maxFiles) {
      filesSeen -= 1;
      limitReached = true;
      break;
    }
    if (entry.kind === "link") {
      skip(path, classifyLink(absolute, frame.absolute, root));
      continue;
    }
    if (entry.kind === "other") {
      skip(path, "special-file");
      continue;
    }
    const byName = fileIgnoreReason(entry.name) ?? ignoredBy(path, false);
    if (byName) {
      skip(path, byName);
      continue;
    }
    const language = languageOf(entry.name);
    if (!language) {
      skip(path, "not-source");
      continue;
    }
    const inspected = inspectFile(absolute, options.maxFileBytes);
    if ("reason" in inspected) {
      skip(path, inspected.reason);
      continue;
    }
    eligible += 1;
    onFile({ path, language, sizeBytes: inspected.sizeBytes });
  }
  options.signal?.throwIfAborted();
  return { filesSeen, eligible, skipped, limitReached };
}
