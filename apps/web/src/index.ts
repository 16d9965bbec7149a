// @benchloop/web: the local web app behind `benchloop serve` (runs, launch, live, gate, trends, apply
// and rollback), over the same results folder and config as the CLI, through @benchloop/core.
export type { ContextRequest, WebContext, WebHost } from "./host.js";
export type { LiveItem, LiveState } from "./live-job.js";
export type { RunServerOptions } from "./run-server.js";
export { parsePort, runServer, serverBanner } from "./run-server.js";
export { createToken, isAllowedHost, isSameOrigin, TOKEN_HEADER, tokenCookieName } from "./security.js";
export type { StartServerOptions, WebServer } from "./server.js";
export { DEFAULT_PORT, startServer } from "./server.js";
