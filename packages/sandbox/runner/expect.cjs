// @ts-check
// The jest-like `expect` of the spec runner: the matchers benchloop specs use, `.not`, `.resolves` and
// `.rejects`, and a few asymmetric matchers. A failed assertion throws an AssertionFailure that
// carries the expected and actual values for the check record.
"use strict";

const { inspect } = require("node:util");
const { deepEqual, matchesSubset, isAsymmetric, registerAsymmetric, isProxy } = require("./deep-equal.cjs");
const { describeError } = require("./render-value.cjs");

const NO_VALUE = Symbol("no value");

/**
 * Told of every failed assertion the moment it is made, so a failure counts even when code between
 * the assertion and the runner (an answer calling the spec's callback) catches and drops it.
 * @type {((failure: AssertionFailure) => void) | undefined}
 */
let failureWitness;

/**
 * Sets the one listener told of every failed assertion (the runner's).
 * @param {(failure: AssertionFailure) => void} listener
 */
function onAssertionFailure(listener) {
  failureWitness = listener;
}

/** Matchers whose answer a Proxy cannot choose (identity, presence, truthiness, `typeof`). */
const PROXY_SAFE_MATCHERS = new Set([
  "toBe",
  "toBeUndefined",
  "toBeDefined",
  "toBeNull",
  "toBeTruthy",
  "toBeFalsy",
  "toBeTypeOf",
]);

class AssertionFailure extends Error {
  /**
   * @param {string} message
   * @param {{ expected?: unknown; actual?: unknown }} values
   */
  constructor(message, values) {
    super(message);
    this.name = "AssertionError";
    /** @type {unknown} */
    this.expected = "expected" in values ? values.expected : NO_VALUE;
    /** @type {unknown} */
    this.actual = "actual" in values ? values.actual : NO_VALUE;
    failureWitness?.(this);
  }
}

/**
 * Short, one-line text for a value inside a failure message.
 * @param {unknown} value
 */
function show(value) {
  try {
    return inspect(value, {
      depth: 4,
      breakLength: Number.POSITIVE_INFINITY,
      maxArrayLength: 20,
      maxStringLength: 200,
      customInspect: false,
    });
  } catch {
    return "[value that cannot be shown]";
  }
}

/**
 * What a matcher decided: whether it passed, and the words and values for a failure.
 * @typedef {{ pass: boolean; message: (negated: boolean) => string; expected?: unknown; actual?: unknown; showValues?: boolean }} MatcherOutcome
 */

/**
 * A received value: either a plain value or the outcome of calling / awaiting something.
 * @typedef {{ value: unknown; threw: boolean }} Received
 */

/** @typedef {(received: Received, ...args: any[]) => MatcherOutcome} Matcher */

/**
 * @param {unknown} value
 * @param {string} what
 */
function requireNumber(value, what) {
  if (typeof value !== "number" && typeof value !== "bigint") {
    throw new AssertionFailure(`${what} must be a number, got ${show(value)}`, { actual: value });
  }
  return /** @type {number} */ (value);
}

/** @type {Record<string, Matcher>} */
const MATCHERS = {
  toBe({ value }, expected) {
    return {
      pass: Object.is(value, expected),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toEqual({ value }, expected) {
    return {
      pass: deepEqual(value, expected, { strict: false }),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to equal ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toStrictEqual({ value }, expected) {
    return {
      pass: deepEqual(value, expected, { strict: true }),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to strictly equal ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toMatchObject({ value }, expected) {
    return {
      pass: matchesSubset(value, expected),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to match object ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toBeUndefined({ value }) {
    return {
      pass: value === undefined,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be undefined`,
      expected: undefined,
      actual: value,
    };
  },
  toBeDefined({ value }) {
    return {
      pass: value !== undefined,
      message: (not) => `expected ${show(value)} ${not ? "" : "not "}to be undefined`,
      actual: value,
    };
  },
  toBeNull({ value }) {
    return {
      pass: value === null,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be null`,
      expected: null,
      actual: value,
    };
  },
  toBeNaN({ value }) {
    return {
      pass: Number.isNaN(value),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be NaN`,
      expected: Number.NaN,
      actual: value,
    };
  },
  toBeTruthy({ value }) {
    return {
      pass: Boolean(value),
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be truthy`,
      actual: value,
    };
  },
  toBeFalsy({ value }) {
    return {
      pass: !value,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be falsy`,
      actual: value,
    };
  },
  toBeTypeOf({ value }, expected) {
    return {
      pass: typeof value === expected,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be of type ${expected}`,
      expected,
      actual: typeof value,
    };
  },
  toBeCloseTo({ value }, expected, digits = 2) {
    const actual = requireNumber(value, "the received value of toBeCloseTo");
    const target = requireNumber(expected, "the expected value of toBeCloseTo");
    const pass =
      actual === target ||
      (Number.isFinite(actual) && Number.isFinite(target) && Math.abs(target - actual) < 10 ** -digits / 2);
    return {
      pass,
      message: (not) =>
        `expected ${show(actual)} ${not ? "not " : ""}to be close to ${show(target)} (${digits} digits)`,
      expected: target,
      actual,
    };
  },
  toBeGreaterThan({ value }, expected) {
    return compare(value, expected, ">", (a, b) => a > b);
  },
  toBeGreaterThanOrEqual({ value }, expected) {
    return compare(value, expected, ">=", (a, b) => a >= b);
  },
  toBeLessThan({ value }, expected) {
    return compare(value, expected, "<", (a, b) => a < b);
  },
  toBeLessThanOrEqual({ value }, expected) {
    return compare(value, expected, "<=", (a, b) => a <= b);
  },
  toContain({ value }, expected) {
    let pass = false;
    if (typeof value === "string") pass = typeof expected === "string" && value.includes(expected);
    else if (value !== null && value !== undefined && typeof value === "object" && Symbol.iterator in value) {
      pass = Array.from(/** @type {Iterable<unknown>} */ (value)).includes(expected);
    } else {
      throw new AssertionFailure(`toContain needs a string, array or iterable, got ${show(value)}`, {
        actual: value,
      });
    }
    return {
      pass,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to contain ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toContainEqual({ value }, expected) {
    if (value === null || value === undefined || typeof value !== "object" || !(Symbol.iterator in value)) {
      throw new AssertionFailure(`toContainEqual needs an array or iterable, got ${show(value)}`, {
        actual: value,
      });
    }
    const items = Array.from(/** @type {Iterable<unknown>} */ (value));
    return {
      pass: items.some((item) => deepEqual(item, expected, { strict: false })),
      message: (not) =>
        `expected ${show(value)} ${not ? "not " : ""}to contain an item equal to ${show(expected)}`,
      expected,
      actual: value,
    };
  },
  toHaveLength({ value }, expected) {
    const length =
      value !== null && value !== undefined ? /** @type {{ length?: unknown }} */ (value).length : undefined;
    if (typeof length !== "number") {
      throw new AssertionFailure(`toHaveLength needs a value with a length, got ${show(value)}`, {
        actual: value,
      });
    }
    return {
      pass: length === expected,
      message: (not) =>
        `expected ${show(value)} ${not ? "not " : ""}to have length ${expected} (it has ${length})`,
      expected,
      actual: length,
    };
  },
  toHaveProperty({ value }, path, ...rest) {
    const segments = Array.isArray(path) ? path : String(path).split(".");
    /** @type {unknown} */
    let current = value;
    let found = true;
    for (const segment of segments) {
      if (
        current === null ||
        current === undefined ||
        !(Object(current) instanceof Object) ||
        !(segment in Object(current))
      ) {
        found = false;
        break;
      }
      current = /** @type {Record<string, unknown>} */ (current)[segment];
    }
    const checkValue = rest.length > 0;
    const pass = found && (!checkValue || deepEqual(current, rest[0], { strict: false }));
    return {
      pass,
      message: (not) =>
        `expected ${show(value)} ${not ? "not " : ""}to have property ${segments.join(".")}` +
        (checkValue ? ` equal to ${show(rest[0])}` : ""),
      ...(checkValue ? { expected: rest[0] } : {}),
      actual: found ? current : undefined,
    };
  },
  toBeInstanceOf({ value }, expected) {
    if (typeof expected !== "function") {
      throw new AssertionFailure(`toBeInstanceOf needs a class, got ${show(expected)}`, { expected });
    }
    const actualClass =
      value !== null && typeof value === "object"
        ? Object.getPrototypeOf(value)?.constructor?.name
        : typeof value;
    return {
      pass: !isProxy(value) && value instanceof expected,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to be an instance of ${expected.name}`,
      expected: expected.name,
      actual: actualClass,
    };
  },
  toMatch({ value }, expected) {
    if (typeof value !== "string") {
      throw new AssertionFailure(`toMatch needs a string, got ${show(value)}`, { actual: value });
    }
    const pass = typeof expected === "string" ? value.includes(expected) : new RegExp(expected).test(value);
    return {
      pass,
      message: (not) => `expected ${show(value)} ${not ? "not " : ""}to match ${show(expected)}`,
      expected: String(expected),
      actual: value,
    };
  },
  toThrow(received, expected) {
    if (!received.threw) {
      return {
        pass: false,
        message: (not) =>
          not ? "expected no error to be thrown" : "expected an error to be thrown, but none was",
        ...(expected === undefined ? {} : { expected: describeExpectedError(expected) }),
        actual: "[nothing thrown]",
      };
    }
    const error = received.value;
    const message = errorMessage(error);
    let pass = true;
    if (typeof expected === "string") pass = message.includes(expected);
    else if (expected instanceof RegExp) pass = expected.test(message);
    else if (typeof expected === "function") pass = !isProxy(error) && error instanceof expected;
    else if (expected instanceof Error) pass = message === expected.message;
    else if (isAsymmetric(expected)) {
      pass = expected.asymmetricMatch(error);
    }
    return {
      pass,
      message: (not) =>
        `expected ${not ? "no error" : "an error"}${expected === undefined ? "" : ` matching ${describeExpectedError(expected)}`} to be thrown, got ${describeError(error)}`,
      ...(expected === undefined ? {} : { expected: describeExpectedError(expected) }),
      actual: describeError(error),
    };
  },
};
MATCHERS.toThrowError = /** @type {Matcher} */ (MATCHERS.toThrow);

/**
 * @param {unknown} value
 * @param {unknown} expected
 * @param {string} operator
 * @param {(a: number, b: number) => boolean} test
 * @returns {MatcherOutcome}
 */
function compare(value, expected, operator, test) {
  const actual = requireNumber(value, `the received value of ${operator}`);
  const target = requireNumber(expected, `the expected value of ${operator}`);
  return {
    pass: test(actual, target),
    message: (not) => `expected ${show(actual)} ${not ? "not " : ""}to be ${operator} ${show(target)}`,
    expected: target,
    actual,
  };
}

/** @param {unknown} error */
function errorMessage(error) {
  if (
    error !== null &&
    typeof error === "object" &&
    typeof (/** @type {Error} */ (error).message) === "string"
  ) {
    return /** @type {Error} */ (error).message;
  }
  return String(error);
}

/** @param {unknown} expected */
function describeExpectedError(expected) {
  if (typeof expected === "function") return expected.name || "an error class";
  if (expected instanceof Error) return expected.message;
  return String(expected);
}

/** Matchers that call the received function and look at what it threw. */
const CALLING_MATCHERS = new Set(["toThrow", "toThrowError"]);

/**
 * What `expect(value)` returns. The matchers live once on the prototype; `.not`, `.resolves` and
 * `.rejects` are getters, so an `expect` call builds one small object rather than every matcher.
 */
class Expectation {
  /**
   * @param {unknown} actual
   * @param {boolean} negated
   * @param {"value" | "resolves" | "rejects"} mode
   */
  constructor(actual, negated, mode) {
    this.actual = actual;
    this.negated = negated;
    this.mode = mode;
  }

  get not() {
    return new Expectation(this.actual, !this.negated, this.mode);
  }

  get resolves() {
    return new Expectation(this.actual, this.negated, "resolves");
  }

  get rejects() {
    return new Expectation(this.actual, this.negated, "rejects");
  }

  /**
   * @param {string} name
   * @param {unknown[]} args
   */
  check(name, args) {
    const matcher = /** @type {Matcher} */ (MATCHERS[name]);
    const settle = (/** @type {Received} */ received) => {
      if (!PROXY_SAFE_MATCHERS.has(name) && isProxy(received.value)) {
        // Its traps are the code under test answering each question as it likes, `.not` included.
        throw new AssertionFailure(
          `${name} received a Proxy, which cannot be compared (its traps decide every answer)`,
          {
            actual: "[Proxy]",
          },
        );
      }
      return enforce(matcher(received, ...args), this.negated);
    };
    if (this.mode === "value") return settle(receiveValueOrCall(this.actual, CALLING_MATCHERS.has(name)));
    const rejects = this.mode === "rejects";
    return Promise.resolve(this.actual).then(
      (value) => {
        if (rejects) {
          throw new AssertionFailure(`expected the promise to reject, but it resolved to ${show(value)}`, {
            actual: value,
          });
        }
        return settle({ value, threw: false });
      },
      (error) => {
        if (!rejects) {
          throw new AssertionFailure(
            `expected the promise to resolve, but it rejected with ${describeError(error)}`,
            {
              actual: error,
            },
          );
        }
        return settle({ value: error, threw: true });
      },
    );
  }
}

for (const name of Object.keys(MATCHERS)) {
  Object.defineProperty(Expectation.prototype, name, {
    value(/** @type {unknown[]} */ ...args) {
      return /** @type {Expectation} */ (this).check(name, args);
    },
    writable: true,
    configurable: true,
  });
}

/**
 * @param {MatcherOutcome} outcome
 * @param {boolean} negated
 */
function enforce(outcome, negated) {
  if (outcome.pass === negated) {
    /** @type {{ expected?: unknown; actual?: unknown }} */
    const values = {};
    if ("expected" in outcome) values.expected = outcome.expected;
    if ("actual" in outcome) values.actual = outcome.actual;
    throw new AssertionFailure(outcome.message(negated), values);
  }
}

/**
 * `expect(value)`: the entry point specs call.
 * @param {unknown} actual
 * @returns {any} the matchers (typed loosely: they are added to the prototype by name)
 */
function expect(actual) {
  return new Expectation(actual, false, "value");
}

/**
 * For `toThrow` the received value is a function to call; every other matcher sees the value itself.
 * @param {unknown} actual
 * @param {boolean} callsFunction
 * @returns {Received}
 */
function receiveValueOrCall(actual, callsFunction) {
  if (!callsFunction) return { value: actual, threw: false };
  if (typeof actual !== "function") {
    throw new AssertionFailure(`toThrow needs a function to call, got ${show(actual)}`, { actual });
  }
  try {
    actual();
    return { value: undefined, threw: false };
  } catch (error) {
    return { value: error, threw: true };
  }
}

/**
 * @param {string} description
 * @param {(other: unknown) => boolean} match
 */
function asymmetric(description, match) {
  return registerAsymmetric({
    asymmetricMatch: match,
    toString: () => description,
    toJSON: () => description,
  });
}

Object.assign(expect, {
  /** @param {Function} type */
  any: (type) =>
    asymmetric(`Any<${type.name}>`, (other) => {
      if (type === Number) return typeof other === "number" || other instanceof Number;
      if (type === String) return typeof other === "string" || other instanceof String;
      if (type === Boolean) return typeof other === "boolean" || other instanceof Boolean;
      if (type === BigInt) return typeof other === "bigint";
      if (type === Symbol) return typeof other === "symbol";
      if (type === Function) return typeof other === "function";
      return !isProxy(other) && other instanceof type;
    }),
  anything: () => asymmetric("Anything", (other) => other !== null && other !== undefined),
  /** @param {object} subset */
  objectContaining: (subset) =>
    asymmetric(`ObjectContaining ${show(subset)}`, (other) => matchesSubset(other, subset)),
  /** @param {unknown[]} items */
  arrayContaining: (items) =>
    asymmetric(
      `ArrayContaining ${show(items)}`,
      (other) =>
        Array.isArray(other) &&
        items.every((item) => other.some((candidate) => deepEqual(candidate, item, { strict: false }))),
    ),
  /** @param {string} text */
  stringContaining: (text) =>
    asymmetric(
      `StringContaining ${show(text)}`,
      (other) => typeof other === "string" && other.includes(text),
    ),
  /** @param {string | RegExp} pattern */
  stringMatching: (pattern) =>
    asymmetric(
      `StringMatching ${show(pattern)}`,
      (other) => typeof other === "string" && new RegExp(pattern).test(other),
    ),
  /**
   * @param {number} target
   * @param {number} [digits]
   */
  closeTo: (target, digits = 2) =>
    asymmetric(
      `CloseTo ${target}`,
      (other) =>
        typeof other === "number" && (other === target || Math.abs(other - target) < 10 ** -digits / 2),
    ),
});

module.exports = { expect, AssertionFailure, NO_VALUE, onAssertionFailure };
