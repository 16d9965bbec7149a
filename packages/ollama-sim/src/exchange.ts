// One HTTP request as route handlers see it: request, response, the engine, the parsed URL and a
// signal that fires when the client goes away.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimEngine } from "./engine.js";
import { parseJsonObject, readBody } from "./http-io.js";

/** What a route handler receives. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  engine: SimEngine;
  /** Aborted when the client closes the connection before the response is complete. */
  signal: AbortSignal;
  /** The request body parsed as a JSON object (HTTP 400 otherwise). */
  json(): Promise<Record<string, unknown>>;
  /** Path parameter captured by the route (e.g. the model of `/v1/models/:model`). */
  param?: string;
}

/** A route handler. */
export type RouteHandler = (exchange: Exchange) => Promise<void> | void;

/** Builds the exchange of one request. */
export function createExchange(
  req: IncomingMessage,
  res: ServerResponse,
  engine: SimEngine,
  param?: string,
): Exchange {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
  });
  let parsed: Promise<Record<string, unknown>> | undefined;
  return {
    req,
    res,
    url: new URL(req.url ?? "/", "http://sim.invalid"),
    engine,
    signal: controller.signal,
    json: () => {
      parsed ??= readBody(req).then(parseJsonObject);
      return parsed;
    },
    param,
  };
}
