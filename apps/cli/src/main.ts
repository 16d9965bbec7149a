#!/usr/bin/env node
// Entry point of the `benchloop` binary. `--version` answers before anything else loads; every other
// command loads the CLI: the bundle (dist/cli.cjs) with its code cache when built, else the modules.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  const bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
  if (existsSync(bundle)) {
    const { codeCacheFolder, loadBundle } = await import("./load-bundle.js");
    const loaded = loadBundle(bundle, codeCacheFolder());
    process.exitCode = await loaded.cli.runCli(args, loaded.cli.processIo());
    loaded.saveCodeCache();
  } else {
    const { processIo, runCli } = await import("./cli-entry.js");
    process.exitCode = await runCli(args, processIo());
  }
}
