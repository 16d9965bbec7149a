import { readItemFailure } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { createExchangeFacts, type ExchangeFacts } from "./exchange-facts.js";
import { type ServerDescription, toHttpFailure } from "./http-failure.js";

const SERVER: ServerDescription = {
  name: "Test server",
  configSection: "harnesses.test",
  startHint: "Start it.",
  notJsonHint: "Check the address.",
  wrongPathHint: "Wrong path?",
  modelHint: (model) => `Pull ${model}.`,
  busyHint: "Queue full.",
  authHint: "Check TEST_KEY.",
};

function classify(facts: Partial<ExchangeFacts>, error: unknown = new Error("x"), extra = {}) {
  const failure = toHttpFailure(error, {
    facts: { ...createExchangeFacts(), lastRequest: "POST /chat", ...facts },
    signal: new AbortController().signal,
    baseUrl: "http://127.0.0.1:1",
    model: "m1",
    operation: "generation",
    idleTimeoutMs: 500,
    server: SERVER,
    ...extra,
  });
  return { failure, item: readItemFailure(failure) };
}

describe("toHttpFailure", () => {
  it.each([
    [{ status: 404, errorWasJson: true }, "model_not_found", false, "Pull m1."],
    [{ status: 404, errorWasJson: false }, "http_status", false, "Wrong path?"],
    [{ status: 503 }, "server_busy", true, "Queue full."],
    [{ status: 401 }, "http_status", false, "Check TEST_KEY."],
    [{ status: 429 }, "http_status", true, "Retrying may help."],
    [{ status: 500, errorText: "boom" }, "http_status", true, "HTTP 500: boom"],
    [{ idleTimedOut: true }, "timeout", true, "harnesses.test.requestTimeoutMs"],
    [{ streamError: "runner crashed" }, "stream_error", true, "runner crashed"],
    [{ malformedText: "<html>" }, "invalid_response", false, "Check the address."],
    [{ streamEnded: true }, "connection_reset", true, "before it finished"],
  ] as const)("types %j as %s (retryable %s)", (facts, type, retryable, said) => {
    const { item } = classify(facts);
    expect(item).toMatchObject({ type, retryable });
    expect(item?.message).toContain(said);
  });

  it("types tools refused with the fixed sentence as tools_unsupported", () => {
    const facts = { status: 400, errorText: "m1 does not support tools" };
    expect(classify(facts, undefined, { toolsSent: true }).item).toMatchObject({ type: "tools_unsupported" });
    expect(classify(facts).item).toMatchObject({ type: "http_status", status: 400 });
  });

  it("reads system error codes from the cause chain", () => {
    const refused = new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
    expect(classify({}, refused).item).toMatchObject({ type: "connection_refused", retryable: true });
    expect(classify({}, refused).item?.message).toContain("No Test server is answering");
    const reset = new AggregateError([{ code: "ECONNRESET" }]);
    expect(classify({}, reset).item).toMatchObject({ type: "connection_reset" });
  });

  it("gives back an AbortError when the caller aborted, and a timeout when its deadline did", () => {
    const aborted = new AbortController();
    aborted.abort();
    expect(classify({}, undefined, { signal: aborted.signal }).failure.name).toBe("AbortError");
    const expired = new AbortController();
    expired.abort(new DOMException("deadline", "TimeoutError"));
    expect(classify({}, undefined, { signal: expired.signal }).item).toMatchObject({
      type: "timeout",
      retryable: false,
    });
  });

  it("redacts the key from an error it cannot type", () => {
    const { failure } = classify({}, new Error("bad key sk-123"), {
      redact: (t: string) => t.replace("sk-123", "***"),
    });
    expect(failure.message).toBe("bad key ***");
  });
});
