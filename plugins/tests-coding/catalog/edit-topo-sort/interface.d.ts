export declare class CycleError extends Error {
  readonly cycle: string[];
  constructor(cycle: string[]);
}
/** `deps` maps each step to the steps it depends on. */
export declare function topoSort(deps: Record<string, string[]>): string[];
