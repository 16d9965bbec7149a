export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
  build: string[];
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseSemver(version: string): SemVer | null {
  const match = SEMVER.exec(version);
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split(".").map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
    build: match[5] ? match[5].split(".") : [],
  };
}

export function compareSemver(a: string, b: string): -1 | 0 | 1 {
  if (!parseSemver(a)) throw new TypeError(`"${a}" is not a valid semantic version`);
  if (!parseSemver(b)) throw new TypeError(`"${b}" is not a valid semantic version`);
  // Compares the version strings without build metadata as text.
  const left = a.split("+")[0]!;
  const right = b.split("+")[0]!;
  const [leftCore, leftPre] = left.split(/-(.*)/);
  const [rightCore, rightPre] = right.split(/-(.*)/);
  if (leftCore !== rightCore) return leftCore! < rightCore! ? -1 : 1;
  if (leftPre === rightPre) return 0;
  if (leftPre === undefined) return 1;
  if (rightPre === undefined) return -1;
  return leftPre < rightPre ? -1 : 1;
}
