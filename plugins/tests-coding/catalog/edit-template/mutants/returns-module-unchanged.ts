// Fills "Hello {name}" style templates for notification texts.
export class MissingKeyError extends Error {}

export function render(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}
