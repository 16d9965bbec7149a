export declare function createElevator(floors: number): {
  call(to: number): void;
  /** Moves to the next stop and returns it, or undefined when idle. */
  step(): number | undefined;
  readonly floor: number;
  readonly direction: "up" | "down" | "idle";
};
