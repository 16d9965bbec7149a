// An incremental parser of Server-Sent Events (the WHATWG event-stream format): text arrives in
// arbitrary pieces, events come out whole. Only what chat streams use: `event`, `data`, comments.
// Events are handed to a callback as they complete (no array per piece, no array of data lines for
// the usual one-line event); `createSseParser` collects them for callers that want arrays.

/** One event of the stream. */
export interface SseEvent {
  /** The `event:` field; undefined for the default "message" event. */
  event?: string;
  /** The `data:` lines joined with "\n". */
  data: string;
}

/** Feeds text in, takes whole events out. */
export interface SseParser {
  /** Adds received text; returns the events it completed. */
  push(text: string): SseEvent[];
  /** Ends the stream; returns a last event left without its blank line, if any. */
  end(): SseEvent[];
}

/** Feeds text in; each completed event goes to the callback given at creation. */
export interface SseReader {
  /** Adds received text, calling back for each event it completed. */
  push(text: string): void;
  /** Ends the stream, calling back for a last event left without its blank line, if any. */
  end(): void;
}

/** Creates a reader for one stream that calls `onEvent(data, event)` for each event as it completes. */
export function createSseReader(onEvent: (data: string, event: string | undefined) => void): SseReader {
  let pending = "";
  let event: string | undefined;
  // The data lines of the event so far: none, one (the usual case), or more joined with "\n".
  let data: string | undefined;

  const dispatch = () => {
    const complete = data;
    const name = event;
    event = undefined;
    data = undefined;
    if (complete !== undefined) onEvent(complete, name);
  };

  const readLine = (buffer: string, start: number, end: number) => {
    if (start === end) return dispatch();
    const first = buffer.charCodeAt(start);
    if (first === 58 /* ":" */) return;
    const colon = buffer.indexOf(":", start);
    const fieldEnd = colon < 0 || colon > end ? end : colon;
    let valueStart = fieldEnd === end ? end : fieldEnd + 1;
    if (valueStart < end && buffer.charCodeAt(valueStart) === 32 /* " " */) valueStart++;
    const length = fieldEnd - start;
    if (length === 4 && buffer.startsWith("data", start)) {
      const value = buffer.slice(valueStart, end);
      data = data === undefined ? value : `${data}\n${value}`;
    } else if (length === 5 && buffer.startsWith("event", start)) {
      event = buffer.slice(valueStart, end);
    }
  };

  return {
    push(text) {
      const buffer = pending === "" ? text : pending + text;
      let start = 0;
      // Scans for line ends by index: no regex and no re-slicing of the rest per line.
      for (let index = 0; index < buffer.length; index++) {
        const code = buffer.charCodeAt(index);
        if (code !== 10 && code !== 13) continue;
        // A lone "\r" at the very end may be the first half of "\r\n": wait for more text.
        if (code === 13 && index === buffer.length - 1) break;
        readLine(buffer, start, index);
        if (code === 13 && buffer.charCodeAt(index + 1) === 10) index++;
        start = index + 1;
      }
      pending = start === 0 ? buffer : buffer.slice(start);
    },
    end() {
      const rest = pending.endsWith("\r") ? pending.slice(0, -1) : pending;
      pending = "";
      if (rest !== "") readLine(rest, 0, rest.length);
      dispatch();
    },
  };
}

/** Creates a parser for one stream. */
export function createSseParser(): SseParser {
  let out: SseEvent[] = [];
  const reader = createSseReader((data, event) => {
    out.push(event === undefined ? { data } : { event, data });
  });
  const take = () => {
    const events = out;
    out = [];
    return events;
  };
  return {
    push(text) {
      reader.push(text);
      return take();
    },
    end() {
      reader.end();
      return take();
    },
  };
}
