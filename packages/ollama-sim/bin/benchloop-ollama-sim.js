#!/usr/bin/env node
// The `benchloop-ollama-sim` command. A committed file rather than dist/bin.js, so installing the
// workspace links the command without a warning before anything is built; it runs the built simulator.
import { existsSync } from "node:fs";

const bin = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(bin)) {
  process.stderr.write("ollama-sim is not built yet: run `corepack pnpm build` in its repository first.\n");
  process.exit(1);
}
await import(bin.href);
