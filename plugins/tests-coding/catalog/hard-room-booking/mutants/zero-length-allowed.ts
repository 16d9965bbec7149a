export interface Meeting {
  id: string;
  start: number;
  end: number;
}

export interface Booking {
  assignments: Record<string, string>;
  unassigned: string[];
}

function assertMeetings(meetings: Meeting[]): void {
  const ids = new Set<string>();
  for (const meeting of meetings) {
    const { id, start, end } = meeting;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
      throw new RangeError(`meeting ${id} has bad times ${start}–${end}`);
    }
    if (ids.has(id)) throw new RangeError(`meeting id ${id} is repeated`);
    ids.add(id);
  }
}

function byStartThenEndThenId(a: Meeting, b: Meeting): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function assignRooms(meetings: Meeting[], rooms: string[]): Booking {
  assertMeetings(meetings);
  if (new Set(rooms).size !== rooms.length) throw new RangeError("a room name is repeated");
  const freeAt = new Map(rooms.map((room) => [room, 0]));
  const assignments: Record<string, string> = {};
  const unassigned: string[] = [];
  for (const meeting of [...meetings].sort(byStartThenEndThenId)) {
    const room = rooms.find((candidate) => (freeAt.get(candidate) as number) <= meeting.start);
    if (room === undefined) {
      unassigned.push(meeting.id);
      continue;
    }
    assignments[meeting.id] = room;
    freeAt.set(room, meeting.end);
  }
  return { assignments, unassigned };
}

export function minRoomsNeeded(meetings: Meeting[]): number {
  assertMeetings(meetings);
  // Ends before starts at the same minute: touching meetings never overlap.
  const events = meetings.flatMap((m) => [
    { at: m.start, change: 1 },
    { at: m.end, change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let most = 0;
  for (const event of events) {
    current += event.change;
    most = Math.max(most, current);
  }
  return most;
}
