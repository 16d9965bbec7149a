// A traffic light driven by a once-per-second tick.
export type Light = "green" | "yellow" | "red";

const DURATION: Record<Light, number> = { green: 30, yellow: 3, red: 20 };
const NEXT: Record<Light, Light> = { green: "yellow", yellow: "red", red: "green" };

export function createTrafficLight() {
  let light: Light = "red";
  let elapsed = 0;
  return {
    tick(): Light {
      elapsed++;
      if (elapsed >= DURATION[light]) {
        light = NEXT[light];
        elapsed = 0;
      }
      return light;
    },
    get light(): Light {
      return light;
    },
  };
}
