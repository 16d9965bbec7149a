export interface TocEntry {
  level: number;
  text: string;
  slug: string;
}

export declare function buildToc(markdown: string, maxDepth?: number): TocEntry[];
