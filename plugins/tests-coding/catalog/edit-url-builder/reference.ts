// Builds API URLs: base, path segments and query parameters.
export function buildUrl(
  base: string,
  segments: string[],
  query: Record<string, string | number | boolean | undefined> = {},
): string {
  const root = base.replace(/\/+$/, "");
  let url = segments.length === 0 ? root : `${root}/${segments.map((s) => encodeURIComponent(s)).join("/")}`;
  const params = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  if (params.length > 0) url += `?${params.join("&")}`;
  return url;
}
