// A small TypeScript/JavaScript project whose function `total` of cart.ts shares its name with a
// method of another class and with a local function of a JavaScript file: a grep for `total(` answers
// "who calls it" wrongly, the compiler does not.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Files of the project, path → text. */
export const CROSS_FILE_PROJECT: Record<string, string> = {
  "src/cart.ts": `/** Totals of a shopping cart. */
export interface Line {
  price: number;
  qty: number;
}

export function total(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.price * line.qty, 0);
}

export function isEmpty(lines: Line[]): boolean {
  return lines.length === 0;
}

export function discounted(price: number, code: string): number {
  if (code !== "" && price > 100) return price - 10;
  return price;
}

export function shippingFee(weight: number, express: boolean): number {
  if (!express && weight <= 2) return 0;
  if (weight > 20 || express) return weight * 2 + 5;
  return weight + 3;
}

export function priceBand(price: number): string {
  if (price < 10) return "low";
  if (price < 50) return "mid";
  if (price >= 500) return "luxury";
  return "high";
}

export function validQty(qty: number): boolean {
  return qty > 0;
}

export function cheapest(lines: Line[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.price < best) best = line.price;
  }
  return best;
}
`,
  "src/invoice.ts": `import { type Line, total } from "./cart.js";

export function renderInvoice(lines: Line[]): string {
  return \`Total: \${total(lines)}\`;
}

export function invoiceDue(lines: Line[], paid: number): number {
  return total(lines) - paid;
}
`,
  "src/stats.ts": `/** Running statistics of numbers. */
export class Stats {
  private values: number[] = [];

  add(value: number): void {
    if (!Number.isFinite(value)) return;
    this.values = [...this.values, value];
  }

  total(): number {
    let sum = 0;
    for (const value of this.values) sum += value;
    return sum;
  }

  mean(): number {
    return this.values.length === 0 ? 0 : this.total() / this.values.length;
  }

  largest(): number {
    let best = Number.NEGATIVE_INFINITY;
    for (const value of this.values) if (value > best) best = value;
    return best;
  }

  countBetween(low: number, high: number): number {
    return this.values.filter((value) => value >= low && value < high).length;
  }

  isStable(limit: number): boolean {
    return this.largest() - this.mean() <= limit || this.values.length < 2;
  }

  percent(part: number): number {
    return this.total() === 0 ? 0 : (part * 100) / this.total();
  }

  grade(value: number): string {
    if (value > this.mean() + 10) return "high";
    if (value < this.mean() - 10) return "low";
    if (value === this.mean()) return "exact";
    return "near";
  }

  hasValues(): boolean {
    return !(this.values.length === 0);
  }
}
`,
  "src/report.ts": `import { type Line, total as cartTotal } from "./cart.js";
import { Stats } from "./stats.js";

export function summarise(days: Line[][]): string {
  const stats = new Stats();
  for (const day of days) stats.add(cartTotal(day));
  return \`sum \${stats.total()}\`;
}

export function printStats(stats: Stats): string {
  return String(stats.total());
}

export function weekly(stats: Stats): number {
  return stats.total() / 7;
}
`,
  "src/dashboard.ts": `import { Stats } from "./stats.js";

export function headline(stats: Stats): string {
  return \`Revenue \${stats.total()}\`;
}

export function trend(before: Stats, after: Stats): number {
  return after.total() - before.total();
}
`,
  "src/export.ts": `import type { Stats } from "./stats.js";

export function toCsvRow(name: string, stats: Stats): string {
  return \`\${name},\${stats.total()}\`;
}
`,
  "src/ledger.js": `// Ledger balances in plain JavaScript.
function total(entries) {
  let sum = 0;
  for (const entry of entries) sum += entry.amount;
  return sum;
}

function balance(entries, opening) {
  return opening + total(entries);
}

module.exports = { balance };
`,
  "src/checkout.ts": `import { type Line, isEmpty, total } from "./cart.js";

export function checkout(lines: Line[], budget: number): boolean {
  if (isEmpty(lines)) return false;
  return total(lines) <= budget;
}
`,
};

/** Writes the project under `root`. */
export function writeCrossFileProject(root: string): void {
  for (const [path, text] of Object.entries(CROSS_FILE_PROJECT)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
