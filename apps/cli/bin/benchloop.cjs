#!/usr/bin/env node
// The `benchloop` command. A committed file rather than a built one, so installing the workspace links the
// command without a warning before anything is built. CommonJS, like the start it requires
// (dist/start.cjs), so a start pays nothing for Node's ES module loader.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const args = process.argv.slice(2);
const dist = path.join(__dirname, "..", "dist");
const bundled = existsSync(path.join(dist, "start.cjs")) && existsSync(path.join(dist, "cli.cjs"));
if (!bundled && !existsSync(path.join(dist, "main.js"))) {
  process.stderr.write("benchloop is not built yet: run `corepack pnpm build` in its repository first.\n");
  process.exit(1);
}
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
} else if (bundled) {
  require(path.join(dist, "start.cjs")).start(dist, args);
} else {
  import(pathToFileURL(path.join(dist, "main.js")).href);
}
