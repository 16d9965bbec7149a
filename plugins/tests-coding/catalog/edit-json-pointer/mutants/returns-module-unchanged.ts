// Reads values out of JSON documents with JSON Pointers ("/a/b/0").
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~0/g, "~").replace(/~1/g, "/"));
}

export function getPointer(document: unknown, pointer: string): unknown {
  let current = document;
  for (const token of parsePointer(pointer)) {
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
