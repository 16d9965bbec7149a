// What `benchloop serve` does once its flags are read: start the app, say where it listens (with the
// token URL, and a warning when it is reachable from the network), open the browser when asked, and
// stop at Ctrl-C (a run it started is stopped and recorded as interrupted, as the CLI's Ctrl-C does).
import { argumentInvalid, openInBrowser } from "@benchloop/core";
import type { WebHost } from "./host.js";
import { startServer, type WebServer } from "./server.js";

/** The flags of `benchloop serve`, as written, and where its lines go. */
export interface RunServerOptions {
  port: string;
  host: string;
  open?: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Resolves when the server should stop; default the first Ctrl-C. */
  until?: Promise<void>;
}

/** Parses `--port`. @throws ARGUMENT_INVALID */
export function parsePort(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0 || n > 65_535)
    throw argumentInvalid(
      "--port",
      `"${value}" is not a port (0–65535; 0 picks a free one)`,
      "Write e.g. --port 7420.",
    );
  return n;
}

/** The lines `benchloop serve` prints when it is up. */
export function serverBanner(server: WebServer, bind: string): { out: string; err: string } {
  const err = server.exposed
    ? `warning: listening on ${bind}: other machines that reach this one can try to drive benchloop (the token is still required). Use --host 127.0.0.1 unless you mean it.\n`
    : "";
  const out = `benchloop serve: listening on ${server.origin}\nOpen ${server.url}\n(the token in the URL changes at every start; Ctrl-C stops the server)\n`;
  return { out, err };
}

/** Runs the server until `options.until` (default Ctrl-C), then closes it. @throws ARGUMENT_INVALID, CONFIG_* */
export async function runServer(host: WebHost, options: RunServerOptions): Promise<void> {
  const server = await startServer(host, { port: parsePort(options.port), host: options.host });
  const banner = serverBanner(server, options.host);
  if (banner.err) options.err(banner.err);
  options.out(banner.out);
  if (options.open) {
    const cannot = (why: string) => options.err(`--open: could not open the browser: ${why}\n`);
    const opened = openInBrowser(server.url, cannot);
    if ("missing" in opened) cannot(opened.missing);
  }
  await (options.until ?? new Promise<void>((resolve) => process.once("SIGINT", () => resolve())));
  options.err("Stopping the server (a run it started is stopped and recorded as interrupted)…\n");
  await server.close();
}
