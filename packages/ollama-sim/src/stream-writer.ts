// Writes a streamed response (NDJSON or SSE) chunk by chunk and injects the configured faults on the
// way: stalls, split lines, an error inside the stream, a malformed line; respects backpressure.

import { once } from "node:events";
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_STREAM_ERROR, type SimFaults } from "./faults.js";

/** How one streaming dialect frames its chunks and errors. */
export interface StreamDialect {
  contentType: string;
  /** The bytes of an error sent inside the stream. */
  errorChunk(message: string): string;
  /** The bytes of a chunk that is not valid JSON. */
  malformedChunk(): string;
}

/** A streamed response with fault injection. */
export class StreamWriter {
  readonly #res: ServerResponse;
  readonly #faults: SimFaults;
  readonly #dialect: StreamDialect;
  readonly #signal: AbortSignal;
  #chunks = 0;
  #stopped = false;
  #corked = false;

  constructor(res: ServerResponse, faults: SimFaults, dialect: StreamDialect, signal: AbortSignal) {
    this.#res = res;
    this.#faults = faults;
    this.#dialect = dialect;
    this.#signal = signal;
  }

  /** False once a fault or the client ended the stream; the producer should stop. */
  get open(): boolean {
    return !this.#stopped && !this.#signal.aborted;
  }

  /** Writes one chunk, applying faults; resolves false when nothing more should be written. */
  async write(chunk: string): Promise<boolean> {
    if (!this.open) return false;
    const index = this.#chunks;
    const { stallAfterChunks, streamError, malformedLine } = this.#faults;
    if (stallAfterChunks !== undefined && index >= stallAfterChunks) {
      this.#stopped = true;
      this.#sendHead();
      if (!this.#signal.aborted) await once(this.#signal, "abort").catch(() => undefined);
      return false;
    }
    if (streamError && index >= streamError.afterChunks) {
      this.#stopped = true;
      await this.#send(this.#dialect.errorChunk(streamError.message ?? DEFAULT_STREAM_ERROR));
      this.#res.end();
      return false;
    }
    if (malformedLine && index === malformedLine.afterChunks)
      await this.#send(this.#dialect.malformedChunk());
    await this.#send(chunk);
    this.#chunks++;
    return this.open;
  }

  /** Ends the response unless a fault already did (a stalled response stays open). */
  end(): void {
    if (this.#stopped || this.#res.writableEnded) return;
    this.#sendHead();
    this.#res.end();
  }

  /**
   * Holds writes until the event loop turns, so chunks produced without waiting (latency 0) leave
   * together instead of one system call each; paced chunks still leave as soon as they are written.
   */
  #cork(): void {
    if (this.#corked) return;
    this.#corked = true;
    this.#res.cork();
    setImmediate(() => {
      this.#corked = false;
      this.#res.uncork();
    });
  }

  #sendHead(): void {
    if (this.#res.headersSent) return;
    this.#res.writeHead(200, {
      "Content-Type": this.#dialect.contentType,
      "Cache-Control": "no-cache",
      "X-Accel-Buffering": "no",
    });
    this.#res.flushHeaders();
  }

  async #send(text: string): Promise<void> {
    this.#sendHead();
    const bytes = Buffer.from(text, "utf8");
    const parts = this.#faults.splitLines && bytes.length > 1 ? splitInTwo(bytes) : [bytes];
    for (const [index, part] of parts.entries()) {
      if (this.#signal.aborted || this.#res.writableEnded) return;
      if (index > 0) await sleep(2, undefined, { signal: this.#signal }).catch(() => undefined);
      this.#cork();
      if (!this.#res.write(part)) {
        await Promise.race([once(this.#res, "drain"), once(this.#signal, "abort")]).catch(() => undefined);
      }
    }
  }
}

function splitInTwo(bytes: Buffer): Buffer[] {
  const middle = Math.floor(bytes.length / 2);
  return [bytes.subarray(0, middle), bytes.subarray(middle)];
}
