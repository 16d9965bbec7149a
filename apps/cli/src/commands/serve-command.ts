// `benchloop serve [--port 7420] [--host 127.0.0.1] [--open]`: starts the local web app (@benchloop/web)
// over this folder's config and results, with the CLI's own plugin loading; runs until Ctrl-C.
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadDemoSimulator } from "../builtins.js";

/** Adds `benchloop serve`. */
export function registerServeCommand(program: Command, app: CliApp): void {
  program
    .command("serve")
    .description("Start the local web app: runs, launch, live progress, gate, trends, apply and rollback")
    .option("--port <port>", "port to listen on (0 picks a free one)", "7420")
    .option("--host <address>", "address to listen on; not loopback exposes it to the network", "127.0.0.1")
    .option("--open", "open the app in the default browser")
    .action(async (flags: { port: string; host: string; open?: boolean }, command: Command) => {
      const { runServer } = await import("@benchloop/web");
      const { config, resultsDir } = app.globals(command);
      const host = {
        cwd: app.cwd,
        configFile: config,
        resultsDir,
        loadContext: (request: object) => app.loadContext(command, request),
        loadDemoSimulator: () => loadDemoSimulator(app.cwd),
      };
      await runServer(host, { ...flags, out: app.io.out, err: app.io.err });
    });
}
