// Converts identifiers between camelCase and snake_case for the code generator.
export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (char) => "_" + char.toLowerCase());
}

export function toCamelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, char: string) => char.toUpperCase());
}
