export declare function buildUrl(
  base: string,
  segments: string[],
  query?: Record<string, string | number | boolean | undefined>,
): string;
