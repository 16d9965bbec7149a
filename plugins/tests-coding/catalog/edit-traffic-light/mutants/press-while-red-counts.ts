// A traffic light driven by a once-per-second tick.
export type Light = "green" | "yellow" | "red" | "flashing";

const DURATION: Record<"green" | "yellow" | "red", number> = { green: 30, yellow: 3, red: 20 };
const NEXT: Record<"green" | "yellow" | "red", "green" | "yellow" | "red"> = {
  green: "yellow",
  yellow: "red",
  red: "green",
};
const MIN_GREEN = 5;

export function createTrafficLight() {
  let light: "green" | "yellow" | "red" = "red";
  let elapsed = 0;
  let requested = false;
  let night = false;
  return {
    tick(): Light {
      if (night) return "flashing";
      elapsed++;
      if (light === "green" && requested && elapsed >= MIN_GREEN) {
        light = "yellow";
        elapsed = 0;
        requested = false;
      } else if (elapsed >= DURATION[light]) {
        light = NEXT[light];
        elapsed = 0;
      }
      return light;
    },
    pressButton(): void {
      if (night) return;
      requested = true;
    },
    setNightMode(on: boolean): void {
      if (on === night) return;
      night = on;
      light = "red";
      elapsed = 0;
      requested = false;
    },
    get light(): Light {
      return night ? "flashing" : light;
    },
  };
}
