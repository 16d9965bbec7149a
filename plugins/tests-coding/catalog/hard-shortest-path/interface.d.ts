export type Edge = [from: string, to: string, weight: number];

export declare function shortestPath(
  edges: Edge[],
  from: string,
  to: string,
): { cost: number; path: string[] } | null;
