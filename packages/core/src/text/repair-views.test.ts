import { describe, expect, it } from "vitest";
import { buildRepairRun } from "../testing/repair-run.js";
import { renderShowHeader } from "./show-header.js";
import { renderShowItem } from "./show-item.js";
import { renderShowMatrix } from "./show-matrix.js";
import { renderRunSummary } from "./summary-table.js";

const repairRun = buildRepairRun({
  runId: "20260301T000000Z-repair",
  models: [
    { model: "fixer", outcomes: "111111222x" },
    { model: "stubborn", outcomes: "11xu" },
  ],
});
const plainRun = buildRepairRun({
  runId: "20260301T000000Z-plain",
  models: [{ model: "m", outcomes: "11ff" }],
});

function row(text: string, name: string): string {
  return text.split("\n").find((line) => line.startsWith(name))!;
}

describe("the end-of-run summary of a repair run", () => {
  const text = renderRunSummary(repairRun, "/tmp/results/r");

  it("adds pass@2 with its interval and the cost of repair after pass@1", () => {
    const header = row(text, "model");
    expect(header.indexOf("pass@1 [95% CI]")).toBeLessThan(header.indexOf("pass@2 [95% CI]"));
    expect(header).toContain("repair");
    const fixer = row(text, "fixer");
    expect(fixer).toContain("60% [31%–83%]");
    expect(fixer).toContain("90% [60%–98%]");
    expect(fixer).toContain("3 of 4 repaired · +2000 tok · +8.0s");
    expect(row(text, "stubborn")).toContain("0 of 1 repaired · +500 tok · +2.0s");
    const perfect = buildRepairRun({
      runId: "x",
      models: [
        { model: "perfect", outcomes: "11" },
        { model: "fixer", outcomes: "2" },
      ],
    });
    expect(row(renderRunSummary(perfect, "/tmp/x"), "perfect")).toContain("no repair round");
  });

  it("gives the totals' pass@2 and the whole run's repair cost", () => {
    expect(text).toMatch(/pass@1 57% \[33%–79%\]; pass@2 79% \[52%–92%\]/);
    expect(text).toContain("repair: 3 of 5 repaired · +2500 tok · +10.0s");
  });

  it("prints a run without repair as before: no pass@2 column, no repair line", () => {
    const plain = renderRunSummary(plainRun, "/tmp/results/p");
    expect(plain).not.toContain("pass@2");
    expect(plain).not.toContain("repair");
    expect(row(plain, "model").split(/\s{2,}/)).toEqual([
      "model",
      "items",
      "pass@1 [95% CI]",
      "checks",
      "errors",
      "median wall",
      "tok/s",
    ]);
  });
});

describe("show with repair", () => {
  it("shows pass@2 and the cost of repair in the header, only for a repair run", () => {
    const header = renderShowHeader(repairRun, undefined);
    expect(header).toMatch(/pass@2 {5}78\.6% \[52\.4–92\.4\] \(95% Wilson/);
    expect(header).toContain("repair     3 of 5 repaired · +2500 tok · +10.0 s");
    expect(renderShowHeader(plainRun, undefined)).not.toContain("pass@2");
  });

  it("marks each item with what its repair did in the matrix", () => {
    const matrix = renderShowMatrix(repairRun.items, { maxWidth: 40 });
    const lines = matrix.split("\n");
    expect(lines.find((l) => l.includes("t07"))).toContain("✗ FAIL 1/2 → ✓ @2");
    expect(lines.find((l) => l.includes("t10"))).toContain("✗ FAIL 1/2 → ✗ @2");
    expect(lines.find((l) => l.includes("t01") && l.includes("fixer"))).toMatch(/✓ PASS 2\/2\s*$/);
    expect(matrix).toContain("→ repair unsupported");
  });

  it("lists an item's repair rounds in full", () => {
    const repaired = repairRun.items.find((i) => i.key === "fixer|ollama|t07|informed#1")!;
    const text = renderShowItem(repaired);
    expect(text.split("\n")[0]).toBe("Item fixer|ollama|t07|informed#1  ✗ FAIL → ✓ @2");
    expect(text).toContain("Repair (passed at attempt 2)");
    expect(text).toContain(
      "attempt 2: passed · checks 2 of 2 (score 100.0%) · tokens 300 prompt + 200 completion · wall 2.0 s · cache off",
    );
    const unsupported = repairRun.items.find((i) => i.key === "stubborn|ollama|t04|informed#1")!;
    expect(renderShowItem(unsupported)).toContain("no repair round: the harness cannot hold a conversation");
    expect(renderShowItem(plainRun.items[0]!)).not.toContain("Repair");
  });
});
