export interface Base64Options {
  url?: boolean;
  pad?: boolean;
}

const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function encodeBase64(bytes: Uint8Array, options: Base64Options = {}): string {
  const alphabet = options.url ? URL_SAFE : STANDARD;
  const pad = options.pad ?? !options.url;
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = ((chunk[0] ?? 0) << 16) | ((chunk[1] ?? 0) << 8) | (chunk[2] ?? 0);
    const chars = chunk[1] === undefined ? 2 : chunk[2] === undefined ? 3 : 4;
    for (let c = 0; c < chars; c++) out += alphabet[(n >> (18 - 6 * c)) & 63];
    if (pad) out += "=".repeat(4 - chars);
  }
  return out;
}

export function decodeBase64(text: string, options: Pick<Base64Options, "url"> = {}): Uint8Array {
  const alphabet = options.url ? URL_SAFE : STANDARD;
  const bad = (why: string): never => {
    throw new SyntaxError(`"${text}" is not canonical base64${options.url ? "url" : ""}: ${why}`);
  };
  let body = text;
  const padding = /=*$/.exec(text)?.[0].length ?? 0;
  if (padding > 0) {
    if (padding > 2 || text.length % 4 !== 0) bad("wrong padding");
    body = text.slice(0, -padding);
    if ((body.length + padding) % 4 !== 0 || body.length % 4 === 0 || 4 - (body.length % 4) !== padding)
      bad("wrong padding");
  }
  if (body.length % 4 === 1) bad("a length that leaves one character over");
  const values: number[] = [];
  for (const char of body) {
    const value = alphabet.indexOf(char);
    if (value === -1) bad(`the character ${JSON.stringify(char)}`);
    values.push(value);
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const group = values.slice(i, i + 4);
    const n = group.reduce((acc, value, index) => acc | (value << (18 - 6 * index)), 0);
    const bytes = group.length - 1;
    const unused = n & ((1 << (8 * (3 - bytes))) - 1);
    if (group.length < 4 && unused !== 0) bad("non-zero bits after the last byte");
    for (let b = 0; b < bytes; b++) out.push((n >> (16 - 8 * b)) & 255);
  }
  return new Uint8Array(out);
}
