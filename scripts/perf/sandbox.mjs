#!/usr/bin/env node
// Sandboxed scoring throughput of @benchloop/sandbox: four small reference solutions and their specs
// scored over and over, with the warm pool at concurrency 2 and without it (a cold process per item).
// Prints items/s and p50/p95 per item against the targets, and the CPU per item (with every scoring
// defence on) that bounds items/s on idle cores. Needs a build: cd packages/sandbox && pnpm build.
// SANDBOX_PERF_DIST=<path to another build's dist/index.js> measures that build the same way, so a
// before/after pair can be taken back to back on a shared machine.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const { createSandboxPool } = await import(
  process.env.SANDBOX_PERF_DIST
    ? pathToFileURL(process.env.SANDBOX_PERF_DIST).href
    : new URL("../../packages/sandbox/dist/index.js", import.meta.url).href
);

const ITEMS = Number(process.env.SANDBOX_PERF_ITEMS ?? 160);
const CONCURRENCY = 2;
const TARGET_ITEMS_PER_SECOND = 30;
const TARGET_P50_MS = 60;

const REFERENCES = [
  {
    name: "add",
    exports: ["add"],
    solution: `export function add(a: number, b: number): number {
  return a + b;
}`,
    spec: `import { add } from "./solution";
describe("add", () => {
  it("adds two positives", () => { expect(add(2, 3)).toBe(5); });
  it("adds negatives", () => { expect(add(-2, -3)).toBe(-5); });
  it("adds zero", () => { expect(add(0, 0)).toBe(0); });
  it("adds decimals", () => { expect(add(0.1, 0.2)).toBeCloseTo(0.3); });
  it("adds large numbers", () => { expect(add(1e15, 1e15)).toBe(2e15); });
});`,
  },
  {
    name: "calculator",
    exports: ["add", "subtract", "multiply", "divide"],
    solution: `export const add = (a: number, b: number): number => a + b;
export const subtract = (a: number, b: number): number => a - b;
export const multiply = (a: number, b: number): number => a * b;
export function divide(a: number, b: number): number {
  if (b === 0) return Infinity;
  return a / b;
}`,
    spec: `import { add, subtract, multiply, divide } from "./solution";
describe("calculator", () => {
  it("adds", () => { expect(add(2, 3)).toBe(5); });
  it("subtracts", () => { expect(subtract(2, 3)).toBe(-1); });
  it("multiplies", () => { expect(multiply(-2, 3)).toBe(-6); });
  it("divides", () => { expect(divide(6, 3)).toBe(2); });
  it("divides by zero to Infinity", () => { expect(divide(1, 0)).toBe(Infinity); });
  it("keeps fractions", () => { expect(divide(1, 3)).toBeCloseTo(0.333, 3); });
});`,
  },
  {
    name: "todo list",
    exports: ["createTodoApp"],
    solution: `export interface Todo { id: number; text: string; completed: boolean }
export function createTodoApp() {
  let nextId = 1;
  const todos = new Map<number, Todo>();
  return {
    addTodo(text: string): Todo {
      const todo = { id: nextId++, text, completed: false };
      todos.set(todo.id, todo);
      return { ...todo };
    },
    getTodo(id: number): Todo | undefined {
      const todo = todos.get(id);
      return todo ? { ...todo } : undefined;
    },
    toggleTodo(id: number): void {
      const todo = todos.get(id);
      if (todo) todo.completed = !todo.completed;
    },
    deleteTodo(id: number): boolean {
      return todos.delete(id);
    },
    listTodos: (): Todo[] => [...todos.values()].map((todo) => ({ ...todo })),
    listCompleted: (): Todo[] => [...todos.values()].filter((todo) => todo.completed).map((todo) => ({ ...todo })),
    listPending: (): Todo[] => [...todos.values()].filter((todo) => !todo.completed).map((todo) => ({ ...todo })),
    clearCompleted(): void {
      for (const [id, todo] of todos) if (todo.completed) todos.delete(id);
    },
  };
}`,
    spec: `import { createTodoApp } from "./solution";
describe("todo app", () => {
  it("adds with ids from 1", () => { const app = createTodoApp(); expect(app.addTodo("a")).toEqual({ id: 1, text: "a", completed: false }); expect(app.addTodo("b").id).toBe(2); });
  it("gets and misses", () => { const app = createTodoApp(); app.addTodo("a"); expect(app.getTodo(1)?.text).toBe("a"); expect(app.getTodo(9)).toBeUndefined(); });
  it("toggles", () => { const app = createTodoApp(); app.addTodo("a"); app.toggleTodo(1); expect(app.getTodo(1)?.completed).toBe(true); app.toggleTodo(1); expect(app.getTodo(1)?.completed).toBe(false); });
  it("deletes and never reuses ids", () => { const app = createTodoApp(); app.addTodo("a"); expect(app.deleteTodo(1)).toBe(true); expect(app.deleteTodo(1)).toBe(false); expect(app.addTodo("b").id).toBe(2); });
  it("lists by state", () => { const app = createTodoApp(); app.addTodo("a"); app.addTodo("b"); app.toggleTodo(2); expect(app.listCompleted().map((t) => t.id)).toEqual([2]); expect(app.listPending().map((t) => t.id)).toEqual([1]); expect(app.listTodos()).toHaveLength(2); });
  it("clears completed", () => { const app = createTodoApp(); app.addTodo("a"); app.addTodo("b"); app.toggleTodo(1); app.clearCompleted(); expect(app.listTodos()).toEqual([{ id: 2, text: "b", completed: false }]); });
});`,
  },
  {
    name: "LRU cache",
    exports: ["LRUCache"],
    solution: `export class LRUCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be a positive integer");
  }
  get size(): number { return this.entries.size; }
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: K, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return this;
  }
  has(key: K): boolean { return this.entries.has(key); }
  keys(): K[] { return [...this.entries.keys()]; }
}`,
    spec: `import { LRUCache } from "./solution";
describe("LRUCache", () => {
  it("stores and reads", () => { const c = new LRUCache<string, number>(2); c.set("a", 1); expect(c.get("a")).toBe(1); expect(c.get("b")).toBeUndefined(); });
  it("evicts the least recently used", () => { const c = new LRUCache<string, number>(2); c.set("a", 1).set("b", 2); c.get("a"); c.set("c", 3); expect(c.has("b")).toBe(false); expect(c.keys()).toEqual(["a", "c"]); });
  it("updates move to the front", () => { const c = new LRUCache<string, number>(2); c.set("a", 1).set("b", 2).set("a", 3); c.set("c", 4); expect(c.get("a")).toBe(3); expect(c.has("b")).toBe(false); });
  it("keeps its size at capacity", () => { const c = new LRUCache<number, number>(3); for (let i = 0; i < 10; i++) c.set(i, i); expect(c.size).toBe(3); });
  it("refuses a bad capacity", () => { expect(() => new LRUCache(0)).toThrow(RangeError); });
});`,
  },
];

/** The i-th job: a reference, its source made unique so the transpile cache cannot hide the cost. */
function jobFor(index) {
  const reference = REFERENCES[index % REFERENCES.length];
  return {
    solutionSource: `${reference.solution}\n// item ${index}\n`,
    solutionLanguage: "typescript",
    specSource: reference.spec,
    exports: reference.exports,
  };
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

async function measure(label, poolOptions) {
  const pool = createSandboxPool({ size: CONCURRENCY, ...poolOptions });
  await pool.warmUp();
  // One pass over the references: the spec transpile cache and the JIT are warm, as in a real run.
  for (let index = 0; index < REFERENCES.length; index++) {
    const result = await pool.run(jobFor(-1 - index + REFERENCES.length * 1000));
    if (!result.checks.every((check) => check.passed)) {
      throw new Error(`reference "${REFERENCES[index].name}" failed: ${JSON.stringify(result, null, 2)}`);
    }
  }
  const latencies = [];
  let next = 0;
  let failed = 0;
  let sandboxCpuMs = 0;
  const parentCpuBefore = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < ITEMS) {
      const index = next++;
      const itemStarted = performance.now();
      const result = await pool.run(jobFor(index));
      latencies.push(performance.now() - itemStarted);
      sandboxCpuMs += result.cpuMs ?? 0;
      if (!result.checks.every((check) => check.passed)) failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const parentCpu = process.cpuUsage(parentCpuBefore);
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    label,
    itemsPerSecond: ITEMS / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    failed,
    parentCpuMs: (parentCpu.user + parentCpu.system) / 1000 / ITEMS,
    sandboxCpuMs: sandboxCpuMs / ITEMS,
  };
}

const loadBefore = loadavg()[0];
const rows = [
  await measure("warm pool, concurrency 2", { warm: true }),
  await measure("no warm pool (cold process per item), concurrency 2", { warm: false }),
];
const loadAfter = loadavg()[0];

const pad = (text, width) => String(text).padEnd(width);
console.log(
  `sandboxed scoring: ${ITEMS} items over ${REFERENCES.length} references (${REFERENCES.map((r) => r.name).join(", ")}), ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
console.log(
  `${pad("mode", 54)}${pad("items/s", 9)}${pad("p50 ms", 8)}${pad("p95 ms", 8)}${pad("cpu ms/item", 13)}${pad("failed", 7)}target`,
);
for (const row of rows) {
  const meets = row.itemsPerSecond >= TARGET_ITEMS_PER_SECOND && row.p50 <= TARGET_P50_MS;
  const cpu = `${(row.parentCpuMs + row.sandboxCpuMs).toFixed(0)} (${row.parentCpuMs.toFixed(0)}+${row.sandboxCpuMs.toFixed(0)})`;
  console.log(
    `${pad(row.label, 54)}${pad(row.itemsPerSecond.toFixed(1), 9)}${pad(row.p50.toFixed(1), 8)}${pad(row.p95.toFixed(1), 8)}${pad(cpu, 13)}${pad(row.failed, 7)}` +
      `>= ${TARGET_ITEMS_PER_SECOND}/s, p50 <= ${TARGET_P50_MS} ms ${row.label.startsWith("warm") ? (meets ? "✓ PASS" : "✗ FAIL") : "(reference)"}`,
  );
}
const warmCpuMs = rows[0].parentCpuMs + rows[0].sandboxCpuMs;
console.log(
  "cpu ms/item = parent + sandbox Node (self-reported, start-up included; prlimit/unshare/sh add ~3 ms). " +
    `Other load on the machine lowers items/s; ${availableParallelism()} idle cores bound the warm pool near ` +
    `${((availableParallelism() * 1000) / warmCpuMs).toFixed(0)} items/s (${availableParallelism()}000 / ${warmCpuMs.toFixed(0)} cpu ms).`,
);
if (rows.some((row) => row.failed > 0)) {
  console.error("some reference items failed; the figures are not valid");
  process.exitCode = 1;
}
