export declare function formatDuration(ms: number): string;
