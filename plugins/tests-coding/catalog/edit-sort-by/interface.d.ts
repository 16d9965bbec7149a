export interface SortKey<T> {
  key: (row: T) => number | string;
  descending?: boolean;
}
export declare function sortBy<T>(rows: readonly T[], ...keys: SortKey<T>[]): T[];
