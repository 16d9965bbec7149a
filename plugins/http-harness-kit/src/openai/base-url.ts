// Reads the base URL of an OpenAI-compatible server. Like the OpenAI SDK's `baseURL` it includes the
// API prefix (`http://127.0.0.1:8080/v1`); a bare host gets `/v1`, which every local server uses.

/**
 * Normalises an OpenAI-compatible base URL: no trailing slash, `/v1` added when the URL has no path.
 * Returns undefined when the text is not an http(s) URL.
 */
export function toOpenAiBaseUrl(address: string): string | undefined {
  const text = address.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.search || url.hash) return undefined;
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.origin}${path === "" ? "/v1" : path}`;
}
