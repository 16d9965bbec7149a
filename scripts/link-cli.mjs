#!/usr/bin/env node
// `corepack pnpm link-cli [--bin-dir DIR]`: puts the `benchloop` command of this checkout on your PATH,
// so it runs in any folder (your own project's). It writes a small launcher to DIR (default: the
// BENCHLOOP_BIN_DIR variable, else ~/.local/bin) that runs apps/cli/bin/benchloop.cjs of this repository
// with the Node that runs this script, and says how to add DIR to PATH when it is not there yet.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { "bin-dir": { type: "string" } } });
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(repo, "apps/cli/bin/benchloop.cjs");
const binDir = path.resolve(
  values["bin-dir"] ?? process.env.BENCHLOOP_BIN_DIR ?? path.join(homedir(), ".local/bin"),
);

mkdirSync(binDir, { recursive: true });
if (process.platform === "win32") {
  const launcher = path.join(binDir, "benchloop.cmd");
  writeFileSync(launcher, `@echo off\r\n"${process.execPath}" "${entry}" %*\r\n`);
  console.log(`benchloop → ${launcher}`);
} else {
  const launcher = path.join(binDir, "benchloop");
  writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${entry}" "$@"\n`);
  chmodSync(launcher, 0o755);
  console.log(`benchloop → ${launcher}`);
}
if (!existsSync(path.join(repo, "apps/cli/dist/main.js")))
  console.log("The CLI is not built yet: run `corepack pnpm build` before using it.");
const onPath = (process.env.PATH ?? "").split(path.delimiter).some((dir) => path.resolve(dir) === binDir);
if (!onPath)
  console.log(
    `${binDir} is not on your PATH. Add it (for example, add \`export PATH="${binDir}:$PATH"\` to ~/.profile) and open a new terminal.`,
  );
