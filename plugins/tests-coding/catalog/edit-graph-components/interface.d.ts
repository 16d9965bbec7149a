export declare function components(
  users: readonly string[],
  friendships: readonly [string, string][],
): string[][];
export declare function areConnected(
  users: readonly string[],
  friendships: readonly [string, string][],
  a: string,
  b: string,
): boolean;
