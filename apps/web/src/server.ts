// Starts the web app: the guard, the pages, the API and the app's own assets on one HTTP server,
// bound to 127.0.0.1 unless told otherwise, with a fresh token in the URL it reports.
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { addApiRoutes } from "./api-routes.js";
import type { WebHost } from "./host.js";
import { addPageRoutes } from "./page-routes.js";
import { listRunHeaders } from "./results.js";
import { createToken, guard } from "./security.js";
import { createServerState, type ServerState } from "./server-state.js";

/** The port `benchloop serve` listens on by default. */
export const DEFAULT_PORT = 7420;

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Default {@link DEFAULT_PORT}; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A fixed token (tests); default a fresh random one. */
  token?: string;
}

/** A running web app. */
export interface WebServer {
  /** The origin (`http://127.0.0.1:7420`). */
  origin: string;
  /** The URL to open: the origin with the token. */
  url: string;
  token: string;
  port: number;
  /** True when it listens on every interface (not loopback only). */
  exposed: boolean;
  state: ServerState;
  /** Stops a running job (as "stop" does), waits for it, and closes the server. */
  close(): Promise<void>;
}

const ASSETS: Readonly<Record<string, string>> = {
  "app.css": "text/css; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
};

const assetCache = new Map<string, Promise<string>>();

/** Reads an asset shipped with the package (`assets/`, beside `src/` and `dist/`). */
function asset(name: string): Promise<string> {
  let text = assetCache.get(name);
  if (!text) {
    text = readFile(new URL(`../assets/${name}`, import.meta.url), "utf8");
    assetCache.set(name, text);
  }
  return text;
}

function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "::1" || host.startsWith("127.");
}

/**
 * Starts the web app over the host's config and results folder.
 * @throws CONFIG_* errors; the listen error (EADDRINUSE …) when the port is taken
 */
export async function startServer(host: WebHost, options: StartServerOptions = {}): Promise<WebServer> {
  const state = await createServerState(host);
  const token = options.token ?? createToken();
  const bind = options.host ?? "127.0.0.1";
  const exposed = !isLoopback(bind);
  const app = new Hono();
  // The port is known once listening (0 picks one); until then the guard matches no Host at all.
  let port = -1;
  app.use("*", (c, next) => guard({ token, port, listensOnAll: exposed })(c, next));
  app.get("/assets/:name", async (c) => {
    const name = c.req.param("name");
    const type = ASSETS[name];
    if (!type) return c.notFound();
    return c.body(await asset(name), 200, { "content-type": type });
  });
  addApiRoutes(app, state);
  addPageRoutes(app, state);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: bind }, () =>
      resolve(s),
    );
    s.once("error", reject);
  });
  port = (server.address() as AddressInfo).port;
  // Read every run's summary once now, so the first runs page does not wait for it.
  void listRunHeaders(state.resultsDir).catch(() => undefined);
  const shownHost = exposed
    ? "127.0.0.1"
    : bind === "::1"
      ? "[::1]"
      : bind === "localhost"
        ? "127.0.0.1"
        : bind;
  const origin = `http://${shownHost}:${port}`;
  return {
    origin,
    url: `${origin}/?session=${token}`,
    token,
    port,
    exposed,
    state,
    async close() {
      state.launcher.stop();
      await state.launcher.settled();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server)
          (server as { closeAllConnections(): void }).closeAllConnections();
      });
      await state.close();
    },
  };
}
