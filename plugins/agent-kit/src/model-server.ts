// The model server an agent harness talks to: its address as the proxy's upstream, and a reachability
// check for `probe` (Ollama `/api/version`, else OpenAI-compatible `/v1/models`).

/** The model server's API. */
export type ModelServerApi = "ollama" | "openai";

/** Default Ollama address. */
export const DEFAULT_MODEL_SERVER_URL = "http://127.0.0.1:11434";

/** The server's origin (and path) without a trailing `/v1` or slash; the proxy forwards there. */
export function toUpstreamUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "").replace(/\/v1$/, "");
}

/** The header ollama-sim sends on every response. */
const SIMULATOR_HEADER = "x-benchloop-simulator";

/** Whether the model server answers: `{ reachable, detail }` (`simulated` for ollama-sim); never throws. */
export async function checkModelServer(
  baseUrl: string,
  api: ModelServerApi,
  signal?: AbortSignal,
): Promise<{ reachable: boolean; detail: string; simulated?: boolean }> {
  const upstream = toUpstreamUrl(baseUrl);
  const url = api === "ollama" ? `${upstream}/api/version` : `${upstream}/v1/models`;
  const timeout = AbortSignal.timeout(15_000);
  try {
    const answer = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    await answer.body?.cancel();
    // ollama-sim marks every answer, so runs against it are labelled simulated.
    const simulated = answer.headers.has(SIMULATOR_HEADER) ? { simulated: true } : {};
    return answer.ok
      ? { reachable: true, detail: `${url} answered HTTP ${answer.status}`, ...simulated }
      : { reachable: false, detail: `${url} answered HTTP ${answer.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { reachable: false, detail: `${url} did not answer (${cause?.code ?? (error as Error).message})` };
  }
}
