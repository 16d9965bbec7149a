// The file target against real JSON, YAML and .env files in a temp folder: only the named keys change,
// every other byte stays, and undoing an apply gives back the original bytes.
import { chmod, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  applyPromotion,
  BenchloopError,
  type ComponentContext,
  type Promotion,
  readCheckpoint,
  rollbackCheckpoint,
  SILENT_LOGGER,
} from "@benchloop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileTarget } from "./file-target.js";

let dir: string;
const ctx: ComponentContext = { signal: new AbortController().signal, logger: SILENT_LOGGER };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-target-file-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function caught(promise: Promise<unknown>): Promise<BenchloopError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!BenchloopError.is(error)) throw new Error(`expected a BenchloopError, got ${String(error)}`);
  return error;
}

/** Writes `content` to `name`, then applies `next`/`remove` through the target; returns the new text. */
async function applyTo(
  name: string,
  content: string,
  next: Record<string, string>,
  remove: string[] = [],
  options: Record<string, unknown> = {},
): Promise<{ text: string; applied: Record<string, string> }> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const target = createFileTarget({ cwd: dir });
  const { applied } = await target.apply({ target: { uri: `file:${name}`, options }, next, remove }, ctx);
  return { text: await readFile(file, "utf8"), applied };
}

const JSON_SOURCE = `{
  // tool settings
  "theme": "dark",
  "models": {
    "balanced": "llama3:8b", // everyday
    "fast": "qwen3:0.6b"
  },
  "list": [1, 2,   3],
  "inline": {"a": "b"},
  "trailing": true,
}
`;

describe("JSON files", () => {
  it("replaces only the value's bytes and adds new keys on their own lines", async () => {
    const { text, applied } = await applyTo("tool.json", JSON_SOURCE, {
      "models.balanced": "qwen3:8b",
      "models.deep": "gpt-oss:20b",
    });
    expect(text).toBe(`{
  // tool settings
  "theme": "dark",
  "models": {
    "balanced": "qwen3:8b", // everyday
    "fast": "qwen3:0.6b",
    "deep": "gpt-oss:20b"
  },
  "list": [1, 2,   3],
  "inline": {"a": "b"},
  "trailing": true,
}
`);
    expect(applied).toEqual({ "models.balanced": "qwen3:8b", "models.deep": "gpt-oss:20b" });
  });

  it("undoing an apply gives back the original bytes, parents it created included", async () => {
    const first = await applyTo("tool.json", JSON_SOURCE, {
      "models.balanced": "qwen3:8b",
      "models.deep": "gpt-oss:20b",
      "tools.opencode.model": "qwen3:8b",
      inline2: "x",
    });
    expect(first.text).toContain(
      '  "trailing": true,\n  "tools": {\n    "opencode": {\n      "model": "qwen3:8b"',
    );
    const back = await applyTo("tool.json", first.text, { "models.balanced": "llama3:8b" }, [
      "models.deep",
      "tools.opencode.model",
      "inline2",
    ]);
    expect(back.text).toBe(JSON_SOURCE);
  });

  it("keeps tabs and CRLF line ends, and adds to a one-line object inline", async () => {
    const source = '{\r\n\t"a": "x",\r\n\t"o": {"k": "v"}\r\n}';
    const { text } = await applyTo("t.json", source, { b: "y", "o.k2": "w" });
    expect(text).toBe('{\r\n\t"a": "x",\r\n\t"o": {"k": "v", "k2": "w"},\r\n\t"b": "y"\r\n}');
  });

  it("reads only string values and refuses a key holding something else", async () => {
    const file = path.join(dir, "t.json");
    await writeFile(file, '{"a": "x", "n": 3, "z": null}');
    const target = createFileTarget({ cwd: dir });
    const ref = { uri: `file:${file}` };
    expect(await target.read({ target: ref, keys: ["a", "z", "missing", "a.b"] }, ctx)).toEqual({ a: "x" });
    const error = await caught(target.read({ target: ref, keys: ["n"] }, ctx));
    expect(error.code).toBe("TARGET_FAILED");
    expect(error.message).toBe(`Policy target ${file}: key "n" holds a number, not a model name`);
    expect(error.hint).toContain("--map");
  });

  it("names the line and column of invalid JSON", async () => {
    const file = path.join(dir, "bad.json");
    await writeFile(file, '{\n  "a": "x"\n  "b": 1\n}');
    const error = await caught(
      createFileTarget({ cwd: dir }).read({ target: { uri: `file:${file}` }, keys: ["a"] }, ctx),
    );
    expect(error.message).toContain("is not valid JSON at line 3, column 3");
  });
});

const YAML_SOURCE = `# models per role
models:
  balanced: llama3:8b # everyday
  fast: "qwen3:0.6b"
  deep: 'old:1b'
list:
- a
-   b
other: {x: 1,   y: 2}
`;

describe("YAML files", () => {
  it("replaces values in their own quote style, keeping comments and every other byte", async () => {
    const { text } = await applyTo("tool.yaml", YAML_SOURCE, {
      "models.balanced": "qwen3:8b",
      "models.fast": "qwen3:1.7b",
      "models.deep": "gpt-oss:20b",
      "models.new": "yes",
      "tools.opencode.model": "qwen3:8b",
    });
    expect(text).toBe(`# models per role
models:
  balanced: qwen3:8b # everyday
  fast: "qwen3:1.7b"
  deep: 'gpt-oss:20b'
  new: "yes"
list:
- a
-   b
other: {x: 1,   y: 2}
tools:
  opencode:
    model: qwen3:8b
`);
  });

  it("undoing an apply gives back the original bytes", async () => {
    const first = await applyTo("tool.yml", YAML_SOURCE, {
      "models.balanced": "qwen3:8b",
      "models.new": "x:1b",
      "tools.opencode.model": "qwen3:8b",
    });
    const back = await applyTo("tool.yml", first.text, { "models.balanced": "llama3:8b" }, [
      "models.new",
      "tools.opencode.model",
    ]);
    expect(back.text).toBe(YAML_SOURCE);
  });

  it("creates the first key of an empty file", async () => {
    const { text } = await applyTo("empty.yaml", "# nothing yet\n", { balanced: "qwen3:8b" });
    expect(text).toBe("# nothing yet\nbalanced: qwen3:8b\n");
  });

  it("falls back to the yaml Document API for a flow mapping, keeping comments", async () => {
    const { text } = await applyTo("flow.yaml", "# keep me\nmodels: {a: x}\n", { "models.b": "y" });
    expect(text).toContain("# keep me");
    expect(text).toMatch(/models: \{ a: x, b: y \}/);
  });

  it("refuses a key holding a list", async () => {
    const file = path.join(dir, "t.yaml");
    await writeFile(file, YAML_SOURCE);
    const error = await caught(
      createFileTarget({ cwd: dir }).read({ target: { uri: `file:${file}` }, keys: ["list"] }, ctx),
    );
    expect(error.message).toContain('key "list" holds a list, not a model name');
  });
});

const ENV_SOURCE = `# tool settings
export BALANCED_MODEL = llama3:8b # everyday

FAST_MODEL="qwen3:0.6b"
DEEP_MODEL='old:1b'
MULTI="line one
line two"
OTHER=keep
`;

describe(".env files", () => {
  it("replaces values line by line, keeping export, spacing, quotes, comments and order", async () => {
    const { text, applied } = await applyTo(".env", ENV_SOURCE, {
      BALANCED_MODEL: "qwen3:8b",
      FAST_MODEL: "qwen3:1.7b",
      DEEP_MODEL: "gpt-oss:20b",
      NEW_MODEL: "name with space",
    });
    expect(text).toBe(`# tool settings
export BALANCED_MODEL = qwen3:8b # everyday

FAST_MODEL="qwen3:1.7b"
DEEP_MODEL='gpt-oss:20b'
MULTI="line one
line two"
OTHER=keep
NEW_MODEL="name with space"
`);
    expect(applied.NEW_MODEL).toBe("name with space");
  });

  it("undoing an apply gives back the original bytes", async () => {
    const first = await applyTo("tool.env", ENV_SOURCE, { BALANCED_MODEL: "qwen3:8b", NEW_MODEL: "x" });
    const back = await applyTo("tool.env", first.text, { BALANCED_MODEL: "llama3:8b" }, ["NEW_MODEL"]);
    expect(back.text).toBe(ENV_SOURCE);
  });

  it("reads the last assignment of a name, and a multi-line quoted value", async () => {
    const file = path.join(dir, ".env.local");
    await writeFile(file, `A=1\nA=2\n${ENV_SOURCE}`);
    const state = await createFileTarget({ cwd: dir }).read(
      { target: { uri: `file:${file}` }, keys: ["A", "MULTI", "BALANCED_MODEL"] },
      ctx,
    );
    expect(state).toEqual({ A: "2", MULTI: "line one\nline two", BALANCED_MODEL: "llama3:8b" });
  });

  it("refuses a key that is not a variable name", async () => {
    const error = await caught(applyTo(".env", "", { "balanced model": "x" }));
    expect(error.message).toContain('"balanced model" is not a variable name');
  });
});

describe("the file target", () => {
  it("describes the target with its absolute path and format", () => {
    const target = createFileTarget({ cwd: dir });
    expect(target.describe({ target: { uri: "file:conf/models.yml" } })).toEqual({
      uri: `file:${path.join(dir, "conf/models.yml")}`,
      options: { format: "yaml", create: false },
      label: `YAML file ${path.join(dir, "conf/models.yml")}`,
    });
  });

  it("asks for --option format when the name does not tell", async () => {
    const target = createFileTarget({ cwd: dir });
    expect(() => target.describe({ target: { uri: "file:models.conf" } })).toThrow(/cannot tell the format/);
    expect(
      target.describe({ target: { uri: "file:models.conf", options: { format: "env" } } }).label,
    ).toMatch(/^\.env file/);
  });

  it("refuses a missing file unless create is set, then creates it and its folder", async () => {
    const target = createFileTarget({ cwd: dir });
    const error = await caught(target.read({ target: { uri: "file:new/models.json" }, keys: ["a"] }, ctx));
    expect(error.code).toBe("TARGET_FAILED");
    expect(error.hint).toContain("--option create=true");
    const ref = { uri: "file:new/models.json", options: { create: true } };
    expect(await target.read({ target: ref, keys: ["a"] }, ctx)).toEqual({});
    await target.apply({ target: ref, next: { a: "x" } }, ctx);
    expect(await readFile(path.join(dir, "new/models.json"), "utf8")).toBe('{\n  "a": "x"\n}\n');
  });

  it("refuses a read-only file without changing it", async () => {
    const file = path.join(dir, "locked.json");
    await writeFile(file, '{"a": "x"}');
    await chmod(file, 0o444);
    const error = await caught(
      createFileTarget({ cwd: dir }).apply({ target: { uri: `file:${file}` }, next: { a: "y" } }, ctx),
    );
    expect(error.message).toBe(`Policy target ${file}: the file is read-only (mode 0444)`);
    expect(await readFile(file, "utf8")).toBe('{"a": "x"}');
  });

  it("keeps the file's permissions and writes through a symlink", async () => {
    const file = path.join(dir, "real.env");
    await writeFile(file, "A=1\n");
    await chmod(file, 0o600);
    await symlink(file, path.join(dir, "link.env"));
    await createFileTarget({ cwd: dir }).apply({ target: { uri: "file:link.env" }, next: { A: "2" } }, ctx);
    expect(await readFile(file, "utf8")).toBe("A=2\n");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe("explicit nulls", () => {
  const NULL_JSON = `{
  "models": {
    "default": "llama3:8b",
    "fast": null
  },
  "theme": "dark"
}
`;

  /** A promotion setting `balanced` and `low_latency`, mapped by the caller to file keys. */
  const promotion: Promotion = {
    schemaVersion: 1,
    status: "passed",
    blockers: [],
    gateHash: "sha256:0f0f",
    sourceRunIds: ["20250101T000000Z-abcdef"],
    createdAt: "2025-01-01T00:00:00.000Z",
    assignments: [
      { profile: "balanced", role: "everyday assistant", model: "qwen3:8b" },
      { profile: "low_latency", role: "fast helper", model: "qwen3:1.7b" },
    ],
  };

  /** Applies the promotion to `name` through core's apply, then rolls it back; returns the texts and checkpoint. */
  async function applyThenRollBack(name: string, content: string) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    const component = createFileTarget({ cwd: dir });
    const applied = await applyPromotion(
      {
        promotion,
        target: { id: "file", plugin: "@benchloop/target-file", component, ref: { uri: `file:${name}` } },
        keys: { balanced: "models.default", low_latency: "models.fast" },
        checkpointDir: path.join(dir, "checkpoints"),
      },
      ctx,
    );
    const afterApply = await readFile(file, "utf8");
    const checkpointFile = applied.checkpointFile ?? "";
    const rollback = await rollbackCheckpoint({ checkpointFile, target: component }, ctx);
    return {
      afterApply,
      afterRollback: await readFile(file, "utf8"),
      checkpoint: await readCheckpoint(checkpointFile),
      rollback,
    };
  }

  it("readHeld reports a JSON null as null, read leaves it out as before, an absent key is left out of both", async () => {
    await writeFile(path.join(dir, "tool.json"), NULL_JSON);
    const target = createFileTarget({ cwd: dir });
    const ref = { uri: "file:tool.json" };
    const keys = ["models.default", "models.fast", "models.deep"];
    expect(await target.readHeld({ target: ref, keys }, ctx)).toEqual({
      "models.default": "llama3:8b",
      "models.fast": null,
    });
    expect(await target.read({ target: ref, keys }, ctx)).toEqual({ "models.default": "llama3:8b" });
  });

  it('JSON: apply then rollback gives back "fast": null byte for byte, the checkpoint saying it held null', async () => {
    const { afterApply, afterRollback, checkpoint, rollback } = await applyThenRollBack(
      "tool.json",
      NULL_JSON,
    );
    expect(afterApply).toBe(NULL_JSON.replace("llama3:8b", "qwen3:8b").replace("null", '"qwen3:1.7b"'));
    expect(checkpoint).toMatchObject({
      previous: { "models.default": "llama3:8b", "models.fast": null },
      previousNull: ["models.fast"],
    });
    expect(rollback.restoreNull).toEqual(["models.fast"]);
    expect(afterRollback).toBe(NULL_JSON);
  });

  it("YAML: apply then rollback gives back `fast: null` byte for byte", async () => {
    const source = "models:\n  default: llama3:8b # everyday\n  fast: null\ntheme: dark\n";
    const { afterApply, afterRollback } = await applyThenRollBack("tool.yaml", source);
    expect(afterApply).toBe("models:\n  default: qwen3:8b # everyday\n  fast: qwen3:1.7b\ntheme: dark\n");
    expect(afterRollback).toBe(source);
  });

  it("YAML: a key with no value (`fast:`) is a null, restored as `fast: null`", async () => {
    const source = "models:\n  default: llama3:8b\n  fast:\n";
    const { checkpoint, afterRollback } = await applyThenRollBack("tool.yaml", source);
    expect(checkpoint.previousNull).toEqual(["models.fast"]);
    expect(afterRollback).toBe("models:\n  default: llama3:8b\n  fast: null\n");
  });

  it("a key absent before is still removed by the rollback", async () => {
    const source = '{\n  "models": {\n    "default": "llama3:8b"\n  }\n}\n';
    const { checkpoint, afterRollback } = await applyThenRollBack("tool.json", source);
    expect(checkpoint.previousNull).toBeUndefined();
    expect(afterRollback).toBe(source);
  });
});
