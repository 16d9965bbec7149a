// Query-string helpers for the router.
export type Query = Record<string, string>;

export function parseQuery(search: string): Query {
  const query: Query = {};
  const text = search.startsWith("?") ? search.slice(1) : search;
  for (const part of text.split("&")) {
    const [key, value] = part.split("=");
    query[decodeURIComponent(key)] = decodeURIComponent(value ?? "");
  }
  return query;
}

export function stringifyQuery(query: Query): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
}
