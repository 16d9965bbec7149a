// Builds API URLs: base, path segments and query parameters.
export function buildUrl(
  base: string,
  segments: string[],
  query: Record<string, string | number> = {},
): string {
  let url = base + "/" + segments.join("/");
  const params = Object.entries(query).map(([key, value]) => `${key}=${value}`);
  if (params.length > 0) url += "?" + params.join("&");
  return url;
}
