// `benchloop show <run> --item <key>`: everything recorded about one item — the prompt, the answer, the
// extracted code, every check with what it expected and found, the failure, timings, tokens,
// resources and the judge's verdict. Long texts are printed in full: this is the drill-down.
import { formatBytes, formatDuration, formatNumber, formatPercent, formatTime } from "../format/format.js";
import type { ItemResult } from "../results/item-result.js";
import { toCheckCounts } from "../summary/item-outcome.js";
import { formatRepairMark, renderRepairSection } from "./repair-text.js";
import { formatStatus } from "./status-label.js";

const PROVENANCE_WORDS: Record<NonNullable<ItemResult["provenance"]>["kind"], string> = {
  import: "imported from",
  rescore: "re-scored from",
  rerun: "copied by a rerun from",
  resume: "resumed from",
  judge: "judged from",
};

/** Texts read from the item's artifacts, by artifact name (the prompt under "prompt"). */
export type ArtifactTexts = Readonly<Record<string, string>>;

function section(title: string, body: string): string {
  return `\n${title}\n${indent(body.length > 0 ? body : "(empty)")}\n`;
}

function indent(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => `  ${l}`.trimEnd())
    .join("\n");
}

function field(label: string, value: string): string {
  return `  ${label.padEnd(11)}${value}\n`;
}

function show(value: unknown): string {
  if (value === undefined) return "–";
  return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** Renders one item in full. */
export function renderShowItem(item: ItemResult, artifacts: ArtifactTexts = {}): string {
  let out = `Item ${item.key}  ${formatStatus(item)}${formatRepairMark(item)}\n`;
  out += field("model", `${item.model}${item.modelDigest ? ` (${item.modelDigest})` : ""}`);
  out += field("harness", item.harness);
  out += field("test", `${item.test} ${item.testVersion}${item.suite ? ` (suite ${item.suite})` : ""}`);
  out += field(
    "pass type",
    `${item.passType} · repeat ${item.repeat} · attempts ${item.attempts} · cache ${item.cache}`,
  );
  out += field("time", `${formatTime(item.startedAt)} → ${formatTime(item.endedAt)}`);
  const timing = item.generation?.timing;
  out += field(
    "timings",
    [
      `wall ${formatDuration(item.metrics.wallMs)}`,
      `generation ${formatDuration(timing?.wallMs)}`,
      `ttft ${formatDuration(item.metrics.ttftMs ?? timing?.ttftMs)}`,
      `load ${formatDuration(timing?.loadMs)}`,
      `prompt eval ${formatDuration(timing?.promptEvalMs)}`,
      `eval ${formatDuration(timing?.evalMs)}`,
    ].join(" · "),
  );
  const tokens = item.generation?.tokens;
  out += field(
    "tokens",
    [
      `prompt ${tokens?.prompt ?? "–"}`,
      `completion ${tokens?.completion ?? "–"}`,
      `reasoning ${tokens?.reasoning ?? "–"}`,
      `decode ${formatNumber(item.metrics.decodeTokensPerSec)} tok/s`,
      `prefill ${formatNumber(item.metrics.prefillTokensPerSec)} tok/s`,
      `done ${item.generation?.doneReason ?? "–"}${item.generation?.truncated ? " (truncated)" : ""}`,
    ].join(" · "),
  );
  const r = item.resources;
  out += field(
    "resources",
    r
      ? `peak RSS ${formatBytes(r.peakRssBytes)} · VRAM ${formatBytes(r.peakVramBytes)} · system memory ${formatBytes(r.peakSystemMemoryUsedBytes)}`
      : "not sampled",
  );
  if (item.provenance) {
    const { kind, fromRun, itemKey } = item.provenance;
    out += field("provenance", `${PROVENANCE_WORDS[kind]} run ${fromRun}, item ${itemKey}`);
  }
  if (item.skipReason) out += field("skipped", item.skipReason);

  const prompt = artifacts.prompt;
  out += section(
    "Prompt",
    prompt ?? (item.prompt ? `(not stored in the run; sha256 ${item.prompt.hash})` : "(not recorded)"),
  );
  if (item.generation?.thinking) out += section("Thinking", item.generation.thinking);
  out += section("Answer", item.generation ? item.generation.text : "(no answer: the generation failed)");
  const code = Object.entries(artifacts).filter(([name]) => /code/i.test(name));
  if (code.length > 0) {
    for (const [name, text] of code) out += section(`Extracted code (${name})`, text);
  } else if (item.generation?.meta?.codeExtracted === true) {
    out += section("Extracted code", "(the answer above is already the extracted code)");
  }

  if (item.score) {
    const counts = toCheckCounts(item);
    const title = `Checks (${item.score.scorer} ${item.score.scorerVersion}: ${counts?.passed ?? 0} of ${counts?.total ?? 0} passed, score ${formatPercent(item.score.value)})`;
    const lines = item.score.checks.map((check) => {
      const parts = [`${check.passed ? "✓" : "✗"} ${check.name}`];
      if (check.expected !== undefined || check.actual !== undefined)
        parts.push(`expected ${show(check.expected)}`, `actual ${show(check.actual)}`);
      if (check.error) parts.push(`error ${check.error}`);
      return parts.join("   ");
    });
    if (lines.length === 0 && counts && counts.total > 0)
      lines.push("(only the counts were recorded, not the checks)");
    if (item.score.failure)
      lines.push(`! could not check the answer: ${item.score.failure.type}: ${item.score.failure.message}`);
    out += section(title, lines.join("\n"));
  }
  if (item.failure) {
    const f = item.failure;
    const extra = [
      f.status !== undefined ? `HTTP ${f.status}` : "",
      f.exitCode !== undefined ? `exit code ${f.exitCode}` : "",
    ]
      .filter(Boolean)
      .join(" · ");
    out += section(
      "Failure",
      `stage ${f.stage} · type ${f.type} · ${f.retryable ? "retryable" : "not retryable"}${extra ? ` · ${extra}` : ""}\n${f.message}`,
    );
  }
  out += renderRepairSection(item);
  if (item.judge) {
    const j = item.judge;
    const raw = item.generation?.meta?.frontierEvalScore;
    const head =
      j.status === "ok"
        ? `${j.judge}: score ${formatNumber(j.score, 2)} of 1${typeof raw === "number" ? ` (raw ${raw} of 10)` : ""} · latency ${formatDuration(j.latencyMs)}`
        : `${j.judge}: ! judge error: ${j.error ?? "no message"}`;
    const criteria = j.criteria.map((c) => `${c.name} (weight ${c.weight}): ${formatNumber(c.score, 2)}`);
    out += section("Judge", [head, ...criteria, ...(j.reasoning ? ["", j.reasoning] : [])].join("\n"));
  }
  return out;
}
