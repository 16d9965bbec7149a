import { describe, expect, it } from "vitest";
import { parseKeepAlive } from "./keep-alive.js";

describe("parseKeepAlive", () => {
  it.each([
    [undefined, 300_000],
    [0, 0],
    ["0", 0],
    ["0s", 0],
    [30, 30_000],
    ["10m", 600_000],
    ["1h30m", 5_400_000],
    [-1, Number.POSITIVE_INFINITY],
    ["-1m", Number.POSITIVE_INFINITY],
    ["soon", 300_000],
  ])("reads %j as %d ms", (value, expected) => {
    expect(parseKeepAlive(value)).toBe(expected);
  });
});
