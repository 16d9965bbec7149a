// Reads a streamed body (UTF-8 text pieces) as NDJSON lines or SSE events, handing each line or event's
// data on as it completes and re-arming the idle deadline per piece. A body read to its end leaves its
// connection to the next request.
import type { IncomingMessage } from "node:http";
import type { ExchangeFacts } from "./exchange-facts.js";
import type { StreamFormat } from "./http-exchange.js";
import type { IdleDeadline } from "./idle-deadline.js";
import { createSseReader } from "./sse-parser.js";

/**
 * Reads `body` to its end (SSE: to `data: [DONE]`), calling `handle` with each NDJSON line or each
 * SSE event's data and name. Notes `streamEnded` and `idleTimedOut` in `facts`; `handle` notes the rest.
 */
export async function readStreamBody(
  body: IncomingMessage,
  format: StreamFormat,
  deadline: IdleDeadline,
  facts: ExchangeFacts,
  handle: (data: string, event?: string) => void,
): Promise<void> {
  const sse = format === "sse" ? createSseReader(handle) : undefined;
  let pending = "";
  const take = (text: string) => {
    if (sse) return sse.push(text);
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
  // After `[DONE]` the body should end at once; one that does not is closed after a short grace.
  let grace: NodeJS.Timeout | undefined;
  try {
    for await (const piece of body) {
      if (sse && facts.sawDone) continue;
      deadline.touch();
      take(piece as string);
      if (sse && facts.sawDone) grace = setTimeout(() => body.destroy(), END_GRACE_MS);
    }
  } catch (error) {
    // A body closed after `[DONE]` has nothing more to say.
    if (!(sse && facts.sawDone)) {
      facts.idleTimedOut = deadline.timedOut;
      throw error;
    }
  } finally {
    clearTimeout(grace);
    deadline.stop();
  }
  if (!(sse && facts.sawDone)) {
    if (sse) sse.end();
    else handle(pending);
    facts.streamEnded = true;
  }
}

/** How long a body may take to end after `[DONE]` before it is closed. */
const END_GRACE_MS = 20;
