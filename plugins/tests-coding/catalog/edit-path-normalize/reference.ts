// POSIX-style path helpers for the virtual file system.
export function normalizePath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
    } else {
      out.push(segment);
    }
  }
  const joined = out.join("/");
  if (absolute) return `/${joined}`;
  return joined === "" ? "." : joined;
}

export function joinPaths(...parts: string[]): string {
  const nonEmpty = parts.filter((part) => part !== "");
  if (nonEmpty.length === 0) return ".";
  return normalizePath(nonEmpty.join("/"));
}
