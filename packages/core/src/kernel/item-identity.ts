// The fields every result of a planned item starts with: which item it is and what it was run against.
import type { PlanItem } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ItemResult } from "../results/item-result.js";

/** The identifying fields of an item's result, in the order results write them. */
export type ItemIdentity = Pick<
  ItemResult,
  | "key"
  | "hash"
  | "model"
  | "modelDigest"
  | "harness"
  | "test"
  | "testVersion"
  | "suite"
  | "passType"
  | "repeat"
>;

/** The identity of `item`'s result: its plan fields, the model digest when known, and the test's version and suite. */
export function itemIdentity(item: PlanItem, test: BenchTest, modelDigest?: string): ItemIdentity {
  return {
    key: item.key,
    hash: item.hash,
    model: item.model,
    ...(modelDigest ? { modelDigest } : {}),
    harness: item.harness,
    test: item.test,
    testVersion: test.version,
    suite: test.suite,
    passType: item.passType,
    repeat: item.repeat,
  };
}
