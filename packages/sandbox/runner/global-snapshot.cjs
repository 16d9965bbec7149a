// @ts-check
// Records the global object and the built-in prototypes before untrusted code runs, and puts them
// back after each check: a module that patches `Array.prototype.map` or pollutes `Object.prototype`
// affects only the check that loaded it.
"use strict";

const ownKeys = Reflect.ownKeys;
const describe = Object.getOwnPropertyDescriptor;
const define = Object.defineProperty;
const deleteProperty = Reflect.deleteProperty;

/**
 * One object's own properties as they were: keys in order, and the value of each data property (read
 * back cheaply to spot a change) or the descriptor of each accessor.
 * @typedef {{ target: object; keys: PropertyKey[]; descriptors: PropertyDescriptor[] }} ObjectSnapshot
 * @typedef {ObjectSnapshot[]} GlobalSnapshot
 */

/** The objects whose own properties are kept as they were. */
function restoredObjects() {
  return [
    globalThis,
    Object,
    Object.prototype,
    Function.prototype,
    Array,
    Array.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Boolean.prototype,
    Symbol.prototype,
    BigInt.prototype,
    Promise,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    WeakMap.prototype,
    WeakSet.prototype,
    Date,
    Date.prototype,
    RegExp.prototype,
    Error,
    Error.prototype,
    JSON,
    Math,
    Reflect,
    console,
  ];
}

/**
 * Records the own properties of the global object and the built-ins.
 * @returns {GlobalSnapshot}
 */
function snapshotGlobals() {
  return restoredObjects().map((target) => {
    const keys = ownKeys(target);
    const descriptors = keys.map((key) => /** @type {PropertyDescriptor} */ (describe(target, key)));
    return { target, keys, descriptors };
  });
}

/**
 * Removes properties added since the snapshot and puts changed ones back (where they can be changed).
 * Unchanged objects, the usual case, are recognised by their keys and values alone.
 * @param {GlobalSnapshot} snapshot
 */
function restoreGlobals(snapshot) {
  for (const recorded of snapshot) {
    if (!unchanged(recorded)) restoreObject(recorded);
  }
}

/** @param {ObjectSnapshot} recorded */
function unchanged({ target, keys, descriptors }) {
  const current = ownKeys(target);
  if (current.length !== keys.length) return false;
  const record = /** @type {Record<PropertyKey, unknown>} */ (target);
  for (let index = 0; index < keys.length; index++) {
    const key = /** @type {PropertyKey} */ (keys[index]);
    if (current[index] !== key) return false;
    const original = /** @type {PropertyDescriptor} */ (descriptors[index]);
    if ("value" in original) {
      try {
        if (!Object.is(record[key], original.value)) return false;
      } catch {
        return false;
      }
    } else {
      const now = describe(target, key);
      if (!now || now.get !== original.get || now.set !== original.set) return false;
    }
  }
  return true;
}

/** @param {ObjectSnapshot} recorded */
function restoreObject({ target, keys, descriptors }) {
  const known = new Set(keys);
  for (const key of ownKeys(target)) {
    if (!known.has(key)) deleteProperty(target, key);
  }
  for (let index = 0; index < keys.length; index++) {
    const key = /** @type {PropertyKey} */ (keys[index]);
    const original = /** @type {PropertyDescriptor} */ (descriptors[index]);
    const current = describe(target, key);
    if (current && sameDescriptor(current, original)) continue;
    try {
      define(target, key, original);
    } catch {
      // Made non-configurable (frozen) by the code under test: it stays as the code left it.
    }
  }
}

/**
 * @param {PropertyDescriptor} a
 * @param {PropertyDescriptor} b
 */
function sameDescriptor(a, b) {
  return (
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

module.exports = { snapshotGlobals, restoreGlobals };
