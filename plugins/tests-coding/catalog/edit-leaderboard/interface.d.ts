export interface Entry {
  name: string;
  score: number;
}
export declare function rank(entries: readonly Entry[]): (Entry & {
  rank: number;
})[];
