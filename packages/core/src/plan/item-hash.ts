// Item hashes: sha256 of the canonical JSON of everything that can change an item's answer. The inputs
// are rebuilt from a plan alone, so `cache explain` can say which part changed between two plans.

import { hash as oneShotHash } from "node:crypto";
import type { Config, PassType, Sampling } from "../config/config-schema.js";
import { canonicalJson } from "./canonical-json.js";
import type { ItemKeyParts } from "./item-key.js";

/** sha256 hex of a string, with the one-shot `crypto.hash` (about twice as fast as createHash for short input). */
export function fastSha256(text: string): string {
  return oneShotHash("sha256", text, "hex");
}

/** Everything that goes into an item hash. */
export interface ItemHashInputs {
  model: { name: string; digest?: string };
  harness: { id: string; version: string; config?: unknown };
  test: { id: string; version: string; contentHash: string };
  passType: PassType;
  sampling: Sampling;
  repeat: number;
}

/** The parts of a plan an item hash is made of. */
export interface ItemHashParts {
  config: Pick<Config, "sampling" | "modelOverrides">;
  models: readonly { name: string; harness: string; digest?: string }[];
  harnesses: readonly { id: string; version: string; config?: unknown }[];
  tests: readonly { id: string; version: string; contentHash: string }[];
}

/** Computes hash inputs and hashes of items from the parts of one plan (parts are serialised once). */
export interface ItemHasher {
  /** The inputs of an item's hash. @throws Error when the item names a model, harness or test not in the parts */
  inputs(item: ItemKeyParts): ItemHashInputs;
  /** The item's hash: sha256 hex of the canonical JSON of its inputs. */
  hash(item: ItemKeyParts): string;
}

/** The sampling options sent for a model: the config's, with the model's overrides on top. */
export function samplingFor(config: Pick<Config, "sampling" | "modelOverrides">, model: string): Sampling {
  const override = config.modelOverrides[model]?.sampling;
  return override ? { ...config.sampling, ...override } : config.sampling;
}

/** Creates a hasher over the parts of a plan. */
export function createItemHasher(parts: ItemHashParts): ItemHasher {
  const models = new Map(parts.models.map((m) => [`${m.harness}\u0000${m.name}`, m]));
  const harnesses = new Map(parts.harnesses.map((h) => [h.id, h]));
  const tests = new Map(parts.tests.map((t) => [t.id, t]));
  const json = new Map<string, string>();

  const modelPart = (item: ItemKeyParts) => {
    const found = models.get(`${item.harness}\u0000${item.model}`);
    return { name: item.model, digest: found?.digest };
  };
  const harnessPart = (id: string) => {
    const found = harnesses.get(id);
    if (!found) throw new Error(`harness "${id}" is not in the plan`);
    return { id: found.id, version: found.version, config: found.config };
  };
  const testPart = (id: string) => {
    const found = tests.get(id);
    if (!found) throw new Error(`test "${id}" is not in the plan`);
    return { id: found.id, version: found.version, contentHash: found.contentHash };
  };
  const memo = (key: string, make: () => unknown): string => {
    let text = json.get(key);
    if (text === undefined) {
      text = canonicalJson(make());
      json.set(key, text);
    }
    return text;
  };

  return {
    inputs(item) {
      return {
        model: modelPart(item),
        harness: harnessPart(item.harness),
        test: testPart(item.test),
        passType: item.passType,
        sampling: samplingFor(parts.config, item.model),
        repeat: item.repeat,
      };
    },
    hash(item) {
      // Keys in canonical (sorted) order: harness, model, passType, repeat, sampling, test — the same
      // text canonicalJson(inputs(item)) gives, built from parts serialised once.
      const harness = memo(`h\u0000${item.harness}`, () => harnessPart(item.harness));
      const model = memo(`m\u0000${item.harness}\u0000${item.model}`, () => modelPart(item));
      const sampling = memo(`s\u0000${item.model}`, () => samplingFor(parts.config, item.model));
      const test = memo(`t\u0000${item.test}`, () => testPart(item.test));
      return fastSha256(
        `{"harness":${harness},"model":${model},"passType":${JSON.stringify(item.passType)},"repeat":${item.repeat},"sampling":${sampling},"test":${test}}`,
      );
    },
  };
}

/** One difference between two sets of hash inputs. */
export interface HashInputChange {
  /** Dotted path of the changed value, e.g. `model.digest` or `sampling.temperature`. */
  path: string;
  before: unknown;
  after: unknown;
}

/** Lists every leaf value that differs between two hash inputs (or any two JSON values), by path. */
export function diffHashInputs(before: unknown, after: unknown, path = ""): HashInputChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffHashInputs(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return canonicalJson(before) === canonicalJson(after) ? [] : [{ path: path || "(root)", before, after }];
}
