// Writes docs/schema/*.schema.json from core's zod schemas (build core first). `--check` fails when
// a committed file is stale instead of writing; the core test suite checks the same in CI.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { toJsonSchemaFiles } from "../packages/core/dist/index.js";

const outDir = new URL("../docs/schema/", import.meta.url);
const check = process.argv.includes("--check");
await mkdir(outDir, { recursive: true });
let stale = 0;
for (const [name, text] of Object.entries(toJsonSchemaFiles())) {
  const target = new URL(name, outDir);
  const current = await readFile(target, "utf8").catch(() => "");
  if (current === text) continue;
  if (check) {
    console.error(`docs/schema/${name} is stale; run pnpm schema:gen`);
    stale++;
  } else {
    await writeFile(target, text);
    console.log(`wrote docs/schema/${name}`);
  }
}
process.exitCode = stale ? 1 : 0;
