export interface Meeting {
  id: string;
  start: number;
  end: number;
}

export interface Booking {
  assignments: Record<string, string>;
  unassigned: string[];
}

export declare function assignRooms(meetings: Meeting[], rooms: string[]): Booking;
export declare function minRoomsNeeded(meetings: Meeting[]): number;
