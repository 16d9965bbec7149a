import { describe, expect, it } from "vitest";
import { createSseParser, createSseReader } from "./sse-parser.js";

describe("createSseParser", () => {
  it("returns each event once its blank line arrives", () => {
    const parser = createSseParser();
    expect(parser.push('data: {"a":1}\n')).toEqual([]);
    expect(parser.push("\n")).toEqual([{ data: '{"a":1}' }]);
  });

  it("joins events cut anywhere across pieces, CRLF line ends included", () => {
    const stream =
      'data: {"a":1}\r\n\r\n: keep-alive comment\r\nevent: error\r\ndata: {"b"\r\ndata: :2}\r\n\r\ndata: [DONE]\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const parser = createSseParser();
      const events = [
        ...parser.push(stream.slice(0, cut)),
        ...parser.push(stream.slice(cut)),
        ...parser.end(),
      ];
      expect(events).toEqual([
        { data: '{"a":1}' },
        { event: "error", data: '{"b"\n:2}' },
        { data: "[DONE]" },
      ]);
    }
  });

  it("gives the last event at the end even without its blank line", () => {
    const parser = createSseParser();
    expect(parser.push("data: x")).toEqual([]);
    expect(parser.end()).toEqual([{ data: "x" }]);
  });

  it("keeps data without a space after the colon and ignores unknown fields", () => {
    const parser = createSseParser();
    expect(parser.push("id: 7\nretry: 10\ndata:x\n\n")).toEqual([{ data: "x" }]);
  });

  it("hands each event to a reader's callback as it completes, multi-line data joined", () => {
    const seen: [string, string | undefined][] = [];
    const reader = createSseReader((data, event) => seen.push([data, event]));
    reader.push("data: a\ndata: b\n\nevent: err");
    expect(seen).toEqual([["a\nb", undefined]]);
    reader.push("or\ndata: {}\r\n\r\ndata: tail");
    reader.end();
    expect(seen).toEqual([
      ["a\nb", undefined],
      ["{}", "error"],
      ["tail", undefined],
    ]);
  });
});
