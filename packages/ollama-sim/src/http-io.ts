// Small HTTP helpers: reading a JSON body, answering JSON or text, and the error types route handlers
// throw (an HTTP status with Ollama's message, or a connection the simulator dropped on purpose).

import type { IncomingMessage, ServerResponse } from "node:http";

/** An error answered with an HTTP status and an Ollama-style message. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}

/** Thrown after the simulator destroyed the socket on purpose (a fault); nothing more is sent. */
export class ConnectionDropped extends Error {
  constructor() {
    super("connection dropped by the simulator");
    this.name = "ConnectionDropped";
  }
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Reads the request body as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a JSON object body the way Ollama reports problems with it. */
export function parseJsonObject(body: string): Record<string, unknown> {
  if (body.trim() === "") throw new HttpError(400, "missing request body");
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, `invalid request body: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, "invalid request body: expected a JSON object");
  }
  return value as Record<string, unknown>;
}

/** Answers with a JSON document. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** Answers with plain text. */
export function sendText(res: ServerResponse, status: number, text: string, headOnly = false): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(headOnly ? undefined : text);
}
