import { describe, expect, it } from "vitest";
import { toOllamaBaseUrl } from "./base-url.js";

describe("toOllamaBaseUrl", () => {
  it.each([
    ["http://127.0.0.1:11434", "http://127.0.0.1:11434"],
    ["http://127.0.0.1:11434/", "http://127.0.0.1:11434"],
    ["localhost:11434", "http://localhost:11434"],
    ["gpu-box", "http://gpu-box:11434"],
    [":8080", "http://127.0.0.1:8080"],
    ["0.0.0.0", "http://0.0.0.0:11434"],
    ["http://gpu-box", "http://gpu-box:80"],
    ["https://ollama.example.com/", "https://ollama.example.com:443"],
    ["https://proxy.example.com/ollama/", "https://proxy.example.com:443/ollama"],
    ["  http://[::1]:11434 ", "http://[::1]:11434"],
  ])("reads %s as %s, like Ollama reads OLLAMA_HOST", (address, expected) => {
    expect(toOllamaBaseUrl(address)).toBe(expected);
  });

  it.each(["", "   ", "ftp://host:21", "http://host:11434/?x=1", "http://exa mple"])(
    "refuses %j, which is not an Ollama address",
    (address) => {
      expect(toOllamaBaseUrl(address)).toBeUndefined();
    },
  );
});
