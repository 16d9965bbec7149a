import { describe, expect, it } from "vitest";
import { formatItemLine } from "./progress-lines.js";

const end = {
  type: "item:end" as const,
  time: "2026-01-01T00:00:00.000Z",
  key: "sim/repairer:latest|ollama|lru-cache|blind#1",
  index: 0,
  done: 3,
  total: 12,
  status: "failed" as const,
  cache: "miss" as const,
  wallMs: 3200,
};

describe("formatItemLine", () => {
  it("says when a failed item was repaired, and when its repair rounds did not help", () => {
    expect(formatItemLine({ ...end, repairs: 1, passedAtAttempt: 2 })).toBe(
      "[ 3/12] ✗ FAIL sim/repairer:latest ollama lru-cache blind 3.2s (✓ repaired at attempt 2)",
    );
    expect(formatItemLine({ ...end, repairs: 2 })).toBe(
      "[ 3/12] ✗ FAIL sim/repairer:latest ollama lru-cache blind 3.2s (✗ not repaired in 2 rounds)",
    );
    expect(formatItemLine(end)).toBe("[ 3/12] ✗ FAIL sim/repairer:latest ollama lru-cache blind 3.2s");
  });
});
