// Converts identifiers between camelCase and snake_case for the code generator.
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

export function toSnakeCase(name: string): string {
  return splitWords(name).join("_");
}

export function toCamelCase(name: string): string {
  return splitWords(name)
    .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join("");
}
