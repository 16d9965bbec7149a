#!/usr/bin/env node
// `benchloop tests check` over the whole coding catalog: every reference and every mutant through the
// sandbox, timed end to end with the built CLI (process start included), against the 60 s target on
// two cores. Also prints the catalog's size so the figure can be read per module run.
// Needs a build: pnpm turbo run build --filter=@benchloop/cli...
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const TARGET_SECONDS = 60;
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds of this process's finished children and their descendants (Linux /proc: cutime + cstime),
 * or undefined elsewhere. The wall time depends on what else the machine runs; this does not.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // After "pid (comm) ", field 3 is index 0: cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
const cli = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

const loadBefore = loadavg()[0];
const cpuBefore = childCpuSeconds();
const started = performance.now();
const result = spawnSync(process.execPath, [cli, "tests", "check", "--json"], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
const cpuAfter = childCpuSeconds();
const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
const loadAfter = loadavg()[0];
if (result.status !== 0 && !result.stdout) {
  console.log(`tests check failed to run (exit ${result.status}): ${result.stderr}`);
  process.exit(1);
}
const report = JSON.parse(result.stdout);
const references = report.tests.length;
const mutants = report.tests.reduce((sum, test) => sum + test.mutants.total, 0);
const killed = report.tests.reduce((sum, test) => sum + test.mutants.killed, 0);
const modules = references + mutants;
const kinds = Object.entries(report.spread.byKind).map(([kind, n]) => `${kind} ${n}`);
console.log(
  `tests check: ${references} tests (${kinds.join(", ")}), ${mutants} mutants, ${modules} modules in the sandbox; ` +
    `${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
const rows = [
  ["whole catalog, wall time", `${seconds.toFixed(1)} s`, `≤ ${TARGET_SECONDS} s`, seconds <= TARGET_SECONDS],
  ["per module", `${((seconds * 1000) / modules).toFixed(1)} ms`, "-", true],
  [
    "CPU time (all processes)",
    cpuSeconds === undefined ? "n/a" : `${cpuSeconds.toFixed(1)} s`,
    `≤ ${2 * TARGET_SECONDS} s (two cores)`,
    cpuSeconds === undefined || cpuSeconds <= 2 * TARGET_SECONDS,
  ],
  ["catalog green", `${report.ok ? "yes" : "no"} (${killed}/${mutants} killed)`, "yes", report.ok === true],
];
for (const [name, value, target, ok] of rows)
  console.log(`${ok ? "✓" : "✗"} ${name.padEnd(26)} ${String(value).padStart(22)}  target ${target}`);
if (rows.some((row) => !row[3])) process.exitCode = 1;
