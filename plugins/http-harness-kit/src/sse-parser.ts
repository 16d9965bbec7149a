// An incremental parser of Server-Sent Events (the WHATWG event-stream format): text arrives in
// arbitrary pieces, events come out whole. Only what chat streams use: `event`, `data`, comments.

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

/** Creates a parser for one stream. */
export function createSseParser(): SseParser {
  let pending = "";
  let event: string | undefined;
  let data: string[] = [];

  const dispatch = (out: SseEvent[]) => {
    if (data.length > 0)
      out.push(event === undefined ? { data: data.join("\n") } : { event, data: data.join("\n") });
    event = undefined;
    data = [];
  };

  const readLine = (line: string, out: SseEvent[]) => {
    if (line === "") return dispatch(out);
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  };

  return {
    push(text) {
      const out: SseEvent[] = [];
      const buffer = pending === "" ? text : pending + text;
      let start = 0;
      // Scans for line ends by index: no regex and no re-slicing of the rest per line.
      for (let index = start; index < buffer.length; index++) {
        const code = buffer.charCodeAt(index);
        if (code !== 10 && code !== 13) continue;
        // A lone "\r" at the very end may be the first half of "\r\n": wait for more text.
        if (code === 13 && index === buffer.length - 1) break;
        readLine(buffer.slice(start, index), out);
        if (code === 13 && buffer.charCodeAt(index + 1) === 10) index++;
        start = index + 1;
      }
      pending = start === 0 ? buffer : buffer.slice(start);
      return out;
    },
    end() {
      const out: SseEvent[] = [];
      if (pending !== "") readLine(pending.replace(/\r$/, ""), out);
      pending = "";
      dispatch(out);
      return out;
    },
  };
}
