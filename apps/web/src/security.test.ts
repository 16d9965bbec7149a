// The guard's rules in isolation: which Host headers name this server, what counts as its own origin,
// and the constant-time token check.
import { describe, expect, it } from "vitest";
import { createToken, isAllowedHost, isSameOrigin, tokenMatches } from "./security.js";

describe("isAllowedHost", () => {
  it("accepts loopback names with the server's port only", () => {
    expect(isAllowedHost("127.0.0.1:7420", 7420, false)).toBe(true);
    expect(isAllowedHost("localhost:7420", 7420, false)).toBe(true);
    expect(isAllowedHost("[::1]:7420", 7420, false)).toBe(true);
    expect(isAllowedHost("127.0.0.1:7421", 7420, false)).toBe(false);
    expect(isAllowedHost("127.0.0.1", 7420, false)).toBe(false);
    expect(isAllowedHost(undefined, 7420, false)).toBe(false);
  });

  it("refuses DNS names (a rebinding attack's), and IP literals unless listening on every interface", () => {
    expect(isAllowedHost("evil.example:7420", 7420, false)).toBe(false);
    expect(isAllowedHost("evil.example:7420", 7420, true)).toBe(false);
    expect(isAllowedHost("localhost.evil.example:7420", 7420, true)).toBe(false);
    expect(isAllowedHost("192.168.1.20:7420", 7420, false)).toBe(false);
    expect(isAllowedHost("192.168.1.20:7420", 7420, true)).toBe(true);
  });
});

describe("isSameOrigin", () => {
  it("is the http origin of the Host the browser used, nothing else", () => {
    expect(isSameOrigin("http://127.0.0.1:7420", "127.0.0.1:7420")).toBe(true);
    expect(isSameOrigin("http://localhost:7420", "127.0.0.1:7420")).toBe(false);
    expect(isSameOrigin("https://127.0.0.1:7420", "127.0.0.1:7420")).toBe(false);
    expect(isSameOrigin("null", "127.0.0.1:7420")).toBe(false);
    expect(isSameOrigin(undefined, "127.0.0.1:7420")).toBe(false);
  });
});

describe("tokens", () => {
  it("are fresh at every start and match only exactly", () => {
    const token = createToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(createToken()).not.toBe(token);
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });
});
