// @ts-check
// Turns any value a check produced into JSON-safe data for the result: plain JSON stays as it is, and
// what JSON cannot hold is written the way Node's inspector names it (`"[undefined]"`, `"[NaN]"`,
// `"[Function: add]"`, `{ "[Map]": [[k, v]] }`), with depth and size bounded.
"use strict";

const MAX_DEPTH = 6;
const MAX_ITEMS = 100;
const MAX_STRING = 2000;

const objectToString = Object.prototype.toString;
const ownKeys = Object.keys;
const isArray = Array.isArray;

/**
 * Renders a value as JSON-safe data.
 * @param {unknown} value
 * @returns {unknown}
 */
function renderValue(value) {
  return render(value, 0, new Set());
}

/**
 * @param {unknown} value
 * @param {number} depth
 * @param {Set<object>} seen
 * @returns {unknown}
 */
function render(value, depth, seen) {
  switch (typeof value) {
    case "undefined":
      return "[undefined]";
    case "boolean":
      return value;
    case "string":
      return value.length > MAX_STRING
        ? `${value.slice(0, MAX_STRING)}…[+${value.length - MAX_STRING} chars]`
        : value;
    case "number":
      if (Number.isNaN(value)) return "[NaN]";
      if (value === Number.POSITIVE_INFINITY) return "[Infinity]";
      if (value === Number.NEGATIVE_INFINITY) return "[-Infinity]";
      if (Object.is(value, -0)) return "[-0]";
      return value;
    case "bigint":
      return `[${value}n]`;
    case "symbol":
      return `[${String(value)}]`;
    case "function":
      return renderFunction(value);
    default:
      break;
  }
  if (value === null) return null;
  const object = /** @type {object} */ (value);
  if (seen.has(object)) return "[Circular]";
  const tag = objectToString.call(object);
  if (tag === "[object Date]") {
    const time = /** @type {Date} */ (object).getTime();
    return Number.isNaN(time) ? "[Date: Invalid]" : `[Date: ${new Date(time).toISOString()}]`;
  }
  if (tag === "[object RegExp]") return `[RegExp: ${String(object)}]`;
  if (tag === "[object Error]" || object instanceof Error) return renderError(/** @type {Error} */ (object));
  if (tag === "[object Promise]") return "[Promise]";
  if (tag === "[object WeakMap]" || tag === "[object WeakSet]") return `[${tag.slice(8, -1)}]`;
  if (depth >= MAX_DEPTH) return isArray(object) ? "[Array]" : "[Object]";
  seen.add(object);
  try {
    if (tag === "[object Map]") {
      const entries = [];
      for (const [key, item] of /** @type {Map<unknown, unknown>} */ (object)) {
        if (entries.length >= MAX_ITEMS) break;
        entries.push([render(key, depth + 1, seen), render(item, depth + 1, seen)]);
      }
      return { "[Map]": entries };
    }
    if (tag === "[object Set]") {
      const items = [];
      for (const item of /** @type {Set<unknown>} */ (object)) {
        if (items.length >= MAX_ITEMS) break;
        items.push(render(item, depth + 1, seen));
      }
      return { "[Set]": items };
    }
    if (isArray(object) || ArrayBuffer.isView(object)) {
      const list = /** @type {ArrayLike<unknown>} */ (object);
      const items = [];
      const shown = Math.min(list.length, MAX_ITEMS);
      for (let index = 0; index < shown; index++)
        items.push(render(readSafely(list, index), depth + 1, seen));
      if (list.length > shown) items.push(`[… ${list.length - shown} more items]`);
      return items;
    }
    /** @type {Record<string, unknown>} */
    const rendered = {};
    const keys = ownKeys(object);
    const shown = Math.min(keys.length, MAX_ITEMS);
    for (let index = 0; index < shown; index++) {
      const key = /** @type {string} */ (keys[index]);
      rendered[key] = render(readSafely(object, key), depth + 1, seen);
    }
    if (keys.length > shown) rendered["[…]"] = `${keys.length - shown} more keys`;
    return rendered;
  } finally {
    seen.delete(object);
  }
}

/**
 * Reads a property without letting a throwing getter escape.
 * @param {object} object
 * @param {PropertyKey} key
 */
function readSafely(object, key) {
  try {
    return /** @type {Record<PropertyKey, unknown>} */ (object)[key];
  } catch (error) {
    return `[getter threw: ${describeError(error)}]`;
  }
}

/** @param {Function} fn */
function renderFunction(fn) {
  let source = "";
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    // A revoked proxy or exotic callable: fall through to the plain name.
  }
  const name = typeof fn.name === "string" && fn.name !== "" ? fn.name : "(anonymous)";
  return source.startsWith("class") ? `[class ${name}]` : `[Function: ${name}]`;
}

/** @param {Error} error */
function renderError(error) {
  return `[${describeError(error)}]`;
}

/**
 * One line naming an error: `TypeError: x is not a function`.
 * @param {unknown} error
 * @returns {string}
 */
function describeError(error) {
  try {
    if (error !== null && typeof error === "object") {
      const name = /** @type {{ name?: unknown }} */ (error).name;
      const message = /** @type {{ message?: unknown }} */ (error).message;
      if (typeof message === "string") {
        const label = typeof name === "string" && name !== "" ? name : "Error";
        return message === "" ? label : `${label}: ${message}`;
      }
    }
    return `thrown value ${String(error)}`;
  } catch {
    return "an error that could not be described";
  }
}

module.exports = { renderValue, describeError };
