// One elevator: calls are served first come, first served.
export function createElevator(floors: number) {
  let floor = 0;
  const calls: number[] = [];
  return {
    call(to: number): void {
      if (!calls.includes(to)) calls.push(to);
    },
    /** Moves to the next stop and returns it, or undefined when idle. */
    step(): number | undefined {
      const next = calls.shift();
      if (next === undefined) return undefined;
      floor = next;
      return floor;
    },
    get floor(): number {
      return floor;
    },
  };
}
