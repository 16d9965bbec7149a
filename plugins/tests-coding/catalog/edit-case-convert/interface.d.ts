export declare function splitWords(name: string): string[];
export declare function toSnakeCase(name: string): string;
export declare function toCamelCase(name: string): string;
