// Query-string helpers for the router.
export type Query = Record<string, string | string[]>;

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, " "));
}

export function parseQuery(search: string): Query {
  const query: Query = Object.create(null);
  const text = search.startsWith("?") ? search.slice(1) : search;
  for (const part of text.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const key = decode(equals === -1 ? part : part.slice(0, equals));
    const value = equals === -1 ? "" : decode(part.slice(equals + 1));
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}

export function stringifyQuery(query: Query): string {
  return Object.entries(query)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((one) => [key, one]))
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
}
