import { createTrafficLight } from "./solution";

function ticks(light: ReturnType<typeof createTrafficLight>, n: number): string {
  let last = "";
  for (let i = 0; i < n; i++) last = light.tick();
  return last;
}

describe("createTrafficLight", () => {
  it("runs the normal cycle", () => {
    const t = createTrafficLight();
    expect(ticks(t, 19)).toBe("red");
    expect(t.tick()).toBe("green");
    expect(ticks(t, 29)).toBe("green");
    expect(t.tick()).toBe("yellow");
    expect(ticks(t, 3)).toBe("red");
  });
  it("shortens green to 5 ticks when pressed early", () => {
    const t = createTrafficLight();
    ticks(t, 20);
    t.tick();
    t.pressButton();
    expect(ticks(t, 3)).toBe("green");
    expect(t.tick()).toBe("yellow");
  });
  it("turns yellow on the next tick when green has lasted long enough", () => {
    const t = createTrafficLight();
    ticks(t, 20 + 12);
    t.pressButton();
    expect(t.tick()).toBe("yellow");
  });
  it("ignores the button while red and uses a request up", () => {
    const t = createTrafficLight();
    t.pressButton();
    ticks(t, 20);
    expect(ticks(t, 25)).toBe("green");
    const u = createTrafficLight();
    ticks(u, 25);
    u.pressButton();
    expect(u.light).toBe("green");
    expect(u.tick()).toBe("yellow");
    ticks(u, 3 + 20);
    expect(u.light).toBe("green");
    expect(ticks(u, 10)).toBe("green");
  });
  it("flashes at night without counting time and restarts red", () => {
    const t = createTrafficLight();
    ticks(t, 25);
    t.setNightMode(true);
    expect(t.light).toBe("flashing");
    expect(ticks(t, 100)).toBe("flashing");
    t.pressButton();
    t.setNightMode(false);
    expect(t.light).toBe("red");
    expect(ticks(t, 19)).toBe("red");
    expect(t.tick()).toBe("green");
    expect(ticks(t, 29)).toBe("green");
  });
  it("setting the same mode changes nothing", () => {
    const t = createTrafficLight();
    ticks(t, 25);
    t.setNightMode(false);
    expect(t.light).toBe("green");
    expect(ticks(t, 24)).toBe("green");
  });
});
