export interface Base64Options {
  url?: boolean;
  pad?: boolean;
}

export declare function encodeBase64(bytes: Uint8Array, options?: Base64Options): string;
export declare function decodeBase64(text: string, options?: Pick<Base64Options, "url">): Uint8Array;
