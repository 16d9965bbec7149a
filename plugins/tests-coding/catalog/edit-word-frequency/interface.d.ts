export declare function wordFrequency(
  text: string,
  options?: {
    stopWords?: Iterable<string>;
    top?: number;
  },
): [string, number][];
