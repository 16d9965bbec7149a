import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codeCacheFile, codeCacheFolder, loadBundle } from "./load-bundle.js";

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "benchloop-load-bundle-"));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A CommonJS "bundle" exporting the CLI's two functions; it requires and imports (through `__blImport`). */
async function writeBundle(folder: string): Promise<string> {
  // Each bundle's text is new to this process: V8 keeps what it compiled per process and would not even
  // look at a code cache for a text it compiled before.
  await writeFile(path.join(folder, "answer.mjs"), "export const answer = 42;\n");
  const file = path.join(folder, "cli.cjs");
  await writeFile(
    file,
    [
      'const { basename } = require("node:path");',
      "exports.processIo = () => ({ name: basename(__filename), dir: __dirname });",
      'exports.runCli = async () => (await __blImport(require("node:url").pathToFileURL(require("node:path").join(__dirname, "answer.mjs")).href)).answer;',
      `// ${folder}`,
    ].join("\n"),
  );
  return file;
}

describe("loadBundle", () => {
  it("runs a CommonJS bundle with require, __filename and imports through the loader working", async () => {
    const folder = await tempFolder();
    const file = await writeBundle(folder);
    const { cli } = loadBundle(file, undefined);
    expect(cli.processIo()).toEqual({ name: "cli.cjs", dir: folder });
    expect(await cli.runCli([], cli.processIo())).toBe(42);
  });

  it("keeps the compiled code after the first start, in one file per bundle build", async () => {
    const folder = await tempFolder();
    const file = await writeBundle(folder);
    const cache = path.join(folder, "cache", "compile");
    const first = loadBundle(file, cache);
    expect(first.codeCache).toBe("absent");
    await first.cli.runCli([], first.cli.processIo());
    first.saveCodeCache();
    expect(await readdir(cache)).toEqual([path.basename(codeCacheFile(file, cache))]);
    expect((await readFile(codeCacheFile(file, cache))).length).toBeGreaterThan(0);
  });

  it("removes the caches of other builds not written for a week when it writes its own", async () => {
    const folder = await tempFolder();
    const file = await writeBundle(folder);
    const cache = path.join(folder, "cache");
    await mkdir(cache);
    const old = path.join(cache, "cli-1-2-3.bin");
    const recent = path.join(cache, "cli-4-5-6.bin");
    const other = path.join(cache, "notes.txt");
    for (const stray of [old, recent, other]) await writeFile(stray, "x");
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await utimes(old, eightDaysAgo, eightDaysAgo);
    await utimes(other, eightDaysAgo, eightDaysAgo);
    loadBundle(file, cache).saveCodeCache();
    expect((await readdir(cache)).sort()).toEqual(
      [path.basename(codeCacheFile(file, cache)), "cli-4-5-6.bin", "notes.txt"].sort(),
    );
  });

  it("replaces a cache V8 refuses", async () => {
    const folder = await tempFolder();
    const file = await writeBundle(folder);
    const cache = path.join(folder, "cache");
    await mkdir(cache);
    await writeFile(codeCacheFile(file, cache), "not a code cache");
    const refused = loadBundle(file, cache);
    expect(refused.codeCache).toBe("refused");
    expect(await refused.cli.runCli([], refused.cli.processIo())).toBe(42);
    refused.saveCodeCache();
    expect(await readFile(codeCacheFile(file, cache), "utf8")).not.toBe("not a code cache");
  });

  it("runs without a cache when it is off or its folder cannot be written", async () => {
    const folder = await tempFolder();
    const off = loadBundle(await writeBundle(folder), undefined);
    expect(off.codeCache).toBe("off");
    expect(() => off.saveCodeCache()).not.toThrow();

    const other = await tempFolder();
    const blocked = path.join(other, "blocked");
    await writeFile(blocked, "");
    const loaded = loadBundle(await writeBundle(other), path.join(blocked, "compile"));
    expect(await loaded.cli.runCli([], loaded.cli.processIo())).toBe(42);
    expect(() => loaded.saveCodeCache()).not.toThrow();
  });
});

describe("codeCacheFolder", () => {
  it("is under XDG_CACHE_HOME or ~/.cache, set by BENCHLOOP_COMPILE_CACHE, and off with 0 or empty", () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: "/x/cache" })).toBe(
      path.join("/x/cache", "benchloop", "compile"),
    );
    expect(codeCacheFolder({})).toMatch(/\.cache[\\/]benchloop[\\/]compile$/);
    expect(codeCacheFolder({ BENCHLOOP_COMPILE_CACHE: "/elsewhere" })).toBe("/elsewhere");
    expect(codeCacheFolder({ BENCHLOOP_COMPILE_CACHE: "0" })).toBeUndefined();
    expect(codeCacheFolder({ BENCHLOOP_COMPILE_CACHE: "" })).toBeUndefined();
  });
});
