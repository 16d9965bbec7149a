export type Part = "major" | "minor" | "patch" | "prerelease";
export declare function bump(version: string, part: Part, preid?: string): string;
