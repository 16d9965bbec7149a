// Starts the simulator: a node:http server on loopback that routes Ollama's native API and the
// OpenAI-compatible API to the engine, answers errors in each API's shape, and closes cleanly.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type AnswerBookEntry, createAnswerBook } from "./answer-book.js";
import { SIM_MODELS, type SimModel } from "./catalog.js";
import { SimEngine, type SimStats } from "./engine.js";
import { createExchange, type RouteHandler } from "./exchange.js";
import type { SimFaults } from "./faults.js";
import { ConnectionDropped, HttpError, sendJson, sendText } from "./http-io.js";
import { ollamaRoutes, SIM_OLLAMA_VERSION } from "./ollama-api.js";
import { openAiChatRoutes } from "./openai-chat.js";
import { openAiResponsesRoutes } from "./openai-responses.js";
import { openAiError } from "./openai-shared.js";
import { QueueFullError } from "./slots.js";

/** Response header on every answer, by which clients can tell scripted answers from a real server. */
export const SIMULATOR_HEADER = "x-benchloop-simulator";

/** Options of {@link startSim}; every field has a default. */
export interface SimOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; 0 picks a free one. Default 0. */
  port?: number;
  /** Seed of every modelled timing and scripted choice. Default 0. */
  seed?: number;
  /** Real milliseconds waited per modelled millisecond: 1 waits for real, 0 not at all. Default 1. */
  latencyScale?: number;
  /** When set, every generation takes about this long in real time (load included), whatever its size. */
  fixedLatencyMs?: number;
  /** The answer book the scripted models answer from. Default empty. */
  answers?: readonly AnswerBookEntry[];
  /** The models served. Default {@link SIM_MODELS}. */
  models?: readonly SimModel[];
  /** Generations at once per model, like OLLAMA_NUM_PARALLEL. Default 4. */
  numParallel?: number;
  /** Requests waiting for a slot before new ones get HTTP 503, like OLLAMA_MAX_QUEUE. Default 512. */
  maxQueue?: number;
  /** Faults of the whole simulator. Default none. */
  faults?: SimFaults;
  /** Faults per model name (any spelling Ollama accepts). Default none. */
  modelFaults?: Record<string, SimFaults>;
  /** Version reported by `/api/version`. Default {@link SIM_OLLAMA_VERSION}. */
  version?: string;
}

/** A running simulator. */
export interface SimServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` (append `/v1` for the OpenAI-compatible API). */
  url: string;
  port: number;
  host: string;
  /** Stops listening, drops every connection and in-flight request, and resolves when closed. */
  close(): Promise<void>;
  /** Request counters since start. */
  stats(): SimStats;
  /** Replaces the faults of the simulator, or of one model when `modelName` is given. */
  setFaults(faults: SimFaults, modelName?: string): void;
}

/**
 * Starts an Ollama simulator on loopback and resolves once it listens.
 * @throws the listen error (e.g. `EADDRINUSE`) when the port is taken.
 */
export async function startSim(options: SimOptions = {}): Promise<SimServer> {
  const engine = new SimEngine({
    models: options.models ?? SIM_MODELS,
    book: createAnswerBook(options.answers ?? []),
    seed: options.seed ?? 0,
    latencyScale: Math.max(0, options.latencyScale ?? 1),
    fixedLatencyMs: options.fixedLatencyMs,
    numParallel: options.numParallel ?? 4,
    maxQueue: options.maxQueue ?? 512,
    faults: options.faults ?? {},
    modelFaults: options.modelFaults ?? {},
  });
  const routes: Record<string, RouteHandler> = {
    ...ollamaRoutes(options.version ?? SIM_OLLAMA_VERSION),
    ...openAiChatRoutes(),
    ...openAiResponsesRoutes(),
  };
  const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => {
    // Dropped once the request has arrived: undici sends a request again on a new connection when the
    // socket closes before it was written, so dropping on connect makes clients hang instead of fail.
    if (engine.faultsFor().refuseConnections) req.socket.destroy();
    else {
      res.setHeader(SIMULATOR_HEADER, "1");
      void handle(req, res, engine, routes);
    }
  });
  server.on("connection", (socket) => socket.setNoDelay(true));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    stats: () => engine.stats(),
    setFaults: (faults, modelName) => engine.setFaults(faults, modelName),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        engine.cancelQueued(new Error("the simulator is closing"));
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function findRoute(routes: Record<string, RouteHandler>, method: string, path: string) {
  const exact = routes[`${method} ${path}`];
  if (exact) return { route: `${method} ${path}`, handler: exact };
  const modelPrefix = "/v1/models/";
  const handler = routes[`${method} ${modelPrefix}:model`];
  if (handler && path.startsWith(modelPrefix) && path.length > modelPrefix.length) {
    return {
      route: `${method} ${modelPrefix}:model`,
      handler,
      param: decodeURIComponent(path.slice(modelPrefix.length)),
    };
  }
  return undefined;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  engine: SimEngine,
  routes: Record<string, RouteHandler>,
): Promise<void> {
  const method = req.method ?? "GET";
  const path = new URL(req.url ?? "/", "http://sim.invalid").pathname;
  const found = findRoute(routes, method, path);
  engine.countRequest(found?.route ?? `${method} ${path}`);
  if (!found) {
    sendText(res, 404, "404 page not found");
    return;
  }
  const exchange = createExchange(req, res, engine, found.param);
  try {
    await found.handler(exchange);
  } catch (error) {
    if (error instanceof ConnectionDropped || exchange.signal.aborted || res.destroyed) return;
    const { status, message } =
      error instanceof HttpError
        ? error
        : error instanceof QueueFullError
          ? { status: 503, message: error.message }
          : { status: 500, message: (error as Error).message };
    if (res.headersSent) {
      res.end();
      return;
    }
    sendJson(res, status, path.startsWith("/v1/") ? openAiError(status, message) : { error: message });
  }
}
