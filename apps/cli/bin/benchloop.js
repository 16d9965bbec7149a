#!/usr/bin/env node
// The `benchloop` command. A committed file rather than dist/main.js, so installing the workspace links
// the command without a warning before anything is built; it runs the built CLI.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("benchloop is not built yet: run `corepack pnpm build` in its repository first.\n");
  process.exit(1);
}
await import(main.href);
