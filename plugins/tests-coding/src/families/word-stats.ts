// Family `word-stats`: the most frequent words of a text under seeded rules — a minimum word length,
// seeded stop words, a seeded tie-break — returned in a seeded data shape.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { defaultExportFormat, literal, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const NOUNS = ["Words", "Terms", "Tokens", "Keywords"];
const STOP_WORDS = [
  "the",
  "and",
  "for",
  "with",
  "that",
  "this",
  "from",
  "have",
  "were",
  "into",
  "about",
  "which",
  "there",
  "their",
  "would",
  "other",
];
const FIELD_PAIRS = [
  ["word", "count"],
  ["term", "hits"],
  ["token", "uses"],
  ["text", "times"],
] as const;
const VOCABULARY = [
  "river",
  "stone",
  "cloud",
  "ember",
  "maple",
  "quartz",
  "lumen",
  "harbor",
  "violet",
  "cedar",
  "tide",
  "fox",
  "owl",
  "sky",
];

/** The family. */
export const wordStatsFamily: CodingFamily = {
  name: "word-stats",
  version: 1,
  difficulty: "medium",
  tags: ["family", "strings", "sorting", "data-shape"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const name = `top${random.pick(NOUNS)}`;
    const minLength = random.int(3, 5);
    // Stop words long enough to be counted otherwise, so the stop-word rule is what excludes them.
    const stops = random
      .sample(
        STOP_WORDS.filter((word) => word.length >= minLength),
        3,
      )
      .sort();
    const alphabetical = random.next() < 0.5;
    const [wordField, countField] = random.pick(FIELD_PAIRS);
    const count = (text: string) => {
      const counts = new Map<string, number>();
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
        if (word.length < minLength || stops.includes(word)) continue;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      return counts;
    };
    const top = (text: string, n: number) => {
      const entries = [...count(text)];
      entries.sort((x, y) => y[1] - x[1] || (alphabetical ? (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) : 0));
      return entries.slice(0, n).map(([w, c]) => ({ [wordField]: w, [countField]: c }));
    };

    const wordsSentence = `A word is a run of ASCII letters \`a\`–\`z\`, compared case-insensitively and reported in lowercase; anything else separates words.`;
    const filterSentence = `Words shorter than ${minLength} letters and the stop words ${stops.map((s) => `\`${s}\``).join(", ")} are not counted.`;
    const orderSentence = alphabetical
      ? "The result is sorted by count, highest first; equal counts are sorted alphabetically."
      : "The result is sorted by count, highest first; equal counts keep the order in which the words first appear in the text.";
    const shapeSentence = `Each entry of the result is an object \`{ ${wordField}, ${countField} }\`; at most \`n\` entries are returned (fewer when the text has fewer words).`;
    const errorSentence = `\`${name}\` throws a \`RangeError\` when \`n\` is not a positive integer.`;
    const blind = [
      `Write a TypeScript module that exports a function \`${name}(text, n)\` that returns the \`n\` most frequent words of \`text\` with their counts.`,
      wordsSentence,
      filterSentence,
      orderSentence,
      shapeSentence,
      errorSentence,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const entryType = `{ ${wordField}: string; ${countField}: number }`;
    const sampleText = "The Fox and the owl; the FOX, the owl and the fox.";
    const informed = [
      "Write a TypeScript module that exports exactly this function:",
      "",
      "```ts",
      `export function ${name}(text: string, n: number): Array<${entryType}>;`,
      "```",
      "",
      "Behaviour:",
      "",
      `- ${wordsSentence} (\`"Don't"\` is the words \`don\` and \`t\`.)`,
      `- ${filterSentence}`,
      `- ${orderSentence}`,
      `- ${shapeSentence} A text without counted words gives \`[]\`.`,
      `- ${errorSentence}`,
      "",
      "Example:",
      "",
      "```ts",
      `${name}(${JSON.stringify(sampleText)}, 5); // ${JSON.stringify(top(sampleText, 5))}`,
      "```",
      "",
      `Output only the TypeScript code for the module, in one fenced code block, with a named export \`${name}\`.`,
    ].join("\n");

    const sortLine = alphabetical
      ? "  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));"
      : "  entries.sort((a, b) => b[1] - a[1]);";
    const reference = [
      `const MIN_LENGTH = ${minLength};`,
      `const STOP_WORDS = new Set(${JSON.stringify(stops)});`,
      "",
      `export function ${name}(text: string, n: number): Array<${entryType}> {`,
      "  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);",
      "  const counts = new Map<string, number>();",
      "  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {",
      "    if (word.length < MIN_LENGTH || STOP_WORDS.has(word)) continue;",
      "    counts.set(word, (counts.get(word) ?? 0) + 1);",
      "  }",
      "  const entries = [...counts];",
      sortLine,
      `  return entries.slice(0, n).map(([word, count]) => ({ ${wordField}: word, ${countField}: count }));`,
      "}",
      "",
    ].join("\n");

    // A text where ties, short words, stop words and case all matter.
    const words = random.sample(
      VOCABULARY.filter((w) => w.length >= minLength),
      5,
    );
    const [w1, w2, w3, w4, w5] = words as [string, string, string, string, string];
    const shortWord = "ab".repeat(3).slice(0, minLength - 1);
    const exactWord = "zq".repeat(4).slice(0, minLength);
    // The three tied words first appear in reverse alphabetical order, so the two tie-breaks differ.
    const [x, y, z] = [w1, w2, w3].sort() as [string, string, string];
    const tieText = `${z} ${y.toUpperCase()} ${x}, ${y}! ${z}-${x} ${w4}`;
    const mainText = [
      `${stops[0]} ${w1} ${stops[0]} ${w2} ${stops[0]}`,
      `${shortWord} ${shortWord} ${shortWord} ${exactWord} ${w1}`,
      `${w1.toUpperCase()}: ${w2}'s ${w5} (${w5}) ${w5}; ${stops[1]} ${stops[2]} ${stops[2]}`,
    ].join(" ");
    const spec = [
      `import { ${name} } from "./solution";`,
      "",
      `describe("${name}", () => {`,
      '  it("counts words case-insensitively and reports them in lowercase", () => {',
      `    expect(${name}(${literal(mainText)}, 2)).toEqual(${literal(top(mainText, 2))});`,
      "  });",
      "",
      `  it("skips words shorter than ${minLength} letters and the stop words", () => {`,
      `    const result = ${name}(${literal(mainText)}, 50);`,
      `    expect(result).toEqual(${literal(top(mainText, 50))});`,
      "  });",
      "",
      `  it(${literal(alphabetical ? "sorts equal counts alphabetically" : "keeps equal counts in order of first appearance")}, () => {`,
      `    expect(${name}(${literal(tieText)}, 10)).toEqual(${literal(top(tieText, 10))});`,
      "  });",
      "",
      '  it("returns at most n entries, and [] for a text without counted words", () => {',
      `    expect(${name}(${literal(tieText)}, 1)).toEqual(${literal(top(tieText, 1))});`,
      `    expect(${name}(${literal(`${stops.join(" ")} ${shortWord} 1234 ...`)}, 3)).toEqual([]);`,
      `    expect(${name}("", 3)).toEqual([]);`,
      "  });",
      "",
      '  it("throws a RangeError when n is not a positive integer", () => {',
      ...["0", "-1", "2.5", "Number.NaN"].map(
        (bad) => `    expect(() => ${name}("a b c", ${bad})).toThrow(RangeError);`,
      ),
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant(
        "case-sensitive",
        reference,
        ["text.toLowerCase().match(", "text.match("],
        ["/[a-z]+/g", "/[a-zA-Z]+/g"],
      ),
      mutant("min-length-off-by-one", reference, ["word.length < MIN_LENGTH", "word.length <= MIN_LENGTH"]),
      mutant("keeps-stop-words", reference, [" || STOP_WORDS.has(word)", ""]),
      alphabetical
        ? mutant("ties-by-appearance", reference, [sortLine, "  entries.sort((a, b) => b[1] - a[1]);"])
        : mutant("ties-alphabetical", reference, [
            sortLine,
            "  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));",
          ]),
      mutant("ignores-n", reference, ["entries.slice(0, n)", "entries"]),
      mutant("splits-on-spaces-only", reference, ["match(/[a-z]+/g)", "split(/\\s+/).filter(Boolean)"]),
    ];

    return {
      title: `Top words (min length ${minLength}, ties ${alphabetical ? "alphabetical" : "by appearance"})`,
      exports: [name],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${name}(text: string, n: number): Array<${entryType}>;\n`,
      rubric: rubric(`word statistics (${name})`, [
        "- Correctness (weight 5): word splitting, case folding, length and stop-word filters, the stated tie-break.",
        `- Shape (weight 2): entries \`{ ${wordField}, ${countField} }\`, at most n.`,
        "- Validation (weight 2): a `RangeError` for a bad n.",
        "- Focus (weight 1): only the module is given.",
      ]),
      mutants,
      formats: [defaultExportFormat(reference, name)],
      contracts: [
        {
          id: "n-range-error",
          kind: "validation",
          checks: ["throws a RangeError when n is not a positive integer"],
          blind: "stated",
          words: ["RangeError", "positive integer"],
        },
      ],
    };
  },
};
