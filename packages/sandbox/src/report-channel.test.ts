// The report channel's parent side: what it accepts and what it calls a forgery. The runner side is
// exercised end to end by the spec-runner and attack-corpus tests.
import { describe, expect, it } from "vitest";
import {
  createReportTokens,
  formatReportLine,
  frameRunnerInput,
  REPORT_TOKEN_BYTES,
  REPORT_TOKEN_COUNT,
  ReportReader,
} from "./report-channel.js";

function line(tokens: Buffer, seq: number, message: unknown): string {
  return formatReportLine(tokens, seq, JSON.stringify(message));
}

describe("report channel", () => {
  it("frames the runner's input as the raw tokens followed by the job's JSON", () => {
    const tokens = createReportTokens();
    const framed = frameRunnerInput(tokens, { t: 1 });
    const secretBytes = REPORT_TOKEN_BYTES * REPORT_TOKEN_COUNT;
    expect(framed.subarray(0, secretBytes).equals(tokens)).toBe(true);
    expect(framed.subarray(secretBytes).toString("utf8")).toBe('{"t":1}');
  });

  it("accepts the runner's lines in order, also when they arrive split across chunks", () => {
    const tokens = createReportTokens();
    const reader = new ReportReader(tokens);
    const text = line(tokens, 0, { t: "plan", checks: [] }) + line(tokens, 1, { t: "done" });
    const first = reader.push(text.slice(0, 50));
    const second = reader.push(text.slice(50));
    expect([...first.messages, ...second.messages]).toEqual([{ t: "plan", checks: [] }, { t: "done" }]);
    expect(second.forgery).toBeUndefined();
    expect(reader.finish(false)).toBeUndefined();
  });

  it("keeps a character whose bytes arrive in two chunks", () => {
    const tokens = createReportTokens();
    const reader = new ReportReader(tokens);
    const bytes = Buffer.from(
      line(tokens, 0, { t: "plan", checks: [{ name: "ünïcödé → ✓ 🎉", timeoutMs: 1 }] }),
    );
    const split = bytes.indexOf(Buffer.from("🎉")) + 2;
    const messages = [
      ...reader.push(bytes.subarray(0, split)).messages,
      ...reader.push(bytes.subarray(split)).messages,
    ];
    expect(messages).toEqual([{ t: "plan", checks: [{ name: "ünïcödé → ✓ 🎉", timeoutMs: 1 }] }]);
    expect(reader.forgery).toBeUndefined();
  });

  it.each([
    ["a plain JSON line", (_tokens: Buffer) => '{"t":"done"}\n'],
    ["a line with a made-up token", (_tokens: Buffer) => `${"0".repeat(32)} {"t":"done"}\n`],
    [
      "a line with another process's token",
      (_tokens: Buffer) => line(createReportTokens(), 0, { t: "done" }),
    ],
    ["a genuine line replayed", (tokens: Buffer) => line(tokens, 0, { t: "load", ok: true }).repeat(2)],
    ["a genuine line out of order", (tokens: Buffer) => line(tokens, 1, { t: "done" })],
    [
      "a half line spliced onto the runner's next one",
      (_tokens: Buffer) => '{"t":"check","i":0,"passed":true,"x":"',
    ],
  ])("calls %s a forgery and believes nothing after it", (_name, forge) => {
    const tokens = createReportTokens();
    const reader = new ReportReader(tokens);
    const result = reader.push(
      forge(tokens) + line(tokens, 0, { t: "start", i: 0 }) + line(tokens, 1, { t: "done" }),
    );
    expect(result.forgery).toMatch(/was not written by the sandbox runner/);
    expect(result.messages.filter((message) => (message as { t: string }).t === "done")).toEqual([]);
    expect(reader.push(line(tokens, 2, { t: "done" })).messages).toEqual([]);
  });

  it("calls bytes left without a line end a forgery, unless the parent killed the process mid-line", () => {
    const tokens = createReportTokens();
    const ended = new ReportReader(tokens);
    ended.push('{"t":"check","i":0,"passed":true');
    expect(ended.finish(false)).toMatch(/without a line end/);
    const killed = new ReportReader(tokens);
    killed.push(line(tokens, 0, { t: "start", i: 0 }).slice(0, 30));
    expect(killed.finish(true)).toBeUndefined();
  });
});
