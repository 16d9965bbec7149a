// A small HTTP server on 127.0.0.1 for what ollama-sim does not speak (llama-server's `timings`,
// servers that check or echo an API key, a declared simulator): every request is recorded and
// answered by the test's own function.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A running fake server. */
export interface FakeServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1:0 answering every request with `respond`. */
export async function startFakeServer(
  respond: (request: ReceivedRequest, res: ServerResponse) => void,
): Promise<FakeServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = {
      method: req.method ?? "GET",
      path: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    received.push(request);
    respond(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
