// @ts-check
// Collects a spec's checks: `describe` blocks run at once to register their `it`s, each check keeps
// its full name ("describe > it"), its own timeout and the `beforeEach`/`afterEach` hooks around it.
"use strict";

/**
 * @typedef {() => unknown} Hook
 * @typedef {{ names: string[]; beforeEach: Hook[]; afterEach: Hook[] }} Scope
 * @typedef {{ name: string; fn: Hook; timeoutMs: number | undefined; scopes: Scope[] }} CollectedCheck
 */

class SpecError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "SpecError";
  }
}

/**
 * Creates the functions a spec sees (`describe`, `it`, `test`, hooks) and the list they fill.
 * @returns {{ api: Record<string, unknown>; checks: CollectedCheck[] }}
 */
function createSpecApi() {
  /** @type {CollectedCheck[]} */
  const checks = [];
  /** @type {Scope[]} */
  const scopes = [{ names: [], beforeEach: [], afterEach: [] }];
  const current = () => /** @type {Scope} */ (scopes[scopes.length - 1]);

  /**
   * @param {unknown} name
   * @param {unknown} fn
   */
  function describe(name, fn) {
    if (typeof fn !== "function") throw new SpecError(`describe("${String(name)}") needs a function`);
    const parent = current();
    scopes.push({ names: [...parent.names, String(name)], beforeEach: [], afterEach: [] });
    try {
      const returned = fn();
      if (returned && typeof (/** @type {Promise<unknown>} */ (returned).then) === "function") {
        throw new SpecError(`describe("${String(name)}") must not be async: register checks synchronously`);
      }
    } finally {
      scopes.pop();
    }
  }

  /**
   * @param {unknown} name
   * @param {unknown} fn
   * @param {unknown} [timeoutMs]
   */
  function it(name, fn, timeoutMs) {
    if (typeof fn !== "function") throw new SpecError(`it("${String(name)}") needs a function`);
    const scope = current();
    checks.push({
      name: [...scope.names, String(name)].join(" > "),
      fn: /** @type {Hook} */ (fn),
      timeoutMs: typeof timeoutMs === "number" && timeoutMs > 0 ? timeoutMs : undefined,
      scopes: [...scopes],
    });
  }

  const skip = () => {};
  /** @param {unknown} fn */
  const beforeEach = (fn) => {
    if (typeof fn !== "function") throw new SpecError("beforeEach needs a function");
    current().beforeEach.push(/** @type {Hook} */ (fn));
  };
  /** @param {unknown} fn */
  const afterEach = (fn) => {
    if (typeof fn !== "function") throw new SpecError("afterEach needs a function");
    current().afterEach.push(/** @type {Hook} */ (fn));
  };
  const unsupported = (/** @type {string} */ name) => () => {
    throw new SpecError(
      `${name} is not supported: every check loads a fresh module instance, so set state up in beforeEach`,
    );
  };

  const api = {
    describe: Object.assign(describe, { skip, only: describe }),
    it: Object.assign(it, { skip, only: it, todo: skip }),
    test: Object.assign((/** @type {unknown[]} */ ...args) => it(args[0], args[1], args[2]), {
      skip,
      only: it,
      todo: skip,
    }),
    beforeEach,
    afterEach,
    beforeAll: unsupported("beforeAll"),
    afterAll: unsupported("afterAll"),
  };
  return { api, checks };
}

/**
 * The hooks around one check, known once the whole spec is collected: `beforeEach` outermost first,
 * `afterEach` innermost first (hooks apply to every check of their block, wherever they were written).
 * @param {CollectedCheck} check
 */
function hooksOf(check) {
  return {
    beforeEach: check.scopes.flatMap((scope) => scope.beforeEach),
    afterEach: [...check.scopes].reverse().flatMap((scope) => scope.afterEach),
  };
}

module.exports = { createSpecApi, hooksOf, SpecError };
