// A small JSON Schema validator for the subset rubric checks need (type, required, properties, items,
// enum, const, lengths, sizes, bounds, pattern, additionalProperties), plus a check that a schema
// uses only that subset, so an author learns at load time rather than by silently ignored keywords.
import { isJsonObject } from "./extract-json.js";

/** The validation keywords this validator implements. */
const SUPPORTED_SCHEMA_KEYWORDS = [
  "type",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minimum",
  "maximum",
] as const;

const ANNOTATIONS = new Set(["$schema", "$id", "$comment", "title", "description", "default", "examples"]);
const TYPES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
const COUNTS = new Set(["minLength", "maxLength", "minItems", "maxItems"]);

/** One problem found in a schema, with its JSON path inside the schema (`properties.risks.items`). */
export interface SchemaProblem {
  path: string;
  message: string;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** Lists every use of an unsupported keyword or a malformed keyword value in a schema. */
export function findSchemaProblems(schema: unknown, path = ""): SchemaProblem[] {
  if (typeof schema === "boolean") return [];
  if (!isJsonObject(schema)) return [{ path, message: "a schema must be a JSON object (or true/false)" }];
  const problems: SchemaProblem[] = [];
  for (const [key, value] of Object.entries(schema)) {
    const at = join(path, key);
    if (ANNOTATIONS.has(key)) continue;
    if (!(SUPPORTED_SCHEMA_KEYWORDS as readonly string[]).includes(key)) {
      problems.push({
        path: at,
        message: `JSON Schema keyword "${key}" is not supported; use only ${SUPPORTED_SCHEMA_KEYWORDS.join(", ")}`,
      });
      continue;
    }
    if (key === "type") {
      const types = Array.isArray(value) ? value : [value];
      if (types.length === 0 || types.some((t) => typeof t !== "string" || !TYPES.has(t))) {
        problems.push({
          path: at,
          message: `type must be one of ${[...TYPES].join(", ")} (or an array of them)`,
        });
      }
    } else if (key === "required") {
      if (!Array.isArray(value) || value.some((k) => typeof k !== "string")) {
        problems.push({ path: at, message: "required must be an array of property names" });
      }
    } else if (key === "properties") {
      if (!isJsonObject(value))
        problems.push({ path: at, message: "properties must map property names to schemas" });
      else
        for (const [name, sub] of Object.entries(value))
          problems.push(...findSchemaProblems(sub, join(at, name)));
    } else if (key === "items" || key === "additionalProperties") {
      problems.push(...findSchemaProblems(value, at));
    } else if (key === "enum") {
      if (!Array.isArray(value) || value.length === 0)
        problems.push({ path: at, message: "enum must be a non-empty array" });
    } else if (COUNTS.has(key)) {
      if (!Number.isInteger(value) || (value as number) < 0)
        problems.push({ path: at, message: `${key} must be a whole number ≥ 0` });
    } else if (key === "minimum" || key === "maximum") {
      if (typeof value !== "number") problems.push({ path: at, message: `${key} must be a number` });
    } else if (key === "uniqueItems") {
      if (typeof value !== "boolean")
        problems.push({ path: at, message: "uniqueItems must be true or false" });
    } else if (key === "pattern") {
      try {
        new RegExp(String(value), "u");
      } catch (error) {
        problems.push({
          path: at,
          message: `pattern is not a valid regular expression: ${(error as Error).message}`,
        });
      }
    }
  }
  return problems;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return (
    ka.length === kb.length &&
    ka.every(
      (k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function pointer(path: string): string {
  return path === "" ? "(root)" : path;
}

/**
 * Validates a value against a schema of the supported subset. Returns every error as
 * `<path>: <what is wrong>` (`risks[1].impact: "extreme" is not one of "low", "medium", "high"`);
 * an empty array means the value is valid.
 */
export function validateJsonSchema(value: unknown, schema: unknown, path = ""): string[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${pointer(path)}: no value is allowed here`];
  if (!isJsonObject(schema)) return [];
  const errors: string[] = [];
  const at = pointer(path);

  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    if (!types.some((t) => matchesType(value, t))) {
      return [`${at}: expected ${types.join(" or ")}, found ${typeOf(value)}`];
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => sameJson(option, value))) {
    errors.push(`${at}: ${show(value)} is not one of ${schema.enum.map(show).join(", ")}`);
  }
  if ("const" in schema && !sameJson(schema.const, value)) {
    errors.push(`${at}: expected ${show(schema.const)}, found ${show(value)}`);
  }

  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength) {
      errors.push(`${at}: ${length} characters, at least ${schema.minLength} required`);
    }
    if (typeof schema.maxLength === "number" && length > schema.maxLength) {
      errors.push(`${at}: ${length} characters, at most ${schema.maxLength} allowed`);
    }
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      errors.push(`${at}: ${show(value)} does not match /${schema.pattern}/`);
    }
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      errors.push(`${at}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      errors.push(`${at}: ${value} is above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      errors.push(`${at}: ${value.length} items, at least ${schema.minItems} required`);
    }
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      errors.push(`${at}: ${value.length} items, at most ${schema.maxItems} allowed`);
    }
    if (schema.uniqueItems === true && value.some((v, i) => value.findIndex((w) => sameJson(v, w)) !== i)) {
      errors.push(`${at}: items must be unique`);
    }
    if (schema.items !== undefined) {
      value.forEach((item, i) => {
        errors.push(...validateJsonSchema(item, schema.items, `${path}[${i}]`));
      });
    }
  }
  if (isJsonObject(value)) {
    if (Array.isArray(schema.required)) {
      for (const key of schema.required as string[]) {
        if (!(key in value)) errors.push(`${at}: missing required property "${key}"`);
      }
    }
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    for (const [key, item] of Object.entries(value)) {
      const childPath = join(path, key);
      if (key in properties) errors.push(...validateJsonSchema(item, properties[key], childPath));
      else if (schema.additionalProperties === false)
        errors.push(`${pointer(childPath)}: property "${key}" is not allowed`);
      else if (schema.additionalProperties !== undefined) {
        errors.push(...validateJsonSchema(item, schema.additionalProperties, childPath));
      }
    }
  }
  return errors;
}
