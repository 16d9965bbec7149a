// How many rooms a day of meetings needs. Times are minutes since midnight; `end` is exclusive.
export interface Meeting {
  id: string;
  start: number;
  end: number;
}

export function roomsNeeded(meetings: readonly Meeting[]): number {
  const events: [number, number][] = [];
  for (const m of meetings) {
    events.push([m.start, 1]);
    events.push([m.end, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let open = 0;
  let most = 0;
  for (const [, change] of events) {
    open += change;
    most = Math.max(most, open);
  }
  return most;
}
