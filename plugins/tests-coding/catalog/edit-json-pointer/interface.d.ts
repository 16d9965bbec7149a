export declare function parsePointer(pointer: string): string[];
export declare function getPointer(document: unknown, pointer: string): unknown;
