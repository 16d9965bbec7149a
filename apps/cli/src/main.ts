#!/usr/bin/env node
// Entry point of the built CLI as an ES module (the binary, bin/benchloop.cjs, starts through
// dist/start.cjs instead). `--version` answers before anything else loads; every other command loads the
// CLI: the bundle (dist/cli.cjs) with its code cache when built, else the modules.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  const dist = fileURLToPath(new URL(".", import.meta.url));
  if (existsSync(fileURLToPath(new URL("./cli.cjs", import.meta.url)))) {
    const { start } = await import("./start.js");
    await start(dist, args);
  } else {
    const { processIo, runCli } = await import("./cli-entry.js");
    process.exitCode = await runCli(args, processIo());
  }
}
