// Picks the cross-file (`callers`) and injected-mutation (`mutation`) cases of a root and their known
// answers. Callers targets come from the TypeScript checker over the root's TS/JS files; each target
// gives a `callers` question, an `impact` question, or both, whichever a grep cannot answer.
import { sha256 } from "@benchloop/core";
import type TypeScript from "typescript";
import { type CallersTarget, findCallersTargets, grepAnswers, type RootSource } from "./callers-targets.js";
import type { LegacyCaseData } from "./case-data.js";
import type { ExpectedName } from "./file-facts.js";

type Ts = typeof TypeScript;

/** One callers question to build. */
export interface CallersPick {
  target: CallersTarget;
  question: "callers" | "impact";
  expected: ExpectedName[];
  /** What a grep answers: a known answer that must fail. */
  grep: string[];
}

/**
 * The callers questions of a root: targets in seeded order, each with the questions a grep cannot
 * answer, while their shown files fit in `maxPromptBytes`; at most `limit` targets.
 */
export function pickCallersCases(
  ts: Ts,
  sources: readonly RootSource[],
  options: { seed: string; limit: number; maxPromptBytes: number },
): CallersPick[] {
  const bytes = new Map(sources.map((s) => [s.path, Buffer.byteLength(s.text)]));
  const targets = findCallersTargets(ts, sources)
    .filter((t) => t.shownFiles.reduce((sum, p) => sum + (bytes.get(p) ?? 0), 0) <= options.maxPromptBytes)
    .map((t) => ({ t, rank: sha256(`${options.seed}\n${t.definedIn}:${t.name}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1))
    .slice(0, options.limit)
    .map(({ t }) => t);
  return targets.flatMap((target) =>
    (["callers", "impact"] as const)
      .filter((question) => !grepAnswers(target, question))
      .map((question) => ({
        target,
        question,
        expected:
          question === "callers"
            ? target.callers.map((c) => {
                const method = /:[^:]*\.([^.:]+)$/.exec(c)?.[1];
                return method
                  ? { name: c, aliases: [`${c.slice(0, c.lastIndexOf(":"))}:${method}`] }
                  : { name: c };
              })
            : target.files.map((name) => ({ name })),
        grep: question === "callers" ? target.grepCallers : target.grepFiles,
      })),
  );
}

/** Known answers of the callers and mutation cases (undefined for other kinds). */
export function understandingKnownAnswers(
  data: LegacyCaseData,
  grep?: readonly string[],
): { expect: "pass" | "fail"; answer: string; label: string }[] | undefined {
  if (data.kind === "callers") {
    const key = data.question === "callers" ? "callers" : "files";
    return [
      {
        expect: "pass",
        answer: JSON.stringify({ [key]: data.expected.map((e) => e.name) }),
        label: "the checker's set",
      },
      {
        expect: "fail",
        answer: JSON.stringify({ [key]: grep && grep.length > 0 ? [...grep] : [data.target] }),
        label: "what a grep for the name finds",
      },
    ];
  }
  if (data.kind === "mutation") {
    const other = data.functions.find((f) => f !== data.expected.function) as string;
    return [
      { expect: "pass", answer: JSON.stringify(data.expected), label: "the edited function and line" },
      {
        expect: "fail",
        answer: JSON.stringify({ function: other, line: data.expected.line }),
        label: "another function of the file",
      },
    ];
  }
  return undefined;
}
