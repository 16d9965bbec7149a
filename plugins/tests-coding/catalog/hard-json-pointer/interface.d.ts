export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export declare function resolvePointer(doc: Json, pointer: string): Json;
export declare function setPointer(doc: Json, pointer: string, value: Json): Json;
