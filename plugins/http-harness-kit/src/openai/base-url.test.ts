import { describe, expect, it } from "vitest";
import { toOpenAiBaseUrl } from "./base-url.js";

describe("toOpenAiBaseUrl", () => {
  it.each([
    ["http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"],
    ["http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080/v1"],
    ["http://localhost:1234/", "http://localhost:1234/v1"],
    ["https://api.example.com/openai/v1", "https://api.example.com/openai/v1"],
  ])("reads %s as %s", (address, expected) => {
    expect(toOpenAiBaseUrl(address)).toBe(expected);
  });

  it.each(["", "localhost:8080", "ftp://host/v1", "http://host/v1?x=1"])("refuses %j", (address) => {
    expect(toOpenAiBaseUrl(address)).toBeUndefined();
  });
});
