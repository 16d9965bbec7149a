// Reads the promotion `benchloop apply` applies: from a gate.json, a dev-cycle-summary.json, a bare
// promotion document, or a folder holding one of the first two; marked simulated when its runs were.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { argumentInvalid, documentInvalid } from "../errors/catalog.js";
import { toValidationIssues } from "../errors/zod-issues.js";
import { type Promotion, PromotionSchema } from "./promotion.js";

/** Files `apply` looks for when given a folder, in order. */
export const PROMOTION_FILES = ["dev-cycle-summary.json", "gate.json"] as const;

/**
 * True when the document wrapping a promotion says its runs were simulated: a dev-cycle summary's or a
 * gate report's `simulated`, or a gate report run's (files written before promotions carried the flag).
 */
function wrapperIsSimulated(document: object): boolean {
  const wrapper = document as { simulated?: unknown; runs?: unknown };
  if (wrapper.simulated === true) return true;
  return (
    Array.isArray(wrapper.runs) &&
    wrapper.runs.some((run) => (run as { simulated?: unknown } | null)?.simulated === true)
  );
}

async function findPromotionFile(input: string, cwd: string): Promise<string> {
  const file = path.resolve(cwd, input);
  const info = await stat(file).catch(() => undefined);
  if (!info)
    throw argumentInvalid(
      input,
      "no such file or folder",
      "Pass the gate.json or dev-cycle-summary.json written by `benchloop gate` or `benchloop dev-cycle`.",
    );
  if (!info.isDirectory()) return file;
  for (const name of PROMOTION_FILES) {
    const inside = path.join(file, name);
    if (
      await stat(inside).then(
        () => true,
        () => false,
      )
    )
      return inside;
  }
  throw argumentInvalid(
    input,
    `the folder has no ${PROMOTION_FILES.join(" or ")}`,
    "Run `benchloop gate` or `benchloop dev-cycle` first, or pass the file itself.",
  );
}

/**
 * Reads the promotion named by `input` (resolved against `cwd`): a file or a folder holding one.
 * @throws ARGUMENT_INVALID (missing file), DOCUMENT_INVALID
 */
export async function readPromotionFile(
  input: string,
  cwd: string,
): Promise<{ promotion: Promotion; file: string }> {
  const file = await findPromotionFile(input, cwd);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw documentInvalid("The promotion file", [{ path: "", message: (error as Error).message }], file);
  }
  const wrapped = typeof document === "object" && document !== null && "promotion" in document;
  const block = wrapped ? (document as { promotion: unknown }).promotion : document;
  const parsed = PromotionSchema.safeParse(block);
  if (!parsed.success)
    throw documentInvalid(
      `The promotion in ${path.basename(file)}`,
      toValidationIssues(parsed.error, wrapped ? ["promotion"] : []),
      file,
    );
  const simulated = parsed.data.simulated === true || (wrapped && wrapperIsSimulated(document as object));
  return { promotion: simulated ? { ...parsed.data, simulated } : parsed.data, file };
}
