// Fills "Hello {name}" style templates for notification texts.
export class MissingKeyError extends Error {
  constructor(readonly key: string) {
    super(`the template needs a value for "${key}"`);
    this.name = "MissingKeyError";
  }
}

function lookup(values: Record<string, unknown>, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, part)) {
      throw new MissingKeyError(path);
    }
    current = (current as Record<string, unknown>)[part];
  }
  if (current === undefined || current === null) throw new MissingKeyError(path);
  return current;
}

export function render(template: string, values: Record<string, unknown>): string {
  return template.replace(
    /\{\{|\}\}|\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}/g,
    (match, path?: string) => {
      return String(lookup(values, path as string));
    },
  );
}
