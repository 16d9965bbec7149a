#!/usr/bin/env node
// Per-agent start-up and overhead per item against ollama-sim, through the metering proxy, run from
// the built dist of the agent harnesses. Agents whose binary is missing are listed as unavailable.
// Usage: node scripts/perf/agents.mjs [items per agent, default 3]
import { createRedactor, createSecrets, SYSTEM_CLOCK } from "../../packages/core/dist/index.js";
import { startSim } from "../../packages/ollama-sim/dist/index.js";

const ITEMS = Number(process.argv[2] ?? 3);
const PROMPT = "Write a TypeScript function add(a, b) that returns the sum of two numbers.";
const HARNESSES = [
  ["opencode", "../../plugins/harness-opencode/dist/index.js", "createOpencodeHarness"],
  ["qwen-code", "../../plugins/harness-qwen-code/dist/index.js", "createQwenCodeHarness"],
  ["codex", "../../plugins/harness-codex/dist/index.js", "createCodexHarness"],
  ["goose", "../../plugins/harness-goose/dist/index.js", "createGooseHarness"],
];
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const sim = await startSim({
  latencyScale: 0,
  answers: [{ prompt: PROMPT, answer: "export const add = (a, b) => a + b;" }],
});
const rows = [];
try {
  for (const [id, pkg, factory] of HARNESSES) {
    const module = await import(pkg).catch(() => undefined);
    if (!module) {
      rows.push({ agent: id, note: `${pkg} not built` });
      continue;
    }
    const deps = {
      config: { baseUrl: sim.url },
      logger: silent,
      clock: SYSTEM_CLOCK,
      secrets: createSecrets({}, createRedactor()),
      cwd: process.cwd(),
    };
    const harness = module[factory](deps);
    const signal = new AbortController().signal;
    const probe = await harness.probe({ signal, logger: silent });
    if (!probe.available) {
      rows.push({ agent: id, note: `unavailable: ${(probe.reason ?? "").slice(0, 60)}` });
      continue;
    }
    const overheads = [];
    const walls = [];
    for (let index = 0; index < ITEMS; index++) {
      const ctx = {
        signal,
        logger: silent,
        itemKey: `sim/oracle|${id}|perf|blind#${index + 1}`,
        timeoutMs: 120_000,
        artifacts: { write: async (name) => name },
      };
      const generation = await harness.generate(
        {
          model: "sim/oracle",
          prompt: PROMPT,
          passType: "blind",
          sampling: { temperature: 0, seed: 42 },
          testId: "perf",
        },
        ctx,
      );
      walls.push(generation.timing.wallMs);
      overheads.push(generation.meta.agentOverheadMs);
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    rows.push({
      agent: `${id} ${probe.version ?? ""}`,
      "first item wall ms": Math.round(walls[0]),
      "median wall ms": Math.round(median(walls)),
      "median overhead ms": Math.round(median(overheads)),
      "overhead share": `${Math.round((100 * median(overheads)) / median(walls))}%`,
      target: "overhead share reported, no target yet",
    });
  }
} finally {
  await sim.close();
}
console.table(rows);
