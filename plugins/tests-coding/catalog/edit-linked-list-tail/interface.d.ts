export interface List<T> {
  append(value: T): void;
  prepend(value: T): void;
  remove(value: T): boolean;
  toArray(): T[];
  size(): number;
}
export declare function createList<T>(): List<T>;
