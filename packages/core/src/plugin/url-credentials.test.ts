import { describe, expect, it } from "vitest";
import { redactUrlCredentials, redactUrlCredentialsIn, restoreUrlCredentials } from "./url-credentials.js";

describe("redactUrlCredentials", () => {
  it("replaces a URL's user:password and secret query values, in any text", () => {
    expect(redactUrlCredentials("No server at http://me:s3cret@gpu-box:8080/v1 (ECONNREFUSED)")).toBe(
      "No server at http://***@gpu-box:8080/v1 (ECONNREFUSED)",
    );
    expect(redactUrlCredentials("https://api.example/v1?key=abc123&model=x&api_key=zz")).toBe(
      "https://api.example/v1?key=***&model=x&api_key=***",
    );
    expect(redactUrlCredentials("http://host/v1?token=t0k#frag")).toBe("http://host/v1?token=***#frag");
  });

  it("leaves text without credentials unchanged", () => {
    for (const text of ["http://127.0.0.1:11434", "a@b.c wrote", "file:///tmp/x?y=1", "plain"])
      expect(redactUrlCredentials(text)).toBe(text);
  });
});

describe("redactUrlCredentialsIn and restoreUrlCredentials", () => {
  it("redacts every string of a JSON value and restores them from the current value", () => {
    const current = {
      harnesses: { ollama: { baseUrl: "http://u:pw12@h:1", keepAlive: "5m" } },
      list: ["http://a:bb@h"],
    };
    const recorded = redactUrlCredentialsIn(current);
    expect(recorded).toEqual({
      harnesses: { ollama: { baseUrl: "http://***@h:1", keepAlive: "5m" } },
      list: ["http://***@h"],
    });
    expect(restoreUrlCredentials(recorded, current)).toEqual(current);
  });

  it("keeps the recorded value when the current config points elsewhere", () => {
    const recorded = { baseUrl: "http://***@h:1" };
    expect(restoreUrlCredentials(recorded, { baseUrl: "http://u:pw@other:1" })).toEqual(recorded);
    expect(restoreUrlCredentials(recorded, undefined)).toEqual(recorded);
  });
});
