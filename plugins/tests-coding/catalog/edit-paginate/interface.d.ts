export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  hasNext: boolean;
}
export declare function pageCount(total: number, pageSize: number): number;
export declare function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T>;
