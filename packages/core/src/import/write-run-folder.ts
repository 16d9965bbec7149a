// Writes a complete run folder at once (plan.json, items.jsonl, run.json) for runs made outside the
// kernel: imports and rescores. Files are written to a temp name and renamed, run.json last.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";

async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content, "utf8");
  await rename(temp, file);
}

/**
 * Creates `dir` and writes the run into it. Fails when the folder exists (results are never
 * overwritten).
 * @throws the file system's EEXIST error when `dir` exists
 */
export async function writeRunFolder(dir: string, contents: { plan: Plan; run: Run }): Promise<void> {
  await mkdir(join(dir, ".."), { recursive: true });
  await mkdir(dir);
  await writeAtomic(join(dir, "plan.json"), `${JSON.stringify(contents.plan, null, 2)}\n`);
  let journal = "";
  for (const item of contents.run.items) journal += `${JSON.stringify(item)}\n`;
  await writeAtomic(join(dir, "items.jsonl"), journal);
  await writeAtomic(join(dir, "run.json"), `${JSON.stringify(contents.run, null, 2)}\n`);
}
