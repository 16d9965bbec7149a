export interface Meeting {
  id: string;
  start: number;
  end: number;
}
export declare function roomsNeeded(meetings: readonly Meeting[]): number;
export declare function assignRooms(meetings: readonly Meeting[]): Map<string, number>;
