// `benchloop report --open` opens the report with the system's opener, or says why it cannot and
// prints a file:// URL to open by hand.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.js";
import { runInProcess } from "../src/testing/run-in-process.js";

const SLICE = new URL(
  "../../../packages/core/src/migrations/fixtures/plebdev-0.1.0.run.json",
  import.meta.url,
).pathname;

let cwd: string;
let bin: string;
const saved = { PATH: process.env.PATH, BROWSER: process.env.BROWSER };

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-report-open-"));
  bin = path.join(cwd, "bin");
  await runInProcess(cwd, "import", "plebdev", SLICE);
});
afterAll(async () => {
  process.env.PATH = saved.PATH;
  if (saved.BROWSER === undefined) delete process.env.BROWSER;
  else process.env.BROWSER = saved.BROWSER;
  await rm(cwd, { recursive: true, force: true });
});

/** `report --open` on a terminal. */
async function reportOpen() {
  let out = "";
  let err = "";
  const code = await runCli(
    ["report", "--open"],
    {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      isTty: true,
      columns: 100,
    },
    cwd,
  );
  return { code, out, err };
}

describe("benchloop report --open", () => {
  it("without an opener says why and prints a file:// URL", async () => {
    delete process.env.BROWSER;
    process.env.PATH = path.join(cwd, "empty-bin");
    const { code, out, err } = await reportOpen();
    expect(code, err).toBe(0);
    const file = out.trim();
    expect(err).toContain("could not open the report");
    expect(err).toContain("xdg-open");
    expect(err).toContain(pathToFileURL(file).href);
  });

  it("opens the report with the opener on PATH", async () => {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(bin, { recursive: true });
    const record = path.join(cwd, "opened.txt");
    const opener = path.join(bin, "xdg-open");
    await writeFile(opener, `#!/bin/sh\necho "$1" > "${record}"\n`);
    await chmod(opener, 0o755);
    delete process.env.BROWSER;
    process.env.PATH = `${bin}${path.delimiter}${saved.PATH}`;
    const { code, out, err } = await reportOpen();
    expect(code, err).toBe(0);
    expect(err).toContain("opened");
    for (let i = 0; i < 200; i++) {
      const opened = await readFile(record, "utf8").catch(() => "");
      if (opened) {
        expect(opened.trim()).toBe(out.trim());
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("the opener was not started");
  });
});
