// The start of the `benchloop` binary once built: loads the bundle (dist/cli.cjs) with its code cache and
// runs the command. Bundled on its own into dist/start.cjs (CommonJS) so that bin/benchloop.cjs reaches it
// with `require`, without paying for Node's ES module loader on every start.
import path from "node:path";
import { codeCacheFolder, loadBundle } from "./load-bundle.js";

/** Runs `benchloop <args>` from the bundle in `distFolder`; sets `process.exitCode`. */
export async function start(distFolder: string, args: string[]): Promise<void> {
  const loaded = loadBundle(path.join(distFolder, "cli.cjs"), codeCacheFolder());
  process.exitCode = await loaded.cli.runCli(args, loaded.cli.processIo());
  loaded.saveCodeCache();
}
