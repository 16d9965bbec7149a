// Answers a generation request from a turn, in any dialect: streamed chunk by chunk through the
// fault-injecting writer, or as one JSON document once the turn is complete.

import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { TurnInput } from "./engine.js";
import type { Exchange } from "./exchange.js";
import { DEFAULT_STREAM_ERROR, type SimFaults } from "./faults.js";
import { sendJson } from "./http-io.js";
import { type StreamDialect, StreamWriter } from "./stream-writer.js";
import type { TurnPiece, TurnPlan } from "./turn-plan.js";

/** How one API renders a turn. */
export interface TurnRenderer {
  dialect: StreamDialect;
  /** Chunks for one streamed piece of output. */
  piece(piece: TurnPiece): string[];
  /** Closing chunks of a stream. */
  finish(plan: TurnPlan): string[];
  /** The non-streaming response body. */
  whole(plan: TurnPlan): unknown;
  /** The body of an HTTP error in this API's shape. */
  errorBody(message: string): unknown;
}

/** Admits, runs and answers one generation turn. Throws what admission throws (503, 500, dropped). */
export async function respondWithTurn(
  exchange: Exchange,
  input: TurnInput,
  stream: boolean,
  renderer: TurnRenderer,
): Promise<void> {
  const { engine, res, signal } = exchange;
  const lease = await engine.admit(input, exchange.req.socket, signal);
  const events = engine.run(input, lease, signal, stream);
  if (stream) {
    const writer = new StreamWriter(res, lease.faults, renderer.dialect, signal);
    for await (const event of events) {
      const chunks = event.kind === "done" ? renderer.finish(event.plan) : renderer.piece(event);
      for (const chunk of chunks) {
        if (!(await writer.write(chunk))) return;
      }
    }
    writer.end();
    return;
  }
  let plan: TurnPlan | undefined;
  for await (const event of events) if (event.kind === "done") plan = event.plan;
  if (!plan) return;
  await sendWhole(exchange, lease.faults, renderer.whole(plan), renderer.errorBody);
}

/**
 * Sends a whole (non-streamed) answer with the faults that apply to one: a stall holds the socket
 * open until the client goes away, a stream error becomes HTTP 500 with the API's error body, and
 * split lines send the body in two writes.
 */
export async function sendWhole(
  exchange: Exchange,
  faults: SimFaults,
  body: unknown,
  errorBody: (message: string) => unknown,
): Promise<void> {
  const { res, signal } = exchange;
  const { stallAfterChunks, streamError, splitLines } = faults;
  if (stallAfterChunks !== undefined) {
    if (!signal.aborted) await once(signal, "abort").catch(() => undefined);
    return;
  }
  if (streamError) {
    sendJson(res, 500, errorBody(streamError.message ?? DEFAULT_STREAM_ERROR));
    return;
  }
  if (!splitLines) {
    sendJson(res, 200, body);
    return;
  }
  const bytes = Buffer.from(JSON.stringify(body), "utf8");
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": bytes.length });
  res.write(bytes.subarray(0, bytes.length >> 1));
  await sleep(2, undefined, { signal }).catch(() => undefined);
  res.end(bytes.subarray(bytes.length >> 1));
}
