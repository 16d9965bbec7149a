// Turns what users write for an Ollama address (`OLLAMA_HOST`, `--ollama-url`, config) into a base URL,
// the way Ollama itself reads `OLLAMA_HOST`: a scheme and port are optional.

/** Ollama's own default address. */
export const DEFAULT_OLLAMA_URL = "http://127.0.0.1:11434";

const DEFAULT_PORT = "11434";

/**
 * Normalises an Ollama address: `localhost:11434`, `:11434`, `gpu-box`, `http://gpu-box:8080/` and
 * `https://ollama.example.com` all become `scheme://host:port` (plus any path), without a trailing slash.
 * A missing port is 11434 when no scheme was given (as Ollama does), else the scheme's default.
 * Returns undefined when the text is not an address.
 */
export function toOllamaBaseUrl(address: string): string | undefined {
  let text = address.trim();
  if (text === "") return undefined;
  let explicitScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (text.startsWith(":")) {
    text = `http://127.0.0.1${text}`;
    explicitScheme = true;
  }
  if (!explicitScheme) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.search || url.hash) return undefined;
  const port = url.port || (explicitScheme ? (url.protocol === "https:" ? "443" : "80") : DEFAULT_PORT);
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ""}@` : "";
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${auth}${url.hostname}:${port}${path}`;
}
