import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatPercent, formatPoints, formatProportion } from "./format.js";

describe("format helpers", () => {
  it("formats durations long and compact", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(12_340)).toBe("12.3 s");
    expect(formatDuration(245_000)).toBe("4 min 05 s");
    expect(formatDuration(13_680_000)).toBe("3 h 48 min");
    expect(formatDuration(3_200, { compact: true })).toBe("3.2s");
    expect(formatDuration(245_000, { compact: true })).toBe("4m 05s");
    expect(formatDuration(4_320_000, { compact: true })).toBe("1h 12m");
    expect(formatDuration(undefined)).toBe("–");
  });
  it("formats bytes, percents, points and proportions", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(7.4 * 1024 ** 3)).toBe("7.4 GB");
    expect(formatPercent(0.4512)).toBe("45.1%");
    expect(formatPoints(-0.01)).toBe("−1.0 pp");
    expect(formatPoints(0.0001)).toBe("0.0 pp");
    expect(formatProportion({ estimate: 0.451, lower: 0.403, upper: 0.5 })).toBe("45.1% [40.3–50.0]");
    expect(formatProportion({ estimate: 0.451, lower: 0.403, upper: 0.5 }, ["(", ")"])).toBe(
      "45.1% (40.3–50.0)",
    );
  });
});
