// @ts-check
// Makes the JavaScript built-ins unchangeable before untrusted code loads, so the checker (expect,
// deep equality, the spec's own calls) behaves the same whatever the answer does: every object
// reachable from the standard globals and the hidden intrinsics (iterator and generator prototypes,
// %TypedArray%) is frozen, and the global names that hold them can no longer be rebound.
// Freezing alone breaks ordinary code that assigns an inherited name (`this.name = "MyError"`,
// `counts["constructor"] = 1`), so those few properties become accessors that give the assigning
// object its own property instead. Array and RegExp methods stay plain data properties: turning
// them into accessors would take V8's fast paths away from every array call.
"use strict";

const freeze = Object.freeze;
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty;
const isExtensible = Object.isExtensible;
const ownKeys = Reflect.ownKeys;

/** The ECMAScript globals whose values (and everything they reach) are frozen. */
const STANDARD_GLOBALS = [
  "Object",
  "Function",
  "Array",
  "Number",
  "Boolean",
  "String",
  "Symbol",
  "BigInt",
  "Date",
  "RegExp",
  "Promise",
  "Proxy",
  "Reflect",
  "JSON",
  "Math",
  "Intl",
  "Atomics",
  "WebAssembly",
  "Error",
  "AggregateError",
  "EvalError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "TypeError",
  "URIError",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "FinalizationRegistry",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "Iterator",
  "parseInt",
  "parseFloat",
  "isNaN",
  "isFinite",
  "decodeURI",
  "decodeURIComponent",
  "encodeURI",
  "encodeURIComponent",
  "escape",
  "unescape",
  "eval",
];

/** Intrinsics no global names: reached through instances of the syntax that makes them. */
function hiddenIntrinsics() {
  const generatorFunction = getPrototypeOf(function* () {});
  const asyncGeneratorFunction = getPrototypeOf(async function* () {});
  const arrayIterator = getPrototypeOf([][Symbol.iterator]());
  return [
    generatorFunction,
    asyncGeneratorFunction,
    getPrototypeOf(async () => {}),
    arrayIterator,
    getPrototypeOf(arrayIterator),
    getPrototypeOf(new Map()[Symbol.iterator]()),
    getPrototypeOf(new Set()[Symbol.iterator]()),
    getPrototypeOf(""[Symbol.iterator]()),
    getPrototypeOf(/./[Symbol.matchAll]("")),
    getPrototypeOf(getPrototypeOf(asyncGeneratorFunction.prototype)),
    getPrototypeOf(Uint8Array),
  ];
}

/**
 * Inherited names that ordinary code assigns on its own objects; each becomes an accessor whose
 * setter defines an own property on the object assigned to (and refuses the built-in itself).
 * @returns {Array<[object, PropertyKey[]]>}
 */
function overridableProperties() {
  const errorNames = ["name", "message", "constructor", "toString"];
  const errors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError];
  return [
    [Object.prototype, ownKeys(Object.prototype)],
    [Function.prototype, ["toString"]],
    [Error.prototype, errorNames],
    ...errors.map(
      (errorClass) => /** @type {[object, PropertyKey[]]} */ ([errorClass.prototype, errorNames]),
    ),
  ];
}

/**
 * @param {object} holder
 * @param {PropertyKey} key
 */
function makeOverridable(holder, key) {
  const descriptor = getOwnPropertyDescriptor(holder, key);
  if (!descriptor || !("value" in descriptor) || !descriptor.configurable) return;
  const value = descriptor.value;
  defineProperty(holder, key, {
    get() {
      return value;
    },
    /** @param {unknown} next */
    set(next) {
      if (this === holder || !isExtensible(this)) {
        throw new TypeError(`Cannot assign to read only property '${String(key)}' of a built-in object`);
      }
      defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
    },
    enumerable: descriptor.enumerable,
    configurable: false,
  });
}

/**
 * Freezes `roots` and everything reachable from them through prototypes and properties. Reads one
 * descriptor at a time rather than `getOwnPropertyDescriptors`: half the cost at start-up.
 * @param {unknown[]} roots
 */
function deepFreeze(roots) {
  const seen = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value))
      continue;
    seen.add(value);
    freeze(value);
    pending.push(getPrototypeOf(value));
    for (const key of ownKeys(value)) {
      const descriptor = /** @type {PropertyDescriptor} */ (getOwnPropertyDescriptor(value, key));
      if ("value" in descriptor) {
        const item = descriptor.value;
        if ((typeof item === "object" && item !== null) || typeof item === "function") pending.push(item);
      } else {
        if (descriptor.get) pending.push(descriptor.get);
        if (descriptor.set) pending.push(descriptor.set);
      }
    }
  }
}

/**
 * Freezes the built-ins and pins the global names that hold them, plus `extraGlobals` (names the
 * runner has already set up, such as its own timers). Call once, after everything the runner
 * needs is loaded and before untrusted code runs.
 * @param {string[]} extraGlobals
 */
function hardenIntrinsics(extraGlobals) {
  const scope = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  const present = STANDARD_GLOBALS.filter((name) => scope[name] !== undefined);
  for (const [holder, keys] of overridableProperties()) {
    for (const key of keys) if (key !== "__proto__") makeOverridable(holder, key);
  }
  deepFreeze([...present.map((name) => scope[name]), ...hiddenIntrinsics()]);
  for (const name of [...present, ...extraGlobals]) {
    const descriptor = getOwnPropertyDescriptor(globalThis, name);
    // Node defines some globals lazily through accessors that replace themselves; those stay as they are.
    if (descriptor && "value" in descriptor && descriptor.configurable) {
      defineProperty(globalThis, name, { value: descriptor.value, writable: false, configurable: false });
    }
  }
}

module.exports = { hardenIntrinsics };
