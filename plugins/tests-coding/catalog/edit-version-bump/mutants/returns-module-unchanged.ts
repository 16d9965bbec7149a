// Bumps "major.minor.patch" versions for the release script.
export type Part = "major" | "minor" | "patch";

export function bump(version: string, part: Part): string {
  const [major, minor, patch] = version.split(".").map(Number);
  if (part === "major") return `${major! + 1}.0.0`;
  if (part === "minor") return `${major}.${minor! + 1}.${patch}`;
  return `${major}.${minor}.${patch! + 1}`;
}
