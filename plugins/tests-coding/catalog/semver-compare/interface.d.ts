export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
  build: string[];
}

export declare function parseSemver(version: string): SemVer | null;
export declare function compareSemver(a: string, b: string): -1 | 0 | 1;
