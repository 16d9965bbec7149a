// The failure report of a repair round: what the model is told about its failed answer — the failing
// checks with what they expected, what they got and the error, or why the answer could not be checked —
// cut to a byte budget (whole checks are dropped from the end, and the count of those left out said),
// then the request for a corrected answer.
import type { BenchTest } from "../plugin/bench-test.js";
import type { Check, Score } from "../score/score.js";

/** A failure report and whether it was cut to its budget. */
export interface RepairFeedback {
  text: string;
  truncated: boolean;
}

/** Characters of one expected/actual value or error shown at most. */
const VALUE_CHARS = 400;

function clip(text: string, max = VALUE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function show(value: unknown): string {
  if (typeof value === "string") return clip(JSON.stringify(value));
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return clip(String(value));
  }
}

function checkBlock(check: Check): string {
  const lines = [`✗ ${clip(check.name, 200)}`];
  if (check.expected !== undefined) lines.push(`  expected: ${show(check.expected)}`);
  if (check.actual !== undefined) lines.push(`  actual:   ${show(check.actual)}`);
  if (check.error) lines.push(`  error:    ${clip(check.error.replace(/\s+/g, " ").trim())}`);
  return `${lines.join("\n")}\n`;
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** The closing request: a whole corrected module for code tests, a corrected answer otherwise. */
function request(test: BenchTest): string {
  return test.scorer === "code"
    ? "Fix the code. Reply with the complete corrected module (every export, in one fenced code block), not a diff."
    : "Reply with a corrected answer that passes these checks, complete, in the same format as before.";
}

/**
 * The failure report of `score` (a failed answer of `test`), at most `budgetBytes` UTF-8 bytes when the
 * request itself fits (the request is never cut).
 */
export function buildRepairFeedback(test: BenchTest, score: Score, budgetBytes: number): RepairFeedback {
  const failing = score.checks.filter((check) => !check.passed);
  const total = score.checks.length;
  const head = score.failure
    ? `Your answer could not be checked (${score.failure.type}): ${clip(score.failure.message, 1000)}\n`
    : `Your answer failed ${failing.length} of ${total} check${total === 1 ? "" : "s"}:\n`;
  const tail = `\n${request(test)}\n`;
  let text = head;
  let truncated = bytes(head) + bytes(tail) > budgetBytes;
  if (truncated) text = `${clip(head, Math.max(80, budgetBytes - bytes(tail) - 1))}\n`;
  let shown = 0;
  for (const check of truncated ? [] : failing) {
    const block = `\n${checkBlock(check)}`;
    const left = failing.length - shown - 1;
    // Room is kept for the line saying how many checks were left out.
    const reserve = left > 0 ? bytes(`\n… ${left} more failing checks not shown\n`) : 0;
    if (bytes(text) + bytes(block) + reserve + bytes(tail) > budgetBytes) {
      truncated = true;
      break;
    }
    text += block;
    shown++;
  }
  if (shown < failing.length)
    text += `\n… ${failing.length - shown} more failing check${failing.length - shown === 1 ? "" : "s"} not shown\n`;
  return { text: text + tail, truncated };
}
