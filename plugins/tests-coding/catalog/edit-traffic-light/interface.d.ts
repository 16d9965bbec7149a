export type Light = "green" | "yellow" | "red" | "flashing";
export declare function createTrafficLight(): {
  tick(): Light;
  pressButton(): void;
  setNightMode(on: boolean): void;
  readonly light: Light;
};
