export interface GameScore {
  frames: number[];
  total: number;
  complete: boolean;
}

export function scoreGame(rolls: number[]): GameScore {
  const bad = (index: number, why: string): never => {
    throw new RangeError(`roll ${index + 1} (${rolls[index]}): ${why}`);
  };
  rolls.forEach((pins, index) => {
    if (!Number.isInteger(pins) || pins < 0 || pins > 10)
      bad(index, "not a whole number of pins from 0 to 10");
  });
  // Frame starts, validating as we go.
  const starts: number[] = [];
  let i = 0;
  let complete = false;
  for (let frame = 1; frame <= 10 && i < rolls.length; frame++) {
    starts.push(i);
    const first = rolls[i] as number;
    if (frame < 10) {
      if (first === 10) {
        i += 1;
        continue;
      }
      if (i + 1 < rolls.length && first + (rolls[i + 1] as number) > 10)
        bad(i + 1, "more pins than are standing");
      i += 2;
      continue;
    }
    // Tenth frame.
    const second = rolls[i + 1];
    const third = rolls[i + 2];
    if (second !== undefined && first < 10 && first + second > 10) bad(i + 1, "more pins than are standing");
    if (first === 10 && second !== undefined && second < 10 && third !== undefined && second + third > 10) {
      bad(i + 2, "more pins than are standing");
    }
    const rollsInFrame = first === 10 || (second !== undefined && first + second === 10) ? 3 : 2;
    complete = rolls.length >= i + rollsInFrame;
    if (rolls.length > i + rollsInFrame) bad(i + rollsInFrame, "the game is already over");
    i += rollsInFrame;
  }
  if (i < rolls.length) bad(i, "the game is already over");

  const frames: number[] = [];
  let total = 0;
  starts.forEach((start, index) => {
    const first = rolls[start] as number;
    const needed = first === 10 || first + (rolls[start + 1] ?? 0) === 10 ? 3 : 2;
    if (start + needed > rolls.length) return;
    if (frames.length !== index) return;
    const pins = rolls.slice(start, start + needed).reduce((sum, value) => sum + value, 0);
    total += pins;
    frames.push(total);
  });
  return { frames, total, complete };
}
