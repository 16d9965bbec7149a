import { scoreGame } from "./solution";

const zeros = (n: number) => new Array<number>(n).fill(0);
const running = (perFrame: number[]) =>
  perFrame.map((_, i) => perFrame.slice(0, i + 1).reduce((a, b) => a + b, 0));

describe("scoreGame", () => {
  it("scores a gutter game and an all-ones game", () => {
    expect(scoreGame(zeros(20))).toEqual({ frames: zeros(10), total: 0, complete: true });
    expect(scoreGame(new Array<number>(20).fill(1))).toEqual({
      frames: running(new Array<number>(10).fill(2)),
      total: 20,
      complete: true,
    });
  });

  it("scores a perfect game", () => {
    expect(scoreGame(new Array<number>(12).fill(10))).toEqual({
      frames: running(new Array<number>(10).fill(30)),
      total: 300,
      complete: true,
    });
  });

  it("scores all spares with a bonus roll", () => {
    expect(scoreGame(new Array<number>(21).fill(5))).toEqual({
      frames: running(new Array<number>(10).fill(15)),
      total: 150,
      complete: true,
    });
  });

  it("scores a frame only once its bonus rolls are known", () => {
    expect(scoreGame([10, 3, 4])).toEqual({ frames: [17, 24], total: 24, complete: false });
    expect(scoreGame([10, 3])).toEqual({ frames: [], total: 0, complete: false });
    expect(scoreGame([3, 4, 5])).toEqual({ frames: [7], total: 7, complete: false });
    expect(scoreGame([9, 1, 10, 10])).toEqual({ frames: [20], total: 20, complete: false });
    expect(scoreGame([])).toEqual({ frames: [], total: 0, complete: false });
  });

  it("gives the tenth frame its bonus rolls", () => {
    expect(scoreGame([...zeros(18), 10, 10, 10]).total).toBe(30);
    expect(scoreGame([...zeros(18), 10, 5, 5]).total).toBe(20);
    expect(scoreGame([...zeros(18), 5, 5, 10]).total).toBe(20);
    expect(scoreGame([...zeros(18), 10, 10, 3]).total).toBe(23);
    expect(scoreGame([...zeros(18), 3, 4])).toEqual({
      frames: running([...zeros(9), 7]),
      total: 7,
      complete: true,
    });
  });

  it("knows when the tenth frame still waits for rolls", () => {
    expect(scoreGame([...zeros(18), 10, 10])).toEqual({ frames: zeros(9), total: 0, complete: false });
    expect(scoreGame([...zeros(18), 5, 5])).toEqual({ frames: zeros(9), total: 0, complete: false });
  });

  it("throws a RangeError for a roll that is not 0 to 10 pins", () => {
    for (const bad of [[11], [-1], [1.5], [Number.NaN]]) expect(() => scoreGame(bad)).toThrow(RangeError);
  });

  it("throws a RangeError for more pins in a frame than are standing", () => {
    expect(() => scoreGame([5, 6])).toThrow(RangeError);
    expect(() => scoreGame([10, 9, 2])).toThrow(RangeError);
    expect(() => scoreGame([...zeros(18), 10, 5, 6])).toThrow(RangeError);
    expect(() => scoreGame([...zeros(18), 3, 8])).toThrow(RangeError);
  });

  it("throws a RangeError for a roll after the game is over", () => {
    expect(() => scoreGame([...zeros(18), 3, 4, 1])).toThrow(RangeError);
    expect(() => scoreGame([...new Array<number>(12).fill(10), 1])).toThrow(RangeError);
    expect(() => scoreGame([...zeros(18), 5, 5, 10, 1])).toThrow(RangeError);
    expect(() => scoreGame(zeros(21))).toThrow(RangeError);
  });

  it("does not change its input", () => {
    const rolls = [10, 3, 4];
    scoreGame(rolls);
    expect(rolls).toEqual([10, 3, 4]);
  });
});
