// Reads a streamed body as NDJSON lines or SSE events, handing each line or event's data on as it
// completes, re-arming the idle deadline per network chunk, and leaving the connection reusable: a body
// read to its end (or ending right after `[DONE]`) is not cancelled.
import type { ExchangeFacts } from "./exchange-facts.js";
import type { StreamFormat } from "./http-exchange.js";
import type { IdleDeadline } from "./idle-deadline.js";
import { createSseParser } from "./sse-parser.js";

/**
 * Reads `body` to its end (SSE: to `data: [DONE]`), calling `handle` with each NDJSON line or each
 * SSE event's data and name. Notes `streamEnded` and `idleTimedOut` in `facts`; `handle` notes the rest.
 */
export async function readStreamBody(
  body: ReadableStream<Uint8Array>,
  format: StreamFormat,
  deadline: IdleDeadline,
  facts: ExchangeFacts,
  handle: (data: string, event?: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const sse = format === "sse" ? createSseParser() : undefined;
  let pending = "";
  const take = (text: string) => {
    if (sse) {
      for (const event of sse.push(text)) handle(event.data, event.event);
      return;
    }
    pending = pending === "" ? text : pending + text;
    let start = 0;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      handle(pending.slice(start, newline));
      start = newline + 1;
      newline = pending.indexOf("\n", start);
    }
    pending = start === 0 ? pending : pending.slice(start);
  };
  let ended = false;
  try {
    while (!(sse && facts.sawDone)) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      deadline.touch();
      take(decoder.decode(value, { stream: true }));
    }
    if (!(sse && facts.sawDone)) {
      take(decoder.decode());
      if (sse) for (const event of sse.end()) handle(event.data, event.event);
      else handle(pending);
      facts.streamEnded = true;
    }
  } catch (error) {
    facts.idleTimedOut = deadline.timedOut;
    throw error;
  } finally {
    deadline.stop();
    // A body read to its end keeps the connection for the next request; cancelling closes it.
    if (!ended && !(facts.sawDone && (await endsSoon(reader)))) await reader.cancel().catch(() => {});
  }
}

/** How long a body may take to end after `[DONE]` before it is cancelled. */
const END_GRACE_MS = 20;

/** True when the body ends (with nothing more) within {@link END_GRACE_MS}. */
async function endsSoon(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), END_GRACE_MS);
  });
  try {
    const next = await Promise.race([reader.read(), late]);
    return next?.done === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
