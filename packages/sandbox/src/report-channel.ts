// The parent side of the report channel: how a sandbox runner proves that a report line is its own.
//
// Protocol (every runtime's runner follows it; the JavaScript one is runner/report-channel.cjs):
// 1. For each process the parent draws REPORT_TOKEN_COUNT fresh random tokens of REPORT_TOKEN_BYTES
//    bytes and sends them, raw, as the first REPORT_TOKEN_COUNT × REPORT_TOKEN_BYTES bytes of the
//    process's stdin, followed by the job as JSON. The runner reads them before any untrusted code
//    exists, keeps them only where that code cannot reach (a closure's byte array, never a string),
//    and wipes every buffer they passed through.
// 2. The runner writes each report as one line on fd 3: `<token> <json>\n`, where `<token>` is token
//    number `<seq>` in lowercase hex, `<seq>` counting the process's lines from 0, and `<json>` is
//    strict JSON on one line (no NaN or Infinity: a Python runner dumps with `allow_nan=False`). The
//    runner wipes a token once used, and writes a line whole before any other code runs, so nothing
//    can land inside it.
// 3. The parent accepts a line only when it starts with the next unused token. Any other line (no
//    token, a guessed or replayed one, out of order, unparsable, or bytes left without a newline when
//    the process ended on its own) is a forgery: the untrusted code wrote to the channel. The parent
//    stops the process and the item is a `sandbox_violation`; nothing that arrived after it is believed.
//
// Why tokens rather than an HMAC of each line: the sandbox caps the heap with a V8 flag, which makes
// V8 refuse the code cache of Node's built-in modules, and loading `node:crypto` then cost ~10 ms of a
// ~45 ms item. A token gives the same guarantee here: the code under test can neither read the
// tokens nor change a line once the runner has written it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { StringDecoder } from "node:string_decoder";

/** Bytes of one line token (128 bits: a guess is as good as hopeless, and a wrong one is a violation). */
export const REPORT_TOKEN_BYTES = 16;
/** Tokens per process: one per line, enough for specs of about 2,000 checks. */
export const REPORT_TOKEN_COUNT = 4096;

/** The secret of one sandbox process: its line tokens, back to back. */
export function createReportTokens(): Buffer {
  return randomBytes(REPORT_TOKEN_BYTES * REPORT_TOKEN_COUNT);
}

/** What goes on the runner's stdin: the raw tokens, then the job as JSON. */
export function frameRunnerInput(tokens: Buffer, job: unknown): Buffer {
  return Buffer.concat([tokens, Buffer.from(JSON.stringify(job), "utf8")]);
}

/** The line a runner writes for report number `seq` (for runners and tests written in TypeScript). */
export function formatReportLine(tokens: Buffer, seq: number, json: string): string {
  return `${tokenAt(tokens, seq).toString("hex")} ${json}\n`;
}

function tokenAt(tokens: Buffer, seq: number): Buffer {
  return tokens.subarray(seq * REPORT_TOKEN_BYTES, (seq + 1) * REPORT_TOKEN_BYTES);
}

/** What reading a chunk of the channel found. */
export interface ReportReadResult {
  /** Authenticated messages, in order. */
  messages: unknown[];
  /** Set once a line failed authentication: what was wrong. No message is returned after it. */
  forgery?: string;
}

/**
 * Reads the report channel of one process: splits lines, checks each starts with the next token,
 * and parses the JSON of those that do.
 */
export class ReportReader {
  private buffer = "";
  // Keeps a character whose bytes arrive in two chunks whole (check names and values are UTF-8).
  private readonly decoder = new StringDecoder("utf8");
  private seq = 0;
  private forged: string | undefined;

  constructor(private readonly tokens: Buffer) {}

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
    const given = space === REPORT_TOKEN_BYTES * 2 ? Buffer.from(line.slice(0, space), "hex") : undefined;
    const expected = this.seq < REPORT_TOKEN_COUNT ? tokenAt(this.tokens, this.seq) : undefined;
    if (!given || !expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      this.forged = `report line ${this.seq + 1} was not written by the sandbox runner: ${preview(line)}`;
      return undefined;
    }
    this.seq++;
    const json = line.slice(space + 1);
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
