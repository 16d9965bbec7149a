// items.jsonl, the append-only journal of a run: one item result per line, each written to the file
// (handed to the OS) before the next is reported, so a killed process loses only items in flight.
// Reading tolerates a torn last line (a write cut short by a crash) and skips damaged lines.
import { closeSync, ftruncateSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { type ItemResult, ItemResultSchema } from "../results/item-result.js";

/** The journal file name inside a run folder. */
export const JOURNAL_FILE = "items.jsonl";

/** An open journal. */
export interface ItemJournal {
  /** Appends one result as a line; returns once the bytes are written to the file. */
  append(result: ItemResult): void;
  close(): void;
}

/** A line of the journal that was left out while reading, and why. */
export interface DroppedJournalLine {
  /** 1-based line number. */
  line: number;
  reason: "torn" | "invalid-json" | "invalid-item";
  detail?: string;
}

/** What a journal holds. */
export interface JournalContents {
  /** The last result of each item key, in the order keys first appear in the file. */
  items: ItemResult[];
  dropped: DroppedJournalLine[];
  /** Byte length of the file up to the end of its last complete line (where appends continue). */
  completeBytes: number;
}

function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Opens a journal for appending. `completeBytes` (from {@link readItemJournal}) cuts a torn last line off
 * first, so the next line does not glue onto it.
 */
export function openItemJournal(file: string, options: { completeBytes?: number } = {}): ItemJournal {
  const fd = openSync(file, "a");
  if (options.completeBytes !== undefined) ftruncateSync(fd, options.completeBytes);
  let closed = false;
  return {
    append(result) {
      const line = `${JSON.stringify(result)}\n`;
      // One write call for the whole line (a short write, rare, finishes byte-exact).
      const written = writeSync(fd, line);
      if (written < Buffer.byteLength(line)) writeAll(fd, Buffer.from(line).subarray(written));
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/** Parses journal bytes (see {@link readItemJournal}). */
export function parseItemJournal(bytes: Buffer): JournalContents {
  const byKey = new Map<string, ItemResult>();
  const dropped: DroppedJournalLine[] = [];
  const lastNewline = bytes.lastIndexOf(10);
  const completeBytes = lastNewline + 1;
  const lines = completeBytes > 0 ? bytes.toString("utf8", 0, lastNewline).split("\n") : [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      dropped.push({
        line: i + 1,
        reason: "invalid-json",
        detail: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    const parsed = ItemResultSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      dropped.push({
        line: i + 1,
        reason: "invalid-item",
        detail: `${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
      });
      return;
    }
    // Keep the parsed JSON (validated) rather than zod's copy: key order stays as written, so a resumed
    // run serialises byte-for-byte like an uninterrupted one.
    const item = value as ItemResult;
    byKey.set(item.key, item);
  });
  if (bytes.subarray(completeBytes).toString("utf8").trim() !== "")
    dropped.push({ line: lines.length + 1, reason: "torn" });
  return { items: [...byKey.values()], dropped, completeBytes };
}

/** Reads a journal; a missing file is an empty journal. Never throws for damaged content. */
export function readItemJournal(file: string): JournalContents {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { items: [], dropped: [], completeBytes: 0 };
    throw error;
  }
  return parseItemJournal(bytes);
}

/** Bytes read at a time by {@link readAppendedItems}. */
const READ_CHUNK_BYTES = 1 << 20;

/**
 * Reads back the lines this process appended to its own journal from byte `start` on: the last result
 * of each item key, in the order keys first appear. The lines were written from results in memory, so
 * they are parsed without validation; a line that does not parse (an append cut short when the run
 * failed) is left out. Reads in chunks, so the file is never held whole in memory.
 */
export function readAppendedItems(file: string, start: number): Map<string, ItemResult> {
  const byKey = new Map<string, ItemResult>();
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let position = start;
    let carry: Buffer | undefined;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      const bytes: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let lineStart = 0;
      for (let newline = bytes.indexOf(10); newline !== -1; newline = bytes.indexOf(10, lineStart)) {
        const line = bytes.toString("utf8", lineStart, newline);
        lineStart = newline + 1;
        try {
          const item = JSON.parse(line) as ItemResult;
          byKey.set(item.key, item);
        } catch {
          // A torn line: its item has no result.
        }
      }
      // A line longer than what is left of the chunk continues in the next one (copied: the chunk is reused).
      carry = lineStart < bytes.length ? Buffer.from(bytes.subarray(lineStart)) : undefined;
    }
  } finally {
    closeSync(fd);
  }
  return byKey;
}
