// Edit tasks: the existing module lives once, in the test's `original.ts`, and both prompts name it
// with the placeholder `{{original.ts}}`, which the loader replaces with the module's text.

/** The file of an edit task holding the module to change. */
export const ORIGINAL_FILE = "original.ts";

/** The placeholder a prompt writes where the original module goes. */
export const ORIGINAL_PLACEHOLDER = "{{original.ts}}";

/** Both prompts of a test. */
export interface TestPrompts {
  blind: string;
  informed: string;
}

/** The prompts with the module inlined, or what is wrong with the folder. */
export type InlineOriginalResult = { ok: true; prompts: TestPrompts } | { ok: false; problem: string };

/**
 * Replaces `{{original.ts}}` in both prompts with `original` (its trailing newlines dropped, so the
 * prompt's closing code fence follows the last line). Without `original`, prompts are returned as they
 * are, unless one uses the placeholder. With it, each prompt must use the placeholder exactly once.
 */
export function inlineOriginal(prompts: TestPrompts, original: string | undefined): InlineOriginalResult {
  const uses = (prompt: string) => prompt.split(ORIGINAL_PLACEHOLDER).length - 1;
  if (original === undefined) {
    const using = (["blind", "informed"] as const).filter((passType) => uses(prompts[passType]) > 0);
    if (using.length === 0) return { ok: true, prompts };
    return {
      ok: false,
      problem: `prompt.${using[0]}.md uses ${ORIGINAL_PLACEHOLDER} but the folder has no ${ORIGINAL_FILE}; add the module to change as ${ORIGINAL_FILE}`,
    };
  }
  for (const passType of ["blind", "informed"] as const) {
    const count = uses(prompts[passType]);
    if (count !== 1) {
      return {
        ok: false,
        problem: `prompt.${passType}.md uses ${ORIGINAL_PLACEHOLDER} ${count} times; an edit task shows its ${ORIGINAL_FILE} exactly once in each prompt`,
      };
    }
  }
  const text = original.replace(/\n+$/, "");
  // A function replacement, so `$` in the module is not read as a replacement pattern.
  const inline = (prompt: string) => prompt.replace(ORIGINAL_PLACEHOLDER, () => text);
  return { ok: true, prompts: { blind: inline(prompts.blind), informed: inline(prompts.informed) } };
}
