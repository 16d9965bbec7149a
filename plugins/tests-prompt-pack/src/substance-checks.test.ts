// Substance checks decide by behaviour: a regex against accept/reject tables, a shell command by the
// words the shell would run, a plan by the order of its steps, SQL by the rows SQLite returns, code by
// its spec in the sandbox.
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import type { RubricCheckInput } from "./rubric-check.js";
import { scoreRubric, scoreRubricChecks } from "./score-rubric.js";
import { parseShellWords } from "./shell-words.js";

const ISO_DATE: RubricCheckInput = {
  kind: "regex-table",
  accept: ["2024-03-09", "1999-12-31"],
  reject: ["2024-13-01", "2024-3-9", "x2024-03-09", "2024-03-09x", "2024-00-10"],
};
const FIND_LOGS: RubricCheckInput = {
  kind: "command",
  program: "find",
  require: [
    { anyOf: [["/var/log"], ["/var/log/"]], at: 1 },
    ["-type", "f"],
    {
      anyOf: [
        ["-name", "*.log"],
        ["-iname", "*.log"],
      ],
    },
    {
      anyOf: [
        ["-size", "+100M"],
        ["-size", "+102400k"],
      ],
    },
  ],
  forbid: ["-delete", "-exec", "-execdir", "-ok"],
  allow: ["-print"],
};
const RENAME_ORDER: RubricCheckInput = {
  kind: "order",
  steps: [
    { name: "add the new column", pattern: "add\\s+(the\\s+)?(new\\s+)?column|add column" },
    { name: "backfill", pattern: "backfill" },
    {
      name: "switch reads",
      pattern: "read(s|ing)?\\s+(from\\s+)?(the\\s+)?(new\\s+)?`?email`?\\b(?!_)|switch.*read",
    },
    { name: "drop the old column", pattern: "drop" },
  ],
};

function passed(checks: RubricCheckInput[], answer: string): boolean {
  return scoreRubric(checks, answer).passed;
}

describe("regex-table", () => {
  it("passes an anchored date regex however it is written, fails one missing anchors or ranges", () => {
    expect(passed([ISO_DATE], "/^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$/")).toBe(true);
    expect(passed([ISO_DATE], "`/^[0-9]{4}-(?:0[1-9]|1[012])-(?:0[1-9]|[12][0-9]|3[01])$/`")).toBe(true);
    expect(passed([ISO_DATE], "/\\d{4}-\\d{2}-\\d{2}/")).toBe(false);
    expect(passed([ISO_DATE], "Use a regex that checks the year, month and day.")).toBe(false);
  });

  it("records which strings the regex got wrong", () => {
    const score = scoreRubric([ISO_DATE], "/^\\d{4}-\\d{2}-\\d{2}$/");
    expect(score.checks[1]).toMatchObject({
      passed: false,
      actual: { matched: ["2024-13-01", "2024-00-10"] },
    });
  });
});

describe("command", () => {
  it("passes the find command in any argument order and with either size unit", () => {
    expect(passed([FIND_LOGS], "find /var/log -type f -name '*.log' -size +100M")).toBe(true);
    expect(passed([FIND_LOGS], 'find /var/log/ -size +102400k -name "*.log" -type f -print')).toBe(true);
    expect(passed([FIND_LOGS], "```bash\nsudo find /var/log -iname \\*.log -type f -size +100M\n```")).toBe(
      true,
    );
  });

  it("fails deletion, an unquoted glob, a pipe, a missing size and an unexplained -o", () => {
    const score = (a: string) => scoreRubric([FIND_LOGS], a).checks[0]?.error;
    expect(score("find /var/log -type f -name '*.log' -size +100M -delete")).toContain("forbidden `-delete`");
    expect(score("find /var/log -type f -name *.log -size +100M")).toContain("unquoted glob");
    expect(score("find /var/log -type f -name '*.log' -size +100M | xargs rm")).toContain("`|`");
    expect(score("find /var/log -type f -name '*.log'")).toContain("missing `-size +100M | -size +102400k`");
    expect(score("find /var/log -type f -name '*.log' -o -size +100M")).toContain("`-o`");
    expect(score("find / -type f -name '*.log' -size +100M /var/log")).toContain("missing");
  });

  it("splits words as the shell does", () => {
    expect(parseShellWords(`git commit -m "a b" 'c'\\ d`)).toEqual({
      ok: true,
      words: [
        { text: "git", unquotedGlob: false },
        { text: "commit", unquotedGlob: false },
        { text: "-m", unquotedGlob: false },
        { text: "a b", unquotedGlob: false },
        { text: "c d", unquotedGlob: false },
      ],
    });
    expect(parseShellWords("echo $(rm -rf ~)")).toMatchObject({ ok: false });
  });
});

describe("order", () => {
  const good = [
    "1. Add the new column email (nullable).",
    "2. Deploy code that writes both columns.",
    "3. Backfill email from email_address in batches.",
    "4. Switch reads to email.",
    "5. Drop email_address once no code reads it.",
  ].join("\n");

  it("passes a plan whose old column is dropped only after the backfill and the switch of reads", () => {
    expect(passed([RENAME_ORDER], good)).toBe(true);
  });

  it("fails a plan that drops the column first, and says which steps are out of order", () => {
    const dropFirst = "1. Drop email_address and add column email.\n2. Backfill.\n3. Switch reads to email.";
    const score = scoreRubric([RENAME_ORDER], dropFirst);
    expect(score.passed).toBe(false);
    expect(score.checks[0]?.error).toBe(
      '"drop the old column" (line 1) comes before or with "switch reads" (line 3)',
    );
  });
});

describe("executed checks", () => {
  let pool: SandboxPool | undefined;
  const runtime = {
    sandbox: () => {
      pool ??= createSandboxPool({ size: 1 });
      return pool;
    },
  };
  afterAll(async () => {
    await pool?.close();
  });

  const sql: RubricCheckInput = {
    kind: "sql",
    setup:
      "CREATE TABLE t(name TEXT, n INTEGER); INSERT INTO t VALUES ('a', 3), ('b', 9), ('c', 5), ('d', 1);",
    rows: [
      ["b", 9],
      ["c", 5],
    ],
  };

  it("sql: runs the query in SQLite and compares rows in order", async () => {
    const good = await scoreRubricChecks(
      [sql],
      "```sql\nSELECT name, n FROM t ORDER BY n DESC LIMIT 2;\n```",
      runtime,
    );
    expect(good.passed).toBe(true);
    const wrongOrder = await scoreRubricChecks([sql], "SELECT name, n FROM t ORDER BY n LIMIT 2", runtime);
    expect(wrongOrder.passed).toBe(false);
    const broken = await scoreRubricChecks([sql], "SELEC name FROM t", runtime);
    expect(broken.checks[0]?.error).toContain("SQLite refused the query");
  });

  it("scoreRubric refuses checks that execute the answer", () => {
    expect(() => scoreRubric([sql], "SELECT 1")).toThrow(/is a sql check, which runs the answer/);
  });

  it("program: runs the spec in the sandbox, one recorded check per case", async () => {
    const program: RubricCheckInput = {
      kind: "program",
      exports: ["double"],
      spec: 'import { double } from "./solution";\ndescribe("double", () => {\n  it("doubles 2", () => { expect(double(2)).toBe(4); });\n  it("doubles -3", () => { expect(double(-3)).toBe(-6); });\n});\n',
    };
    const good = await scoreRubricChecks(
      [program],
      "```ts\nexport const double = (n: number) => n * 2;\n```",
      runtime,
    );
    expect(good.checks.map((c) => c.passed)).toEqual([true, true]);
    const constant = await scoreRubricChecks(
      [program],
      "```ts\nexport const double = (n: number) => 4;\n```",
      runtime,
    );
    expect(constant.passed).toBe(false);
    expect(constant.value).toBe(0.5);
    const prose = await scoreRubricChecks([program], "Multiply the number by two.", runtime);
    expect(prose.passed).toBe(false);
  });
});
