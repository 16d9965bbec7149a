// Bumps "major.minor.patch" versions for the release script.
export type Part = "major" | "minor" | "patch" | "prerelease";

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+)\.(0|[1-9]\d*))?$/;

export function bump(version: string, part: Part, preid = "rc"): string {
  const match = VERSION.exec(version);
  if (!match) throw new SyntaxError(`"${version}" is not a version like 1.2.3 or 1.2.3-rc.0`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const patch = Number(match[3]);
  const pre = match[4] === undefined ? undefined : { id: match[4], n: Number(match[5]) };
  if (part === "major") return minor === 0 && patch === 0 && pre ? `${major}.0.0` : `${major + 1}.0.0`;
  if (part === "minor") return patch === 0 && pre ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
  if (part === "patch") return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
  if (pre && pre.id === preid) return `${major}.${minor}.${patch}-${preid}.${pre.n + 1}`;
  if (pre) return `${major}.${minor}.${patch}-${preid}.0`;
  return `${major}.${minor}.${patch + 1}-${preid}.0`;
}
