// Structured output: turns a scripted answer into valid JSON for `format: "json"` or a JSON schema,
// as Ollama's grammar-constrained sampling would, keeping the answer when it already fits.

type JsonSchema = Record<string, unknown>;

/** Returns the answer as JSON text that parses and, for a schema, fits it. */
export function formatAnswerAsJson(answer: string, format: unknown): string {
  const parsed = parseLooseJson(answer);
  if (format === "json") {
    if (parsed.ok && isPlainObject(parsed.value)) return JSON.stringify(parsed.value);
    return JSON.stringify({ response: answer });
  }
  const schema = isPlainObject(format) ? format : {};
  if (parsed.ok && fitsSchema(parsed.value, schema)) return JSON.stringify(parsed.value);
  return JSON.stringify(buildFromSchema(schema, { text: answer, used: false }));
}

/** Whether a request's `format` asks for JSON output. */
export function isJsonFormat(format: unknown): boolean {
  return format === "json" || isPlainObject(format);
}

function parseLooseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  for (const candidate of [text.trim(), fenced?.[1]?.trim()]) {
    if (!candidate) continue;
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch {
      // not JSON; try the next candidate
    }
  }
  return { ok: false };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function schemaTypes(schema: JsonSchema): string[] {
  const type = schema.type;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === "string");
  if (isPlainObject(schema.properties)) return ["object"];
  if (schema.items !== undefined) return ["array"];
  return [];
}

function fitsType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** A small JSON Schema check: type, enum, const, required, properties, items, anyOf/oneOf. */
export function fitsSchema(value: unknown, schema: JsonSchema): boolean {
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && !alternatives.some((option) => fitsSchema(value, option))) return false;
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))
  )
    return false;
  if ("const" in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  const types = schemaTypes(schema);
  if (types.length > 0 && !types.some((type) => fitsType(value, type))) return false;
  if (isPlainObject(value)) {
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    if (required.some((key) => !(key in value))) return false;
    const properties = isPlainObject(schema.properties) ? schema.properties : {};
    for (const [key, propertySchema] of Object.entries(properties)) {
      if (key in value && isPlainObject(propertySchema) && !fitsSchema(value[key], propertySchema))
        return false;
    }
  }
  if (Array.isArray(value) && isPlainObject(schema.items)) {
    const items = schema.items;
    if (!value.every((item) => fitsSchema(item, items))) return false;
  }
  return true;
}

interface BuildState {
  text: string;
  used: boolean;
}

/** Builds a value fitting the schema; the first free string receives the answer text. */
function buildFromSchema(schema: JsonSchema, state: BuildState): unknown {
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0 && isPlainObject(alternatives[0])) {
    return buildFromSchema(alternatives[0], state);
  }
  const type = schemaTypes(schema)[0];
  switch (type) {
    case "object": {
      const properties = isPlainObject(schema.properties) ? schema.properties : {};
      const result: Record<string, unknown> = {};
      for (const [key, propertySchema] of Object.entries(properties)) {
        result[key] = buildFromSchema(isPlainObject(propertySchema) ? propertySchema : {}, state);
      }
      return result;
    }
    case "array": {
      const minItems = typeof schema.minItems === "number" ? schema.minItems : 1;
      const items = isPlainObject(schema.items) ? schema.items : { type: "string" };
      return Array.from({ length: Math.max(minItems, 1) }, () => buildFromSchema(items, state));
    }
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      if (schema.format === "date-time") return "2025-01-01T00:00:00Z";
      if (state.used) return "";
      state.used = true;
      return state.text;
    }
  }
}
