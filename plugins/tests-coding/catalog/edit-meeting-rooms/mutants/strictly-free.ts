// How many rooms a day of meetings needs. Times are minutes since midnight; `end` is exclusive.
export interface Meeting {
  id: string;
  start: number;
  end: number;
}

function validate(meetings: readonly Meeting[]): void {
  for (const m of meetings) {
    if (!Number.isFinite(m.start) || !Number.isFinite(m.end) || m.end <= m.start) {
      throw new RangeError(`meeting ${m.id} must end after it starts (start ${m.start}, end ${m.end})`);
    }
  }
}

export function roomsNeeded(meetings: readonly Meeting[]): number {
  validate(meetings);
  const events: [number, number][] = [];
  for (const m of meetings) {
    events.push([m.start, 1]);
    events.push([m.end, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, change] of events) {
    open += change;
    most = Math.max(most, open);
  }
  return most;
}

export function assignRooms(meetings: readonly Meeting[]): Map<string, number> {
  validate(meetings);
  const sorted = [...meetings].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const freeAt: number[] = [];
  const rooms = new Map<string, number>();
  for (const m of sorted) {
    let room = freeAt.findIndex((time) => time < m.start);
    if (room === -1) room = freeAt.length;
    freeAt[room] = m.end;
    rooms.set(m.id, room);
  }
  return rooms;
}
