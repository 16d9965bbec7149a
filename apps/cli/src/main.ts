#!/usr/bin/env node
// Entry point of the `benchloop` binary. `--version` answers before anything else loads; every other
// command imports the CLI, so the entry itself stays small.
import { createRequire } from "node:module";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  await import("reflect-metadata");
  const { processIo } = await import("./io.js");
  const { runCli } = await import("./run-cli.js");
  process.exitCode = await runCli(args, processIo());
}
