// A request over node:http(s) with a keep-alive agent: what the exchange needs of fetch (status,
// headers, the body as text pieces) without the WHATWG stream machinery, which costs a model-server
// exchange more client time than everything the harness does with the answer.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

/** What to send. */
export interface NodeRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/**
 * Sends a request; resolves with the response (its body decoded as UTF-8 text pieces) once the headers
 * are in. Rejects with Node's own error (its `code`: ECONNREFUSED, ECONNRESET …) or an AbortError.
 */
export function sendNodeRequest(url: string, init: NodeRequestInit): Promise<IncomingMessage> {
  const https = url.startsWith("https:");
  return new Promise((resolve, reject) => {
    const headers =
      init.body === undefined
        ? init.headers
        : { ...init.headers, "content-length": String(Buffer.byteLength(init.body)) };
    const request = (https ? httpsRequest : httpRequest)(url, {
      method: init.method,
      headers,
      agent: https ? httpsAgent : httpAgent,
      signal: init.signal,
    });
    request.once("error", reject);
    request.once("response", (response) => {
      response.setEncoding("utf8");
      resolve(response);
    });
    request.end(init.body);
  });
}

/** The whole body as text. */
export async function readNodeText(response: IncomingMessage): Promise<string> {
  let text = "";
  for await (const piece of response) text += piece as string;
  return text;
}
