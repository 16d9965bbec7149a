// Answers that keyword checks used to get wrong: plausible bad answers that scored 1.0 must fail, and
// correct answers written differently from the reference must pass.
import { readFileSync } from "node:fs";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import { BUILTIN_PACK_ID, BUILTIN_PACKS } from "./prompt-pack-source.js";
import { scoreRubricChecks } from "./score-rubric.js";

const checksById = new Map(
  BUILTIN_PACKS.flatMap((builtin) =>
    parsePromptPack(readFileSync(builtin.url, "utf8"), builtin.name, { packId: BUILTIN_PACK_ID }).tests.map(
      (t) => [t.id.slice("live/".length), (t.data as PromptPackTestData).checks] as const,
    ),
  ),
);

let pool: SandboxPool | undefined;
afterAll(async () => {
  await pool?.close();
});

async function score(lineId: string, answer: string) {
  const checks = checksById.get(lineId);
  if (!checks) throw new Error(`no shipped line ${lineId}`);
  return scoreRubricChecks(checks, answer, {
    sandbox: () => {
      pool ??= createSandboxPool({ size: 1 });
      return pool;
    },
  });
}

const BAD: [string, string, string][] = [
  [
    "a find that deletes the logs",
    "shell-find-large-logs",
    "find /var/log -type f -name '*.log' -size +100M -delete",
  ],
  ["a find with an unquoted glob and no +", "shell-find-large-logs", "find /var/log -name *.log -size 100M"],
  [
    "a rename plan whose step 1 drops the column",
    "zero-downtime-rename",
    "1. Drop column email_address: ALTER TABLE users DROP COLUMN email_address.\n2. Add the new column email.\n3. Deploy code that writes both columns (dual write).\n4. Backfill email in batches of 10,000.\n5. Switch reads to email.",
  ],
  ["keywords instead of a guard", "ts-inside-root", "path path allowed root"],
  [
    "a constant duration parser",
    "ts-parse-duration",
    "```python\ndef parse_duration(text):\n    return 3600\n```",
  ],
  [
    "a constant duration parser in TypeScript",
    "ts-parse-duration",
    "```ts\nexport function parseDuration(text: string): number {\n  return 3600;\n}\n```",
  ],
  [
    "SQL ordered the wrong way",
    "sql-top-customers",
    "SELECT c.name, SUM(o.total_cents) AS spend FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= '2024-01-01' AND o.created_at < '2025-01-01' GROUP BY c.id ORDER BY spend ASC LIMIT 5;",
  ],
  [
    "a slugify without /g",
    "ts-slugify",
    '```ts\nexport function slugify(title: string): string {\n  return title.toLowerCase().replace(/[^a-z0-9]+/, "-").replace(/^-+|-+$/g, "");\n}\n```',
  ],
  ["a hard reset", "git-undo-last-commit", "git reset --hard HEAD~1"],
  ["an unanchored date regex", "regex-iso-date", "/\\d{4}-\\d{2}-\\d{2}/"],
  [
    "a p95 that sorts as strings",
    "ts-p95",
    "```ts\nexport function p95(xs: number[]) {\n  xs.sort();\n  return xs[Math.floor(xs.length * 0.95)] ?? null;\n}\n```",
  ],
  [
    "a keyword-rich trade-off without the decision",
    "tooling-routing-policy",
    "Policy 2 is better for latency and vram.",
  ],
  [
    "a risk register that says go",
    "release-risk-register",
    '{"risks":[{"risk":"slow on 16 GB","likelihood":"high","impact":"high","mitigation":"wait and see"},{"risk":"Friday rollout","likelihood":"medium","impact":"medium","mitigation":"be careful"},{"risk":"benchmarks may mislead","likelihood":"low","impact":"low","mitigation":"watch feedback"},{"risk":"no rollback plan","likelihood":"low","impact":"high","mitigation":"document later"}],"go_no_go":"go","rationale":"The new model scored higher on the benchmark, so everyone should switch now."}',
  ],
];

const GOOD: [string, string, string][] = [
  [
    "h * 60 * 60 instead of the literal 3600",
    "ts-parse-duration",
    '```ts\nexport function parseDuration(text: string): number {\n  const m = /^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$/.exec(text);\n  if (text === "" || m === null) throw new Error("bad duration");\n  const h = Number(m[1] ?? 0);\n  const min = Number(m[2] ?? 0);\n  const s = Number(m[3] ?? 0);\n  return h * 60 * 60 + min * 60 + s;\n}\n```',
  ],
  ["@~1 for HEAD~1", "git-undo-last-commit", "git reset --soft @~1"],
  ["HEAD^ for HEAD~1", "git-undo-last-commit", "git reset --soft HEAD^"],
  [
    "find arguments in another order",
    "shell-find-large-logs",
    'find /var/log/ -size +102400k -type f -name "*.log"',
  ],
  [
    "a date regex written with classes",
    "regex-iso-date",
    "/^[0-9]{4}-(?:0[1-9]|1[012])-(?:0[1-9]|[12][0-9]|3[01])$/",
  ],
  [
    "SQL with strftime and positional ORDER BY",
    "sql-top-customers",
    "select name, sum(total_cents) from orders join customers on customers.id = orders.customer_id where strftime('%Y', created_at) = '2024' group by customer_id order by 2 desc limit 5",
  ],
  [
    "slugify with split and join",
    "ts-slugify",
    '```ts\nexport const slugify = (t: string): string => t.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join("-");\n```',
  ],
];

describe("bad answers that keyword checks passed", () => {
  it.each(BAD)("fails %s", async (_what, lineId, answer) => {
    expect((await score(lineId, answer)).passed).toBe(false);
  });
});

describe("correct answers written differently", () => {
  it.each(GOOD)("passes %s", async (_what, lineId, answer) => {
    const result = await score(lineId, answer);
    expect(result.checks.filter((c) => !c.passed)).toEqual([]);
    expect(result.passed).toBe(true);
  });
});
