// What `benchloop` runs for every command but `--version`: the whole CLI behind one module, the entry
// of the bundle (dist/cli.cjs) and, unbundled, what main.ts imports directly.
import "reflect-metadata";

export { processIo } from "./io.js";
export { runCli } from "./run-cli.js";
