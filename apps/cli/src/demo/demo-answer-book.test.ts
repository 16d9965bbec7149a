// The demo's answer book, proven with the real scorers: every sim/oracle answer passes and every
// sim/sloppy answer fails, for the coding catalog, the role packs and the legacy cases of a temp project
// (TypeScript and Python); end to end, a run of the CLI against ollama-sim shows the same per suite.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ItemResult } from "@benchloop/core";
import { type AnswerBookEntry, startSim } from "@benchloop/ollama-sim";
import { createSandboxPool } from "@benchloop/sandbox";
import { buildLegacyCases, LegacyCaseDataSchema, scoreLegacyAnswer } from "@benchloop/source-legacy";
import { loadCatalog } from "@benchloop/tests-coding";
import { loadPackReferences, scoreRubricChecks } from "@benchloop/tests-prompt-pack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoAnswerBook } from "../builtins.js";
import { runCli } from "../run-cli.js";

const LEGACY_ROOT = "old-project";

/** A small old project: TypeScript modules that import each other and Python scripts. */
const PROJECT_FILES: Record<string, string> = {
  "src/money.ts": `// Money helpers: every amount is an integer number of cents.
export type Cents = number;

export function roundCents(value: number): Cents {
  return Math.round(value);
}

export function formatCents(amount: Cents, currency = "EUR"): string {
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(amount / 100);
}
`,
  "src/pricing.ts": `// Prices a cart: VAT, volume discounts and shipping.
import { type Cents, roundCents } from "./money.js";

export const VAT_RATE = 0.2;
const FREE_SHIPPING_FROM: Cents = 5_000;

export interface PriceBreakdown {
  netCents: Cents;
  vatCents: Cents;
  shippingCents: Cents;
}

export function volumeDiscount(quantity: number): number {
  if (quantity >= 100) return 0.1;
  if (quantity >= 20) return 0.05;
  return 0;
}

export default function priceOrder(unitCents: Cents, quantity: number): PriceBreakdown {
  const netCents = roundCents(unitCents * quantity * (1 - volumeDiscount(quantity)));
  const shippingCents = netCents >= FREE_SHIPPING_FROM ? 0 : 495;
  return { netCents, vatCents: roundCents(netCents * VAT_RATE), shippingCents };
}
`,
  "src/cart-store.ts": `// Keeps carts in memory, keyed by a random id.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import priceOrder, { type PriceBreakdown } from "./pricing.js";

export interface CartLine {
  sku: string;
  unitCents: number;
  quantity: number;
}

export class CartStore extends EventEmitter {
  readonly #carts = new Map<string, CartLine[]>();

  openCart(): string {
    const cartId = randomUUID();
    this.#carts.set(cartId, []);
    this.emit("opened", cartId);
    return cartId;
  }

  addLine(cartId: string, line: CartLine): void {
    const lines = this.#carts.get(cartId);
    if (!lines) throw new Error(\`no cart \${cartId}\`);
    lines.push(line);
  }

  quoteCart(cartId: string): PriceBreakdown[] {
    return (this.#carts.get(cartId) ?? []).map((line) => priceOrder(line.unitCents, line.quantity));
  }
}
`,
  "jobs/inventory_sync.py": `"""Syncs warehouse stock counts into the shop database."""
import csv
import json
import os.path
from datetime import datetime, timezone

WAREHOUSE_EXPORT = os.path.join("exports", "stock.csv")


class StockRecord:
    def __init__(self, sku, quantity):
        self.sku = sku
        self.quantity = int(quantity)


def read_stock_export(export_path=WAREHOUSE_EXPORT):
    with open(export_path, newline="") as handle:
        return [StockRecord(row["sku"], row["quantity"]) for row in csv.DictReader(handle)]


def stock_snapshot(records):
    taken_at = datetime.now(timezone.utc).isoformat()
    return json.dumps({"taken_at": taken_at, "stock": {r.sku: r.quantity for r in records}})


def _warn_negative(records):
    return [r.sku for r in records if r.quantity < 0]
`,
  "jobs/sales_report.py": `"""Prints last month's sales per category."""
import sqlite3
import sys
from collections import defaultdict

REPORT_QUERY = "SELECT category, total_cents FROM sales WHERE month = ?"


def load_sales(database_file, month):
    connection = sqlite3.connect(database_file)
    try:
        return connection.execute(REPORT_QUERY, (month,)).fetchall()
    finally:
        connection.close()


def totals_by_category(rows):
    totals = defaultdict(int)
    for category, total_cents in rows:
        totals[category] += total_cents
    return dict(totals)


if __name__ == "__main__":
    print(totals_by_category(load_sales(sys.argv[1], sys.argv[2])))
`,
};

let cwd: string;
let book: AnswerBookEntry[];
let byPrompt: Map<string, AnswerBookEntry>;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-demo-book-"));
  for (const [file, text] of Object.entries(PROJECT_FILES)) {
    const target = path.join(cwd, LEGACY_ROOT, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  book = await loadDemoAnswerBook(cwd, { legacyRoots: [LEGACY_ROOT] });
  byPrompt = new Map(book.map((entry) => [entry.prompt, entry]));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function entryFor(prompt: string): AnswerBookEntry {
  const entry = byPrompt.get(prompt);
  if (!entry)
    throw new Error(`the answer book has no entry for the prompt starting "${prompt.slice(0, 60)}"`);
  return entry;
}

describe("loadDemoAnswerBook", () => {
  it("answers every prompt of the coding catalog, with a mutant for sim/sloppy", async () => {
    for (const test of await loadCatalog()) {
      for (const prompt of [test.prompts.blind, test.prompts.informed]) {
        const entry = entryFor(prompt);
        expect(entry.answer).toContain(test.reference.trimEnd());
        expect(entry.flawedAnswer, test.id).toBeDefined();
        expect(entry.thinking).toContain(test.title);
      }
    }
  });

  it("role packs: every oracle answer passes every check and every sloppy answer fails a weighted check", async () => {
    const references = await loadPackReferences();
    expect(new Set(references.map((r) => r.testId)).size).toBeGreaterThanOrEqual(90);
    const pool = createSandboxPool({ size: 1 });
    try {
      // One pass type is enough here: both carry the same answers, and the sandbox is slow.
      for (const reference of references.filter((r) => r.passType === "informed")) {
        const entry = entryFor(reference.prompt);
        const where = `${reference.testId} ${reference.passType}`;
        const runtime = { sandbox: () => pool };
        expect((await scoreRubricChecks(reference.checks, entry.answer, runtime)).passed, where).toBe(true);
        const flawed = await scoreRubricChecks(reference.checks, entry.flawedAnswer ?? "", runtime);
        expect(flawed.passed, where).toBe(false);
        expect(
          flawed.checks.some((c) => !c.passed && (c.weight ?? 1) > 0),
          where,
        ).toBe(true);
        expect(entry.thinking).toContain(reference.title);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("legacy roots: every case of every kind and language passes with the oracle answer and fails with the flawed one", async () => {
    const { tests } = await buildLegacyCases({ config: { roots: [LEGACY_ROOT] }, cwd });
    const kinds = new Set(tests.flatMap((t) => t.tags.filter((tag) => tag.startsWith("kind:"))));
    const languages = new Set(tests.flatMap((t) => t.tags.filter((tag) => tag.startsWith("language:"))));
    expect([...kinds].sort()).toEqual(["kind:predict", "kind:purpose"]);
    expect([...languages]).toContain("language:typescript");
    for (const test of tests) {
      const data = LegacyCaseDataSchema.parse(test.data);
      for (const passType of ["blind", "informed"] as const) {
        const entry = entryFor(test.prompts[passType]);
        const where = `${test.id} ${passType}`;
        const oracle = scoreLegacyAnswer(data, passType, entry.answer);
        expect(
          oracle.checks.filter((c) => !c.passed).map((c) => c.name),
          where,
        ).toEqual([]);
        expect(oracle.value, where).toBe(1);
        expect(scoreLegacyAnswer(data, passType, entry.flawedAnswer ?? "").passed, where).toBe(false);
        expect(entry.thinking).toContain(test.title);
      }
    }
  });

  it("has no legacy entries without legacy roots", async () => {
    const withoutRoots = await loadDemoAnswerBook(cwd);
    expect(withoutRoots.length).toBeLessThan(book.length);
    expect(withoutRoots.some((e) => e.prompt.includes("from one of my old projects"))).toBe(false);
  });

  it("refuses a legacy root that does not exist, naming it", async () => {
    const error = await loadDemoAnswerBook(cwd, { legacyRoots: ["no-such-project"] }).catch(
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe("CONFIG_INVALID");
    expect(String((error as Error).message)).toContain("no-such-project");
  });
});

describe("a demo run with this answer book", () => {
  it("sim/oracle passes every item of the coding, role and legacy suites; sim/sloppy fails every one", {
    timeout: 240_000,
  }, async () => {
    const sim = await startSim({ latencyScale: 0, answers: book });
    let out = "";
    let err = "";
    const io = {
      out: (t: string) => {
        out += t;
      },
      err: (t: string) => {
        err += t;
      },
      isTty: false,
      columns: 120,
    };
    try {
      const code = await runCli(
        [
          "run",
          "--ollama-url",
          sim.url,
          "--harnesses",
          "ollama",
          "--models",
          "sim/oracle:latest,sim/sloppy:latest",
          "--suite",
          "coding,low_latency,balanced,high_reasoning,legacy",
          "--legacy-roots",
          LEGACY_ROOT,
          "--no-cache",
          "--no-resources",
          "--quiet",
        ],
        io,
        cwd,
      );
      expect(code, `${out}\n${err}`).toBe(0);
    } finally {
      await sim.close();
    }

    const [runId] = await readdir(path.join(cwd, "results"));
    const items = (await readFile(path.join(cwd, "results", runId!, "items.jsonl"), "utf8"))
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as ItemResult);
    const statuses = (model: string, suite: string) =>
      items
        .filter((i) => i.model === model && i.suite === suite)
        .map((i) => `${i.test} ${i.passType} ${i.status}`);

    for (const suite of ["coding", "low_latency", "balanced", "high_reasoning", "legacy"]) {
      const oracle = statuses("sim/oracle:latest", suite);
      const sloppy = statuses("sim/sloppy:latest", suite);
      expect(oracle.length, suite).toBeGreaterThanOrEqual(suite === "legacy" ? 4 : 10);
      expect(sloppy.length, suite).toBe(oracle.length);
      expect(
        oracle.filter((s) => !s.endsWith(" passed")),
        suite,
      ).toEqual([]);
      expect(
        sloppy.filter((s) => !s.endsWith(" failed")),
        suite,
      ).toEqual([]);
    }
  });
});
