export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type JsonObject = { [key: string]: Json };

function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`JSON pointer "${pointer}" must start with "/"`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => {
      if (/~(?![01])/.test(token)) throw new SyntaxError(`JSON pointer "${pointer}" has a bad "~" escape`);
      return token.replace(/~1/g, "/").replace(/~0/g, "~");
    });
}

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function arrayIndex(token: string, length: number, pointer: string): number {
  if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) >= length) {
    throw new RangeError(`JSON pointer "${pointer}": "${token}" is not an index of an array of ${length}`);
  }
  return Number(token);
}

function step(value: Json, token: string, pointer: string): Json {
  if (Array.isArray(value)) return value[arrayIndex(token, value.length, pointer)] as Json;
  if (isObject(value) && token in value) return value[token] as Json;
  throw new RangeError(`JSON pointer "${pointer}": nothing at "${token}"`);
}

export function resolvePointer(doc: Json, pointer: string): Json {
  let value = doc;
  for (const token of parsePointer(pointer)) value = step(value, token, pointer);
  return value;
}

export function setPointer(doc: Json, pointer: string, value: Json): Json {
  const tokens = parsePointer(pointer);
  const set = (node: Json, depth: number): Json => {
    if (depth === tokens.length) return value;
    const token = tokens[depth] as string;
    const last = depth === tokens.length - 1;
    if (Array.isArray(node)) {
      const copy = [...node];
      if (last && token === "-") {
        copy.push(value);
        return copy;
      }
      const index = arrayIndex(token, node.length, pointer);
      copy[index] = set(node[index] as Json, depth + 1);
      return copy;
    }
    if (isObject(node)) {
      if (!last && !Object.hasOwn(node, token))
        throw new RangeError(`JSON pointer "${pointer}": nothing at "${token}"`);
      return { ...node, [token]: set(node[token] as Json, depth + 1) };
    }
    throw new RangeError(
      `JSON pointer "${pointer}": cannot step into ${node === null ? "null" : typeof node}`,
    );
  };
  return set(doc, 0);
}
