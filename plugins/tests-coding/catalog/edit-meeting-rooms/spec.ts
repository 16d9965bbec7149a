import { assignRooms, roomsNeeded } from "./solution";

const m = (id: string, start: number, end: number) => ({ id, start, end });

describe("roomsNeeded", () => {
  it("lets back-to-back meetings share a room", () => {
    expect(roomsNeeded([m("a", 540, 600), m("b", 600, 660)])).toBe(1);
  });
  it("counts real overlaps", () => {
    expect(roomsNeeded([m("a", 540, 600), m("b", 599, 660), m("c", 550, 605)])).toBe(3);
    expect(roomsNeeded([m("a", 540, 600), m("b", 599, 660), m("c", 550, 560)])).toBe(2);
    expect(roomsNeeded([])).toBe(0);
  });
  it("throws a RangeError for a meeting that does not end after it starts", () => {
    expect(() => roomsNeeded([m("a", 600, 600)])).toThrow(RangeError);
    expect(() => roomsNeeded([m("a", 600, 500)])).toThrow(RangeError);
    expect(() => roomsNeeded([m("a", Number.NaN, 500)])).toThrow(RangeError);
  });
});

describe("assignRooms", () => {
  it("reuses the lowest free room", () => {
    const rooms = assignRooms([m("c", 600, 660), m("a", 540, 600), m("b", 560, 620), m("d", 620, 700)]);
    expect(Object.fromEntries(rooms)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
  });
  it("breaks start ties by id", () => {
    const rooms = assignRooms([m("y", 0, 10), m("x", 0, 10)]);
    expect(rooms.get("x")).toBe(0);
    expect(rooms.get("y")).toBe(1);
  });
  it("uses as many rooms as roomsNeeded and never overlaps within a room", () => {
    const meetings = [
      m("a", 0, 30),
      m("b", 10, 20),
      m("c", 20, 40),
      m("d", 30, 50),
      m("e", 5, 45),
      m("f", 45, 60),
    ];
    const rooms = assignRooms(meetings);
    expect(new Set(rooms.values()).size).toBe(roomsNeeded(meetings));
    for (const one of meetings) {
      for (const two of meetings) {
        if (one.id < two.id && rooms.get(one.id) === rooms.get(two.id)) {
          expect(one.end <= two.start || two.end <= one.start).toBe(true);
        }
      }
    }
  });
  it("takes the lowest free room, not the one freed last", () => {
    const rooms = assignRooms([m("a", 0, 10), m("b", 0, 20), m("c", 30, 40)]);
    expect(rooms.get("c")).toBe(0);
  });
  it("does not modify its input and validates", () => {
    const meetings = [m("b", 10, 20), m("a", 0, 5)];
    assignRooms(meetings);
    expect(meetings.map((x) => x.id)).toEqual(["b", "a"]);
    expect(() => assignRooms([m("a", 5, 5)])).toThrow(RangeError);
  });
});
