export type Query = Record<string, string | string[]>;

export declare function parseQuery(query: string): Query;
export declare function stringifyQuery(params: Query): string;
