// @ts-check
// Deep equality for the spec runner's `toEqual` (loose: undefined properties and class identity are
// ignored) and `toStrictEqual` (they count). Key order never matters; cycles and asymmetric matchers
// (`expect.any(Number)`) are handled.
"use strict";

const objectToString = Object.prototype.toString;
const getPrototypeOf = Object.getPrototypeOf;
const hasOwn = Object.prototype.hasOwnProperty;
const isArray = Array.isArray;
// A Proxy's traps are the untrusted code itself, answering each question the checker asks however
// suits it; a Proxy from the code under test is never structurally equal to anything.
const { isProxy, isDate, isRegExp, isMap, isSet, isBoxedPrimitive } = require("node:util").types;
// Read through the built-ins, not the object: an own `getTime` or `valueOf` would be the answer's word.
const dateTime = Function.prototype.call.bind(Date.prototype.getTime);
const regExpText = Function.prototype.call.bind(RegExp.prototype.toString);
const types = require("node:util").types;
/** @type {Array<[(value: unknown) => boolean, (value: object) => unknown]>} */
const BOXES = [
  [types.isNumberObject, Function.prototype.call.bind(Number.prototype.valueOf)],
  [types.isStringObject, Function.prototype.call.bind(String.prototype.valueOf)],
  [types.isBooleanObject, Function.prototype.call.bind(Boolean.prototype.valueOf)],
];

/**
 * The primitive inside a Number, String or Boolean object, read through the built-in.
 * @param {object} value
 * @returns {{ value: unknown } | undefined}
 */
function unbox(value) {
  for (const [is, primitiveOf] of BOXES) if (is(value)) return { value: primitiveOf(value) };
  return undefined;
}

/**
 * A matcher that decides equality itself (`expect.any(Number)`, `expect.objectContaining({...})`).
 * @typedef {{ asymmetricMatch(other: unknown): boolean; toString(): string }} AsymmetricMatcher
 */

/**
 * The matchers `expect.any(...)` and its siblings made. Only they decide equality themselves: a
 * registry no other code can reach, so an answer cannot return an object that claims to be one.
 * @type {WeakSet<object>}
 */
const genuineMatchers = new WeakSet();
const isGenuine = WeakSet.prototype.has.bind(genuineMatchers);
const registerGenuine = WeakSet.prototype.add.bind(genuineMatchers);

/**
 * @param {unknown} value
 * @returns {value is AsymmetricMatcher}
 */
function isAsymmetric(value) {
  return value !== null && typeof value === "object" && isGenuine(value);
}

/**
 * Registers a matcher made by `expect`.
 * @template {AsymmetricMatcher} T
 * @param {T} matcher
 * @returns {T}
 */
function registerAsymmetric(matcher) {
  registerGenuine(matcher);
  return matcher;
}

/**
 * Whether two values are deeply equal.
 * @param {unknown} a
 * @param {unknown} b
 * @param {{ strict: boolean }} options
 * @returns {boolean}
 */
function deepEqual(a, b, options) {
  return equals(a, b, options.strict, []);
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @param {boolean} strict
 * @param {Array<[object, object]>} seen
 * @returns {boolean}
 */
function equals(a, b, strict, seen) {
  // Only the expected side (b) may hold a matcher: the actual value comes from untrusted code.
  if (isAsymmetric(b)) return b.asymmetricMatch(a);
  if (Object.is(a, b)) return true;
  if (isProxy(a)) return false;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;
  if (strict && getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  for (const [left, right] of seen) {
    if (left === a) return right === b;
  }
  seen.push([a, b]);
  try {
    return equalObjects(a, b, tag, strict, seen);
  } finally {
    seen.pop();
  }
}

/**
 * @param {object} a
 * @param {object} b
 * @param {string} tag
 * @param {boolean} strict
 * @param {Array<[object, object]>} seen
 * @returns {boolean}
 */
function equalObjects(a, b, tag, strict, seen) {
  // A tag can be claimed with Symbol.toStringTag; the brand checks below cannot.
  switch (tag) {
    case "[object Date]":
      if (!isDate(a) || !isDate(b)) break;
      return Object.is(dateTime(a), dateTime(b));
    case "[object RegExp]":
      if (!isRegExp(a) || !isRegExp(b)) break;
      return regExpText(a) === regExpText(b);
    case "[object Number]":
    case "[object String]":
    case "[object Boolean]":
      if (!isBoxedPrimitive(a) || !isBoxedPrimitive(b)) break;
      return Object.is(unbox(a)?.value, unbox(b)?.value);
    case "[object Error]": {
      const left = /** @type {Error} */ (a);
      const right = /** @type {Error} */ (b);
      if (left.message !== right.message || left.name !== right.name) return false;
      break;
    }
    case "[object Map]":
      if (isMap(a) !== isMap(b)) return false;
      if (!isMap(a)) break;
      return equalMaps(
        /** @type {Map<unknown, unknown>} */ (a),
        /** @type {Map<unknown, unknown>} */ (b),
        strict,
        seen,
      );
    case "[object Set]":
      if (isSet(a) !== isSet(b)) return false;
      if (!isSet(a)) break;
      return equalSets(/** @type {Set<unknown>} */ (a), /** @type {Set<unknown>} */ (b), strict, seen);
    default:
      break;
  }
  if (isArray(a)) {
    const right = /** @type {unknown[]} */ (b);
    if (a.length !== right.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (strict && hasOwn.call(a, index) !== hasOwn.call(right, index)) return false;
      if (!equals(a[index], right[index], strict, seen)) return false;
    }
  }
  const leftKeys = comparableKeys(a, strict);
  const rightKeys = comparableKeys(b, strict);
  if (leftKeys.length !== rightKeys.length) return false;
  const left = /** @type {Record<PropertyKey, unknown>} */ (a);
  const right = /** @type {Record<PropertyKey, unknown>} */ (b);
  for (const key of leftKeys) {
    if (!hasOwn.call(b, key)) {
      if (strict || right[key] !== undefined) return false;
    }
    if (!equals(left[key], right[key], strict, seen)) return false;
  }
  return true;
}

/**
 * Own enumerable keys that take part in the comparison (array indices excluded: compared above).
 * Loose equality leaves out keys whose value is undefined, as jest's `toEqual` does.
 * @param {object} value
 * @param {boolean} strict
 * @returns {PropertyKey[]}
 */
function comparableKeys(value, strict) {
  const record = /** @type {Record<PropertyKey, unknown>} */ (value);
  /** @type {PropertyKey[]} */
  const keys = [];
  const arrayLike = isArray(value);
  for (const key of Object.keys(value)) {
    if (arrayLike && isIndex(key)) continue;
    if (!strict && record[key] === undefined) continue;
    keys.push(key);
  }
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, symbol)) continue;
    if (!strict && record[symbol] === undefined) continue;
    keys.push(symbol);
  }
  return keys;
}

/** @param {string} key */
function isIndex(key) {
  return /^(0|[1-9][0-9]*)$/.test(key);
}

/**
 * @param {Map<unknown, unknown>} a
 * @param {Map<unknown, unknown>} b
 * @param {boolean} strict
 * @param {Array<[object, object]>} seen
 */
function equalMaps(a, b, strict, seen) {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (b.has(key)) {
      if (!equals(value, b.get(key), strict, seen)) return false;
      continue;
    }
    let found = false;
    for (const [otherKey, otherValue] of b) {
      if (equals(key, otherKey, strict, seen) && equals(value, otherValue, strict, seen)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * @param {Set<unknown>} a
 * @param {Set<unknown>} b
 * @param {boolean} strict
 * @param {Array<[object, object]>} seen
 */
function equalSets(a, b, strict, seen) {
  if (a.size !== b.size) return false;
  for (const item of a) {
    if (b.has(item)) continue;
    let found = false;
    for (const other of b) {
      if (equals(item, other, strict, seen)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Whether `actual` contains everything `expected` names (for `toMatchObject` and `objectContaining`).
 * @param {unknown} actual
 * @param {unknown} expected
 * @returns {boolean}
 */
function matchesSubset(actual, expected) {
  if (isAsymmetric(expected)) return expected.asymmetricMatch(actual);
  if (expected === null || typeof expected !== "object") return equals(actual, expected, false, []);
  if (actual === null || typeof actual !== "object" || isProxy(actual)) return false;
  if (isArray(expected)) {
    if (!isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((item, index) => matchesSubset(actual[index], item));
  }
  const tag = objectToString.call(expected);
  if (tag !== "[object Object]") return equals(actual, expected, false, []);
  const record = /** @type {Record<string, unknown>} */ (actual);
  for (const key of Object.keys(expected)) {
    if (!(key in record)) return false;
    if (!matchesSubset(record[key], /** @type {Record<string, unknown>} */ (expected)[key])) return false;
  }
  return true;
}

module.exports = { deepEqual, matchesSubset, isAsymmetric, registerAsymmetric, isProxy };
