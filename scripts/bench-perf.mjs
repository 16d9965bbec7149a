// `pnpm bench:perf`: builds the workspace, then runs every benchmark in scripts/perf/ (each a
// standalone script printing its figures against targets). `pnpm bench:perf kernel sandbox` runs some.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const perfDir = fileURLToPath(new URL("./perf/", import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(perfDir)
  .filter((f) => f.endsWith(".mjs"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

const build = spawnSync("pnpm", ["build", "--output-logs=errors-only"], {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const result = spawnSync(process.execPath, ["--expose-gc", `${perfDir}${script}`], { stdio: "inherit" });
  if (result.status !== 0) {
    console.log(`${script} exited with ${result.status}`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
