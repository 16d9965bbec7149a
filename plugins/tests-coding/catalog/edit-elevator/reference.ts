// One elevator: calls are served in the direction of travel (the elevator algorithm).
export function createElevator(floors: number) {
  if (!Number.isInteger(floors) || floors < 2)
    throw new RangeError(`floors must be an integer of at least 2, got ${floors}`);
  let floor = 0;
  let direction: "up" | "down" | "idle" = "idle";
  const calls = new Set<number>();
  return {
    call(to: number): void {
      if (!Number.isInteger(to) || to < 0 || to >= floors) {
        throw new RangeError(`floor must be an integer from 0 to ${floors - 1}, got ${to}`);
      }
      if (to !== floor || direction !== "idle") calls.add(to);
    },
    /** Moves to the next stop and returns it, or undefined when idle. */
    step(): number | undefined {
      calls.delete(floor);
      if (calls.size === 0) {
        direction = "idle";
        return undefined;
      }
      const above = [...calls].filter((f) => f > floor);
      const below = [...calls].filter((f) => f < floor);
      if (direction === "idle") {
        const nearestUp = above.length ? Math.min(...above) - floor : Number.POSITIVE_INFINITY;
        const nearestDown = below.length ? floor - Math.max(...below) : Number.POSITIVE_INFINITY;
        direction = nearestUp <= nearestDown ? "up" : "down";
      } else if (direction === "up" && above.length === 0) {
        direction = "down";
      } else if (direction === "down" && below.length === 0) {
        direction = "up";
      }
      floor = direction === "up" ? Math.min(...above) : Math.max(...below);
      calls.delete(floor);
      if (calls.size === 0) direction = "idle";
      return floor;
    },
    get floor(): number {
      return floor;
    },
    get direction(): "up" | "down" | "idle" {
      return direction;
    },
  };
}
