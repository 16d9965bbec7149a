// The report channel's parent side: what it accepts and what it calls a forgery. The runner side is
// exercised end to end by the spec-runner and attack-corpus tests.
import { describe, expect, it } from "vitest";
import {
  createReportKey,
  frameRunnerInput,
  REPORT_KEY_BYTES,
  ReportReader,
  reportLineMac,
} from "./report-channel.js";

function line(key: Buffer, seq: number, message: unknown): string {
  const json = JSON.stringify(message);
  return `${reportLineMac(key, seq, json)} ${json}\n`;
}

describe("report channel", () => {
  it("frames the runner's input as the raw key followed by the job's JSON", () => {
    const key = createReportKey();
    const framed = frameRunnerInput(key, { t: 1 });
    expect(framed.subarray(0, REPORT_KEY_BYTES).equals(key)).toBe(true);
    expect(framed.subarray(REPORT_KEY_BYTES).toString("utf8")).toBe('{"t":1}');
  });

  it("accepts the runner's lines in order, also when they arrive split across chunks", () => {
    const key = createReportKey();
    const reader = new ReportReader(key);
    const text = line(key, 0, { t: "plan", checks: [] }) + line(key, 1, { t: "done" });
    const first = reader.push(text.slice(0, 50));
    const second = reader.push(text.slice(50));
    expect([...first.messages, ...second.messages]).toEqual([{ t: "plan", checks: [] }, { t: "done" }]);
    expect(second.forgery).toBeUndefined();
    expect(reader.finish(false)).toBeUndefined();
  });

  it("keeps a character whose bytes arrive in two chunks", () => {
    const key = createReportKey();
    const reader = new ReportReader(key);
    const bytes = Buffer.from(
      line(key, 0, { t: "plan", checks: [{ name: "ünïcödé → ✓ 🎉", timeoutMs: 1 }] }),
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
    ["a plain JSON line", (_key: Buffer) => '{"t":"done"}\n'],
    ["a line with a made-up MAC", (_key: Buffer) => `${"0".repeat(64)} {"t":"done"}\n`],
    ["a line under another key", (_key: Buffer) => line(createReportKey(), 0, { t: "done" })],
    ["a genuine line replayed", (key: Buffer) => line(key, 0, { t: "load", ok: true }).repeat(2)],
    ["a genuine line out of order", (key: Buffer) => line(key, 1, { t: "done" })],
    [
      "a genuine line with its content changed",
      (key: Buffer) => line(key, 0, { t: "check", i: 0, passed: false }).replace("false", "true"),
    ],
  ])("calls %s a forgery and believes nothing after it", (_name, forge) => {
    const key = createReportKey();
    const reader = new ReportReader(key);
    const result = reader.push(forge(key) + line(key, 1, { t: "done" }));
    expect(result.forgery).toMatch(/was not written by the sandbox runner/);
    expect(result.messages.filter((message) => (message as { t: string }).t === "done")).toEqual([]);
    expect(reader.push(line(key, 2, { t: "done" })).messages).toEqual([]);
  });

  it("calls bytes left without a line end a forgery, unless the parent killed the process mid-line", () => {
    const key = createReportKey();
    const ended = new ReportReader(key);
    ended.push('{"t":"check","i":0,"passed":true');
    expect(ended.finish(false)).toMatch(/without a line end/);
    const killed = new ReportReader(key);
    killed.push(line(key, 0, { t: "start", i: 0 }).slice(0, 30));
    expect(killed.finish(true)).toBeUndefined();
  });
});
