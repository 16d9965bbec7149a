// @ts-check
// Records the global object and the built-in prototypes before untrusted code runs, and puts them
// back after each check: a module that patches `Array.prototype.map` or pollutes `Object.prototype`
// affects only the check that loaded it.
"use strict";

const ownKeys = Reflect.ownKeys;
const describe = Object.getOwnPropertyDescriptor;
const define = Object.defineProperty;
const deleteProperty = Reflect.deleteProperty;

/** @typedef {Array<[object, Map<PropertyKey, PropertyDescriptor>]>} GlobalSnapshot */

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
    /** @type {Map<PropertyKey, PropertyDescriptor>} */
    const properties = new Map();
    for (const key of ownKeys(target)) {
      const descriptor = describe(target, key);
      if (descriptor) properties.set(key, descriptor);
    }
    return [target, properties];
  });
}

/**
 * Removes properties added since the snapshot and puts changed ones back (where they can be changed).
 * @param {GlobalSnapshot} snapshot
 */
function restoreGlobals(snapshot) {
  for (const [target, properties] of snapshot) {
    for (const key of ownKeys(target)) {
      if (!properties.has(key)) deleteProperty(target, key);
    }
    for (const [key, original] of properties) {
      const current = describe(target, key);
      if (current && sameDescriptor(current, original)) continue;
      try {
        define(target, key, original);
      } catch {
        // Made non-configurable (frozen) by the code under test: it stays as the code left it.
      }
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
