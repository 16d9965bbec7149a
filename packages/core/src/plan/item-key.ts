// Item keys match items across runs: `model|harness|test|passType#repeat`.

import type { PassType } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";

/** The parts of an item key. */
export interface ItemKeyParts {
  model: string;
  harness: string;
  test: string;
  passType: PassType;
  repeat: number;
}

/** Builds the stable key of an item. */
export function toItemKey(parts: ItemKeyParts): string {
  return `${parts.model}|${parts.harness}|${parts.test}|${parts.passType}#${parts.repeat}`;
}

/** Parses an item key. @throws ARGUMENT_INVALID when it is not of the form model|harness|test|passType#repeat */
export function parseItemKey(key: string): ItemKeyParts {
  const match = /^(.+)\|([^|]+)\|([^|]+)\|(blind|informed)#(\d+)$/.exec(key);
  if (!match) {
    throw argumentInvalid(
      `item key "${key}"`,
      "is not of the form model|harness|test|passType#repeat",
      "Copy the key from `benchloop show <run>`.",
    );
  }
  return {
    model: match[1]!,
    harness: match[2]!,
    test: match[3]!,
    passType: match[4] as PassType,
    repeat: Number(match[5]),
  };
}
