// Predict cases: a seeded call of an exported function of a self-contained module, run in the sandbox
// to know the truth; the answer is the returned value as JSON.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildLegacyCases } from "./build-cases.js";
import { LegacyCaseDataSchema } from "./case-data.js";
import { scoreLegacyAnswer } from "./score-legacy.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const FILES: Record<string, string> = {
  "src/math.ts":
    "export function clampSum(values: number[], limit: number): number {\n  let total = 0;\n  for (const v of values) total = Math.min(limit, total + Math.abs(v) * 2);\n  return total;\n}\n",
  "src/words.ts":
    'export const shout = (text: string): string => text.toUpperCase().split("").reverse().join("") + "!";\n',
  "src/clock.ts": "export function stamp(label: string): string {\n  return label + String(Date.now());\n}\n",
  "src/uses.ts":
    'import { shout } from "./words";\nexport function twice(text: string): string {\n  return shout(text) + shout(text);\n}\n',
};

describe("predict cases", () => {
  it("are built for self-contained pure functions with the value the sandbox computed, and scored by value", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "benchloop-predict-"));
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, "proj", file)), { recursive: true });
      await writeFile(path.join(dir, "proj", file), text);
    }
    const { tests } = await buildLegacyCases({ config: { roots: ["proj"], kinds: ["predict"] }, cwd: dir });
    const byPath = new Map(
      tests.map((t) => {
        const data = LegacyCaseDataSchema.parse(t.data);
        return [data.case.path, { test: t, data }] as const;
      }),
    );
    // The clock reads Date.now and uses imports another module: no case.
    expect([...byPath.keys()].sort()).toEqual(["src/math.ts", "src/words.ts"]);
    for (const { test, data } of byPath.values()) {
      if (data.kind !== "predict") throw new Error("not a predict case");
      expect(test.suite).toBe("legacy");
      expect(test.prompts.informed).toContain(`\`${data.call}\``);
      // Recompute the truth here from the same call.
      const [name, argsText] = [
        data.call.slice(0, data.call.indexOf("(")),
        data.call.slice(data.call.indexOf("(") + 1, -1),
      ];
      const args = JSON.parse(`[${argsText}]`) as unknown[];
      const expected =
        name === "clampSum"
          ? (args[0] as number[]).reduce(
              (t: number, v: number) => Math.min(args[1] as number, t + Math.abs(v) * 2),
              0,
            )
          : `${(args[0] as string).toUpperCase().split("").reverse().join("")}!`;
      expect(JSON.parse(data.answer)).toEqual(expected);
      expect(scoreLegacyAnswer(data, "informed", JSON.stringify(expected)).passed).toBe(true);
      expect(scoreLegacyAnswer(data, "blind", `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\``).passed).toBe(
        true,
      );
      expect(scoreLegacyAnswer(data, "informed", `${JSON.stringify(expected)}1`).passed).toBe(false);
      expect(scoreLegacyAnswer(data, "informed", "It returns the total.").passed).toBe(false);
    }
  }, 60_000);
});
