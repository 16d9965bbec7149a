// What a test source's tests answer in the offline demo (`run --demo`, `benchloop sim`): the simulator's
// answer book gets, per prompt, a correct answer (sim/oracle), a plausible wrong one (sim/sloppy) and
// the thinking sim/thinker streams first. Each built-in test source exports `demoAnswers`.

/** The demo's answers to one prompt. */
export interface DemoAnswer {
  /** The prompt exactly as a model receives it. */
  prompt: string;
  /** A correct answer: it passes the test's scorer. */
  answer: string;
  /** A plausible wrong answer: it fails the test's scorer. */
  flawedAnswer?: string;
  /** Reasoning streamed before the answer. */
  thinking?: string;
}

/** Options of a test source's `demoAnswers`. */
export interface DemoAnswersOptions {
  /** The folder relative paths (legacy roots) are resolved against. */
  cwd: string;
  /** Old project folders (`--legacy-roots`), for the legacy source. */
  legacyRoots?: string[];
}
