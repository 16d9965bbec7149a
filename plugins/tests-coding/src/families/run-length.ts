// Family `run-length`: run-length coding of letter strings in a seeded notation (`4a`, `a4` or
// `a{4}`), where only runs of at least a seeded length are coded, with its decoder.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { literal, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const PAIRS = [
  ["pack", "unpack"],
  ["squeeze", "expand"],
  ["compress", "decompress"],
  ["shrink", "restore"],
  ["fold", "unfold"],
] as const;
const NOUNS = ["Runs", "Letters", "Stream", "Pattern", "Row"];
const NOTATIONS = ["count-first", "letter-first", "braced"] as const;
type Notation = (typeof NOTATIONS)[number];

/** The family. */
export const runLengthFamily: CodingFamily = {
  name: "run-length",
  version: 1,
  difficulty: "medium",
  tags: ["family", "strings", "encoding"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const [encodeVerb, decodeVerb] = random.pick(PAIRS);
    const noun = random.pick(NOUNS);
    const encode = `${encodeVerb}${noun}`;
    const decode = `${decodeVerb}${noun}`;
    const notation: Notation = random.pick(NOTATIONS);
    const minRun = random.int(2, 4);
    const code = (letter: string, count: number) =>
      notation === "count-first"
        ? `${count}${letter}`
        : notation === "letter-first"
          ? `${letter}${count}`
          : `${letter}{${count}}`;
    const enc = (text: string): string => {
      let out = "";
      for (const match of text.matchAll(/([a-zA-Z])\1*/g)) {
        const run = match[0];
        out += run.length >= minRun ? code(run[0] as string, run.length) : run;
      }
      return out;
    };
    const shown = code("a", 4);
    const notationSentence = `A run of ${minRun} or more equal letters is written as ${notation === "count-first" ? "its length followed by the letter" : notation === "letter-first" ? "the letter followed by its length" : "the letter followed by its length in braces"} (\`aaaa\` becomes \`${shown}\`; a run of 12 \`b\` becomes \`${code("b", 12)}\`); shorter runs are written out as they are (\`${"c".repeat(minRun - 1)}\` stays \`${"c".repeat(minRun - 1)}\`).`;
    const caseSentence =
      "Letters are case-sensitive: `a` and `A` are different letters and never join one run.";
    const errorSentence = `\`${encode}\` throws a \`RangeError\` when the text contains anything but ASCII letters.`;
    const inverse = `\`${decode}(coded)\` turns such text back: \`${decode}(${encode}(text))\` is \`text\`.`;
    const blind = [
      `Write a TypeScript module that exports \`${encode}(text)\`, a run-length encoder for strings of ASCII letters, and \`${decode}(coded)\`, its decoder.`,
      notationSentence,
      caseSentence,
      errorSentence,
      inverse,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const example = `aaabccccccccccccdd${"e".repeat(minRun)}Ff`;
    const informed = [
      "Write a TypeScript module that exports exactly these functions:",
      "",
      "```ts",
      `export function ${encode}(text: string): string;`,
      `export function ${decode}(coded: string): string;`,
      "```",
      "",
      "Behaviour:",
      "",
      `- \`${encode}(text)\` splits \`text\` into runs of the same letter, left to right. ${notationSentence}`,
      `- ${caseSentence}`,
      `- ${errorSentence} The empty string gives the empty string.`,
      `- ${inverse} Lengths may have several digits.`,
      "",
      "Example:",
      "",
      "```ts",
      `${encode}(${JSON.stringify(example)}); // ${JSON.stringify(enc(example))}`,
      `${decode}(${JSON.stringify(enc(example))}); // ${JSON.stringify(example)}`,
      `${encode}("ab1"); // throws RangeError`,
      "```",
      "",
      "Output only the TypeScript code for the module, in one fenced code block, with named exports.",
    ].join("\n");

    const writeRun =
      notation === "count-first"
        ? "`${run.length}${letter}`"
        : notation === "letter-first"
          ? "`${letter}${run.length}`"
          : "`${letter}{${run.length}}`";
    const readPattern =
      notation === "count-first"
        ? "/(\\d+)?([a-zA-Z])/g"
        : notation === "letter-first"
          ? "/([a-zA-Z])(\\d+)?/g"
          : "/([a-zA-Z])(?:\\{(\\d+)\\})?/g";
    const readLine =
      notation === "count-first"
        ? "    out += (match[2] as string).repeat(match[1] === undefined ? 1 : Number(match[1]));"
        : "    out += (match[1] as string).repeat(match[2] === undefined ? 1 : Number(match[2]));";
    const reference = [
      `const MIN_RUN = ${minRun};`,
      "",
      `export function ${encode}(text: string): string {`,
      '  if (!/^[a-zA-Z]*$/.test(text)) throw new RangeError("only ASCII letters can be encoded");',
      '  let out = "";',
      "  let index = 0;",
      "  while (index < text.length) {",
      "    const letter = text[index] as string;",
      "    let end = index;",
      "    while (text[end] === letter) end += 1;",
      "    const run = text.slice(index, end);",
      `    out += run.length >= MIN_RUN ? ${writeRun} : run;`,
      "    index = end;",
      "  }",
      "  return out;",
      "}",
      "",
      `export function ${decode}(coded: string): string {`,
      '  let out = "";',
      `  for (const match of coded.matchAll(${readPattern})) {`,
      readLine,
      "  }",
      "  return out;",
      "}",
      "",
    ].join("\n");
    const short = "x".repeat(minRun - 1);
    const exact = "y".repeat(minRun);
    const spec = [
      `import { ${decode}, ${encode} } from "./solution";`,
      "",
      `describe("${encode}", () => {`,
      `  it("codes runs of ${minRun} or more and keeps shorter runs", () => {`,
      `    expect(${encode}(${literal(short)})).toBe(${literal(enc(short))});`,
      `    expect(${encode}(${literal(exact)})).toBe(${literal(enc(exact))});`,
      `    expect(${encode}(${literal(`${short}z${exact}`)})).toBe(${literal(enc(`${short}z${exact}`))});`,
      "  });",
      "",
      '  it("writes lengths of several digits", () => {',
      `    expect(${encode}(${literal("q".repeat(12))})).toBe(${literal(enc("q".repeat(12)))});`,
      `    expect(${encode}(${literal(`${"m".repeat(105)}n`)})).toBe(${literal(enc(`${"m".repeat(105)}n`))});`,
      "  });",
      "",
      '  it("treats letters case-sensitively", () => {',
      `    expect(${encode}(${literal("aAaA".repeat(minRun))})).toBe(${literal(enc("aAaA".repeat(minRun)))});`,
      `    expect(${encode}(${literal(`${"B".repeat(minRun)}${"b".repeat(minRun)}`)})).toBe(${literal(enc(`${"B".repeat(minRun)}${"b".repeat(minRun)}`))});`,
      "  });",
      "",
      '  it("encodes a mixed string and the empty string", () => {',
      `    expect(${encode}(${literal(example)})).toBe(${literal(enc(example))});`,
      `    expect(${encode}("")).toBe("");`,
      "  });",
      "",
      '  it("throws a RangeError for anything but ASCII letters", () => {',
      ...["ab1", "a b", "é", "a-b"].map(
        (bad) => `    expect(() => ${encode}(${literal(bad)})).toThrow(RangeError);`,
      ),
      "  });",
      "});",
      "",
      `describe("${decode}", () => {`,
      '  it("decodes what was encoded", () => {',
      `    expect(${decode}(${literal(enc(example))})).toBe(${literal(example)});`,
      `    expect(${decode}(${literal(enc(`${"m".repeat(105)}n`))})).toBe(${literal(`${"m".repeat(105)}n`)});`,
      "  });",
      "",
      '  it("round-trips any letter string", () => {',
      `    for (const text of ${literal(["", "a", short, exact, `${exact}${short}`, "abcABC", `${"Z".repeat(33)}zz`])}) {`,
      `      expect(${decode}(${encode}(text))).toBe(text);`,
      "    }",
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant("min-run-exclusive", reference, ["run.length >= MIN_RUN", "run.length > MIN_RUN"]),
      mutant("codes-every-run", reference, [`const MIN_RUN = ${minRun};`, "const MIN_RUN = 1;"]),
      mutant("case-insensitive-runs", reference, [
        "while (text[end] === letter) end += 1;",
        "while (text[end]?.toLowerCase() === letter.toLowerCase()) end += 1;",
      ]),
      mutant("single-digit-lengths", reference, ["\\d+", "\\d"]),
      mutant("no-validation", reference, [
        '  if (!/^[a-zA-Z]*$/.test(text)) throw new RangeError("only ASCII letters can be encoded");\n',
        "",
      ]),
    ];

    return {
      title: `Run-length coding (${notation}, runs of ${minRun}+)`,
      exports: [encode, decode],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${encode}(text: string): string;\nexport declare function ${decode}(coded: string): string;\n`,
      rubric: rubric(`run-length coding (${encode}/${decode})`, [
        `- Correctness (weight 5): runs of ${minRun}+ coded in the stated notation, shorter runs literal, multi-digit lengths, case-sensitive.`,
        "- Inverse (weight 3): decoding restores every letter string.",
        "- Validation (weight 1): a `RangeError` for anything but ASCII letters.",
        "- Clarity (weight 1): a single pass over the runs.",
      ]),
      mutants,
      contracts: [
        {
          id: "non-letters-range-error",
          kind: "validation",
          checks: ["throws a RangeError for anything but ASCII letters"],
          blind: "stated",
          words: ["RangeError", "ASCII letters"],
        },
      ],
    };
  },
};
