// What the offline demo's scripted models answer to a legacy case, from its ground truth: sim/oracle lists
// the true names (or summarises with the file's distinctive identifiers), sim/sloppy stops short or
// misspells. `demoAnswers` builds the cases of the roots as the `legacy` source builds them for a run.
import type { DemoAnswer, DemoAnswersOptions, PassType } from "@benchloop/core";
import { buildLegacyCases } from "./build-cases.js";
import { type LegacyCaseData, LegacyCaseDataSchema } from "./case-data.js";
import { scoreLegacyAnswer } from "./score-legacy.js";

type ListCase = Extract<LegacyCaseData, { kind: "structure" | "dependencies" }>;
type SummaryCase = Extract<LegacyCaseData, { kind: "summary" }>;

const LIST_WORDING = {
  structure: { key: "symbols", intro: "The file exports these symbols:", none: "I see no exports." },
  dependencies: { key: "modules", intro: "The file imports these modules:", none: "I see no imports." },
} as const;

function fileName(data: LegacyCaseData): string {
  return data.case.path.split("/").at(-1) ?? data.case.path;
}

/** Names as the informed prompt asks (one JSON object) or, blind, a sentence and a fenced JSON block. */
function listAnswer(data: ListCase, passType: PassType, names: readonly string[]): string {
  const wording = LIST_WORDING[data.kind];
  const json = JSON.stringify({ [wording.key]: names });
  if (passType === "informed") return json;
  if (names.length === 0) return wording.none;
  return `${wording.intro}\n\n\`\`\`json\n${json}\n\`\`\``;
}

function summaryAnswer(passType: PassType, summary: Record<string, string | string[]>): string {
  return passType === "informed"
    ? JSON.stringify(summary)
    : `\`\`\`json\n${JSON.stringify(summary, null, 2)}\n\`\`\``;
}

/** The correct answer to a legacy case: every true name once, a summary naming the identifiers, or the letter. */
export function legacyOracleAnswer(data: LegacyCaseData, passType: PassType): string {
  if (data.kind === "callers" || data.kind === "mutation") return understandingAnswers(data, passType).oracle;
  if (data.kind === "purpose") return passType === "informed" ? data.answer : `The answer is ${data.answer}.`;
  if (data.kind === "predict")
    return passType === "informed" ? data.answer : `\`\`\`json\n${data.answer}\n\`\`\``;
  if (data.kind === "structure")
    return listAnswer(
      data,
      passType,
      data.symbols.map((s) => s.name),
    );
  if (data.kind === "dependencies")
    return listAnswer(
      data,
      passType,
      data.modules.map((m) => m.name),
    );
  return summaryAnswer(passType, oracleSummary(data));
}

function oracleSummary(data: SummaryCase): Record<string, string | string[]> {
  const [first, second, third] = data.identifiers;
  const centre = third ? `${first}, ${second} and ${third}` : `${first} and ${second}`;
  return {
    summary: `This ${data.case.language} file, ${fileName(data)}, centres on ${centre}. It keeps its logic in small named units, so a reader can follow how inputs become results, and the rest of the project calls into it through these names.`,
    entities: [...data.identifiers],
    risks: ["Behaviour at the edges, such as empty or missing input, is not obviously covered by tests."],
    action_items: ["Add tests around the main entry points before changing them."],
  };
}

/**
 * A name as a careless reader spells it: a symbol in the other naming convention (`load_sales` as
 * `loadSales`, `formatCents` as `format_cents`), a relative module by its file name only (`./money.js`
 * as `money`); undefined when the reader forgets it.
 */
function misspell(name: string, kind: ListCase["kind"]): string | undefined {
  if (kind === "dependencies") {
    const last = name
      .replace(/\.(?:[cm]?[jt]sx?|py|json)$/, "")
      .split(/[/.]/)
      .filter((part) => part !== "")
      .at(-1);
    return last && last !== name ? last : undefined;
  }
  if (name === "default") return undefined;
  if (/^[A-Z0-9_]+$/.test(name) && name.includes("_"))
    return name.toLowerCase().replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  if (/[a-z0-9]_[a-z]/i.test(name)) return name.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  if (/[a-z][A-Z]/.test(name)) return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  const first = name.charAt(0);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped === first ? undefined : `${flipped}${name.slice(1)}`;
}

/**
 * A plausible wrong answer to a legacy case: a list that gets a third of the true names right and
 * misspells or forgets the rest, or a vague summary naming none of the file's identifiers. `fallback`
 * names nothing at all, for the rare case where the near miss still scores as a pass.
 */
export function legacyFlawedAnswers(
  data: LegacyCaseData,
  passType: PassType,
): { nearMiss: string; fallback: string } {
  if (data.kind === "callers" || data.kind === "mutation")
    return { nearMiss: understandingAnswers(data, passType).nearMiss, fallback: "I cannot tell." };
  if (data.kind === "predict") {
    // The value a reader gets who stops one step short: the truth with one more element or one off.
    const value: unknown = JSON.parse(data.answer);
    const off = typeof value === "number" ? value + 1 : typeof value === "string" ? `${value} ` : [value];
    return { nearMiss: JSON.stringify(off), fallback: "It depends on the input." };
  }
  if (data.kind === "purpose") {
    // The option after the true one: a sibling file's description.
    const wrong = ["A", "B", "C", "D"][(["A", "B", "C", "D"].indexOf(data.answer) + 1) % data.choices.length];
    return {
      nearMiss: passType === "informed" ? (wrong ?? "A") : `The answer is ${wrong}.`,
      fallback: "I cannot tell.",
    };
  }
  if (data.kind === "summary") {
    return {
      nearMiss: summaryAnswer(passType, {
        summary:
          "This file contains code used by the rest of the project. It defines a few functions and values and handles its part of the work, with some error handling along the way.",
        entities: ["the main function", "a few constants"],
        risks: ["There may be bugs in rare cases."],
        action_items: ["Add more comments."],
      }),
      fallback: "This file looks fine to me; I would not change anything.",
    };
  }
  const expected = data.kind === "structure" ? data.symbols : data.modules;
  const spellings = new Set(expected.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
  const kept = expected.slice(0, Math.floor(expected.length / 3)).map((e) => e.name);
  const misspelt = expected
    .slice(kept.length)
    .flatMap((e) => misspell(e.name, data.kind) ?? [])
    .filter((name) => !spellings.has(name));
  return {
    nearMiss: listAnswer(data, passType, [...new Set([...kept, ...misspelt])]),
    fallback: listAnswer(data, passType, []),
  };
}

/**
 * The callers and mutation kinds: the oracle gives the truth; the near miss names only the first true
 * caller (or file) plus the function asked about, or another function of the file at the true line.
 */
function understandingAnswers(
  data: Extract<LegacyCaseData, { kind: "callers" | "mutation" }>,
  passType: PassType,
): { oracle: string; nearMiss: string } {
  const wrap = (json: string) => (passType === "informed" ? json : `\`\`\`json\n${json}\n\`\`\``);
  if (data.kind === "callers") {
    const key = data.question === "callers" ? "callers" : "files";
    const names = data.expected.map((e) => e.name);
    return {
      oracle: wrap(JSON.stringify({ [key]: names })),
      nearMiss: wrap(JSON.stringify({ [key]: [names[0], data.target] })),
    };
  }
  const other = data.functions.find((f) => f !== data.expected.function);
  return {
    oracle: wrap(JSON.stringify(data.expected)),
    nearMiss: wrap(JSON.stringify({ function: other, line: data.expected.line })),
  };
}

/**
 * Demo answers to the legacy cases of `legacyRoots` (default options): ground truth for sim/oracle, a
 * near miss the legacy scorer fails for sim/sloppy. None without roots.
 * @throws CONFIG_INVALID when a legacy root does not exist or is not a folder
 */
export async function demoAnswers(options: DemoAnswersOptions): Promise<DemoAnswer[]> {
  const roots = options.legacyRoots ?? [];
  if (roots.length === 0) return [];
  const { tests } = await buildLegacyCases({ config: { roots }, cwd: options.cwd });
  const entries: DemoAnswer[] = [];
  for (const test of tests) {
    const data = LegacyCaseDataSchema.parse(test.data);
    for (const passType of ["blind", "informed"] satisfies PassType[]) {
      const { nearMiss, fallback } = legacyFlawedAnswers(data, passType);
      entries.push({
        prompt: test.prompts[passType],
        answer: legacyOracleAnswer(data, passType),
        flawedAnswer: scoreLegacyAnswer(data, passType, nearMiss).passed ? fallback : nearMiss,
        thinking: `The task is "${test.title ?? test.id}". I will read the file from top to bottom, note every name the task asks about exactly as it is spelt, and answer in the shape the prompt asks for.`,
      });
    }
  }
  return entries;
}
