export type Query = Record<string, string | string[]>;
export declare function parseQuery(search: string): Query;
export declare function stringifyQuery(query: Query): string;
