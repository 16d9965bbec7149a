export type Query = Record<string, string | string[]>;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text.replace(/\+/g, " ");
  }
}

export function parseQuery(query: string): Query {
  const result: Query = {};
  const body = query.startsWith("?") ? query.slice(1) : query;
  for (const pair of body.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    const value = decode(at === -1 ? "" : pair.slice(at + 1));
    const current = Object.hasOwn(result, key) ? result[key] : undefined;
    const next =
      current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
    Object.defineProperty(result, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function encode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, "+");
}

export function stringifyQuery(params: Query): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) pairs.push(`${encode(key)}=${encode(item)}`);
  }
  return pairs.join("&");
}
