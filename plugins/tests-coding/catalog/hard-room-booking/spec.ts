import { assignRooms, minRoomsNeeded } from "./solution";

const m = (id: string, start: number, end: number) => ({ id, start, end });

describe("assignRooms", () => {
  it("lets back-to-back meetings share a room", () => {
    expect(assignRooms([m("a", 0, 30), m("b", 30, 60)], ["A", "B"])).toEqual({
      assignments: { a: "A", b: "A" },
      unassigned: [],
    });
  });

  it("moves an overlapping meeting to the next room", () => {
    expect(assignRooms([m("a", 0, 30), m("b", 29, 60)], ["A", "B"])).toEqual({
      assignments: { a: "A", b: "B" },
      unassigned: [],
    });
  });

  it("schedules the example", () => {
    const meetings = [m("retro", 60, 90), m("standup", 0, 15), m("design", 0, 60), m("lunch", 15, 75)];
    expect(assignRooms(meetings, ["Oak", "Pine"])).toEqual({
      assignments: { standup: "Oak", design: "Pine", lunch: "Oak", retro: "Pine" },
      unassigned: [],
    });
  });

  it("takes the first free room in list order, not the one free longest or most recently", () => {
    const meetings = [m("x", 0, 10), m("y", 0, 20), m("z", 30, 40)];
    expect(assignRooms(meetings, ["C", "A", "B"]).assignments).toEqual({ x: "C", y: "A", z: "C" });
  });

  it("breaks equal starts by end, then by id in string order", () => {
    expect(assignRooms([m("long", 0, 60), m("short", 0, 30)], ["A", "B"]).assignments).toEqual({
      short: "A",
      long: "B",
    });
    expect(assignRooms([m("m9", 0, 10), m("m10", 0, 10)], ["A", "B"]).assignments).toEqual({
      m10: "A",
      m9: "B",
    });
  });

  it("leaves meetings unassigned when every room is busy, and goes on", () => {
    const meetings = [m("a", 0, 50), m("b", 10, 20), m("c", 15, 30), m("d", 20, 25), m("e", 50, 60)];
    expect(assignRooms(meetings, ["R1", "R2"])).toEqual({
      assignments: { a: "R1", b: "R2", d: "R2", e: "R1" },
      unassigned: ["c"],
    });
    expect(assignRooms([m("a", 0, 1)], [])).toEqual({ assignments: {}, unassigned: ["a"] });
  });

  it("does not change its input", () => {
    const meetings = [m("b", 5, 6), m("a", 0, 1)];
    const rooms = ["Z", "Y"];
    assignRooms(meetings, rooms);
    expect(meetings).toEqual([m("b", 5, 6), m("a", 0, 1)]);
    expect(rooms).toEqual(["Z", "Y"]);
  });

  it("throws a RangeError for bad times, repeated ids or repeated rooms", () => {
    for (const bad of [
      [m("a", 10, 10)],
      [m("a", 20, 10)],
      [m("a", -5, 10)],
      [m("a", 0.5, 10)],
      [m("a", 0, 10), m("a", 20, 30)],
    ]) {
      expect(() => assignRooms(bad, ["A"])).toThrow(RangeError);
    }
    expect(() => assignRooms([m("a", 0, 10)], ["A", "A"])).toThrow(RangeError);
  });
});

describe("minRoomsNeeded", () => {
  it("counts the most meetings in progress at once", () => {
    expect(minRoomsNeeded([])).toBe(0);
    expect(minRoomsNeeded([m("a", 0, 10), m("b", 5, 15), m("c", 9, 12)])).toBe(3);
    expect(minRoomsNeeded([m("a", 0, 100), m("b", 10, 20), m("c", 30, 40), m("d", 35, 50)])).toBe(3);
  });

  it("never counts touching meetings together", () => {
    expect(minRoomsNeeded([m("a", 0, 10), m("b", 10, 20), m("c", 20, 30)])).toBe(1);
    expect(minRoomsNeeded([m("a", 10, 20), m("b", 0, 10), m("c", 5, 10)])).toBe(2);
  });

  it("throws a RangeError for bad times or repeated ids", () => {
    expect(() => minRoomsNeeded([m("a", 3, 1)])).toThrow(RangeError);
    expect(() => minRoomsNeeded([m("a", 0, 1), m("a", 2, 3)])).toThrow(RangeError);
  });
});
