export type Graph = Record<string, Record<string, number>>;
export declare function shortestPath(
  graph: Graph,
  from: string,
  to: string,
): {
  distance: number;
  path: string[];
} | null;
