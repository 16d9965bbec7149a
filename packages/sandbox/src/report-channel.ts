// The parent side of the report channel: how a sandbox runner proves that a report line is its own.
//
// Protocol (every runtime's runner follows it; the JavaScript one is runner/report-channel.cjs):
// 1. For each process the parent draws a fresh 32-byte key and sends it as the first 32 bytes of the
//    process's stdin, raw, followed by the job. The runner reads it before any untrusted code exists,
//    keeps it only where that code cannot read it (a crypto key object, never a string), and wipes
//    every buffer it passed through.
// 2. The runner writes each report as one line on fd 3: `<mac> <json>\n`, where `<mac>` is the
//    lowercase hex HMAC-SHA256, under the key, of the UTF-8 bytes of `<seq> <json>`; `<seq>` counts the
//    process's lines from 0, and `<json>` is strict JSON on one line (no NaN or Infinity: a Python
//    runner dumps with `allow_nan=False`). A line is written whole before any other code runs, so
//    nothing can land inside it.
// 3. The parent accepts a line only when its MAC matches the next sequence number. Any other line
//    (wrong MAC, replayed, reordered, unparsable, or bytes left without a newline when the process
//    ended on its own) is a forgery: the untrusted code wrote to the channel. The parent stops the
//    process and the item is a `sandbox_violation`; nothing that arrived after it is believed.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { StringDecoder } from "node:string_decoder";

/** Bytes of the per-process key at the start of the runner's stdin. */
export const REPORT_KEY_BYTES = 32;

/** Hex characters of a line's MAC. */
const MAC_HEX_LENGTH = 64;

/** A fresh key for one sandbox process. */
export function createReportKey(): Buffer {
  return randomBytes(REPORT_KEY_BYTES);
}

/** What goes on the runner's stdin: the raw key, then the job as JSON. */
export function frameRunnerInput(key: Buffer, job: unknown): Buffer {
  return Buffer.concat([key, Buffer.from(JSON.stringify(job), "utf8")]);
}

/** The MAC of line number `seq` carrying `json`, as the runner computes it. */
export function reportLineMac(key: Buffer, seq: number, json: string): string {
  return createHmac("sha256", key).update(`${seq} ${json}`, "utf8").digest("hex");
}

/** What reading a chunk of the channel found. */
export interface ReportReadResult {
  /** Authenticated messages, in order. */
  messages: unknown[];
  /** Set once a line failed authentication: what was wrong. No message is returned after it. */
  forgery?: string;
}

/**
 * Reads the report channel of one process: splits lines, authenticates each against the key and
 * its sequence number, and parses the JSON of those that pass.
 */
export class ReportReader {
  private buffer = "";
  // Keeps a character whose bytes arrive in two chunks whole (check names and values are UTF-8).
  private readonly decoder = new StringDecoder("utf8");
  private seq = 0;
  private forged: string | undefined;

  constructor(private readonly key: Buffer) {}

  /** Whether a forged line has been seen. */
  get forgery(): string | undefined {
    return this.forged;
  }

  /** Takes the next bytes of the channel. */
  push(chunk: Buffer | string): ReportReadResult {
    const messages: unknown[] = [];
    if (this.forged !== undefined) return { messages, forgery: this.forged };
    this.buffer += typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    let newline = this.buffer.indexOf("\n");
    while (newline !== -1) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      const message = this.authenticate(line);
      if (this.forged !== undefined) return { messages, forgery: this.forged };
      messages.push(message);
      newline = this.buffer.indexOf("\n");
    }
    return { messages };
  }

  /**
   * Called when the process has ended. Bytes without a newline are a forgery unless the parent
   * killed the process, which may have cut the runner's own line short.
   */
  finish(killedByParent: boolean): string | undefined {
    this.buffer += this.decoder.end();
    if (this.forged === undefined && this.buffer !== "" && !killedByParent) {
      this.forged = `${this.buffer.length} bytes without a line end were left on the report channel`;
    }
    this.buffer = "";
    return this.forged;
  }

  private authenticate(line: string): unknown {
    const space = line.indexOf(" ");
    const mac = space === MAC_HEX_LENGTH ? line.slice(0, space) : "";
    const json = line.slice(space + 1);
    const expected = Buffer.from(reportLineMac(this.key, this.seq, json), "hex");
    const given = Buffer.from(mac, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      this.forged = `report line ${this.seq + 1} was not written by the sandbox runner: ${preview(line)}`;
      return undefined;
    }
    this.seq++;
    try {
      return JSON.parse(json) as unknown;
    } catch {
      // Authenticated but not JSON: only a broken runner does this; treat it like a forgery.
      this.forged = `report line ${this.seq} is not JSON: ${preview(json)}`;
      return undefined;
    }
  }
}

function preview(text: string): string {
  const shown = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return JSON.stringify(shown);
}
