// POSIX-style path helpers for the virtual file system.
export function normalizePath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return (absolute ? "/" : "") + out.join("/");
}

export function joinPaths(...parts: string[]): string {
  return normalizePath(parts.join("/"));
}
