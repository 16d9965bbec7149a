export type CallGraph = Record<string, string[]>;
export declare function reachable(graph: CallGraph, start: string): string[];
export declare function shortestHops(graph: CallGraph, from: string, to: string): number;
