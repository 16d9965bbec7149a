// Family `moving-average`: a trailing moving average with a seeded treatment of the first, incomplete
// windows and seeded rounding, which must leave its input alone.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { defaultExportFormat, literal, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const NAMES = ["smooth", "rollingMean", "movingAverage", "trailingMean", "runningMean"];

/** The family. */
export const movingAverageFamily: CodingFamily = {
  name: "moving-average",
  version: 1,
  difficulty: "easy",
  tags: ["family", "arrays", "rounding", "immutability"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const name = random.pick(NAMES);
    const partial = random.next() < 0.5;
    const decimals = random.int(0, 3);
    const scale = 10 ** decimals;
    const round = (value: number) => Math.round(value * scale) / scale;
    const average = (values: number[], window: number): number[] => {
      const out: number[] = [];
      for (let end = 0; end < values.length; end++) {
        const start = end - window + 1;
        if (start < 0 && !partial) continue;
        const slice = values.slice(Math.max(0, start), end + 1);
        out.push(round(slice.reduce((sum, v) => sum + v, 0) / slice.length));
      }
      return out;
    };

    const windowSentence = `Entry \`i\` of the result is the mean of \`values[i - window + 1]\` to \`values[i]\`, both included.`;
    const partialSentence = partial
      ? `For the first \`window - 1\` positions, where fewer than \`window\` values exist, the mean is over the values there are (so the result has as many entries as \`values\`).`
      : `Positions with fewer than \`window\` values before them are skipped: the result starts with the first full window (so it has \`values.length - window + 1\` entries, or none when \`window\` is larger than \`values.length\`).`;
    const roundSentence = `Every mean is rounded to ${decimals} decimal place${decimals === 1 ? "" : "s"} with \`Math.round(mean * ${scale}) / ${scale}\`.`;
    const errorSentence = `\`${name}\` throws a \`RangeError\` when \`window\` is not a positive integer.`;
    const immutableSentence = "The input array is not changed.";
    const blind = [
      `Write a TypeScript module that exports a function \`${name}(values, window)\` that returns the trailing moving average of an array of numbers.`,
      windowSentence,
      partialSentence,
      roundSentence,
      errorSentence,
      immutableSentence,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const example = [4, 8, 6, -2, 5];
    const informed = [
      "Write a TypeScript module that exports exactly this function:",
      "",
      "```ts",
      `export function ${name}(values: number[], window: number): number[];`,
      "```",
      "",
      "Behaviour:",
      "",
      `- ${windowSentence}`,
      `- ${partialSentence}`,
      `- ${roundSentence}`,
      `- ${errorSentence} An empty \`values\` gives \`[]\`.`,
      `- ${immutableSentence} The result is a new array.`,
      "",
      "Example:",
      "",
      "```ts",
      `${name}(${JSON.stringify(example)}, 3); // ${JSON.stringify(average(example, 3))}`,
      "```",
      "",
      `Output only the TypeScript code for the module, in one fenced code block, with a named export \`${name}\`.`,
    ].join("\n");

    const reference = [
      `const SCALE = ${scale};`,
      "",
      `export function ${name}(values: number[], window: number): number[] {`,
      "  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);",
      "  const out: number[] = [];",
      "  for (let end = 0; end < values.length; end++) {",
      "    const start = end - window + 1;",
      ...(partial ? [] : ["    if (start < 0) continue;"]),
      "    const slice = values.slice(Math.max(0, start), end + 1);",
      "    const mean = slice.reduce((sum, value) => sum + value, 0) / slice.length;",
      "    out.push(Math.round(mean * SCALE) / SCALE);",
      "  }",
      "  return out;",
      "}",
      "",
    ].join("\n");

    const series = Array.from({ length: 9 }, () => random.int(-40, 90) / random.pick([1, 2, 4, 8]));
    const window = random.int(2, 4);
    const spec = [
      `import { ${name} } from "./solution";`,
      "",
      `describe("${name}", () => {`,
      `  it("averages each trailing window of ${window}", () => {`,
      `    expect(${name}(${literal(series)}, ${window})).toEqual(${literal(average(series, window))});`,
      "  });",
      "",
      `  it(${literal(partial ? "averages what there is for the first positions" : "skips positions before the first full window")}, () => {`,
      `    expect(${name}([10, 20, 30, 40], 3)).toEqual(${literal(average([10, 20, 30, 40], 3))});`,
      `    expect(${name}([1, 2], 5)).toEqual(${literal(average([1, 2], 5))});`,
      "  });",
      "",
      `  it("rounds every mean to ${decimals} decimal place${decimals === 1 ? "" : "s"}", () => {`,
      `    expect(${name}([1, 2, 2, 1.2345, 0.3333], 2)).toEqual(${literal(average([1, 2, 2, 1.2345, 0.3333], 2))});`,
      `    expect(${name}([-1.5, -2.25, 7.875], 1)).toEqual(${literal(average([-1.5, -2.25, 7.875], 1))});`,
      "  });",
      "",
      '  it("gives [] for no values", () => {',
      `    expect(${name}([], 2)).toEqual([]);`,
      "  });",
      "",
      '  it("does not change the input array", () => {',
      `    const values = ${literal(series)};`,
      `    const copy = [...values];`,
      `    const result = ${name}(values, 1);`,
      "    expect(values).toEqual(copy);",
      "    expect(result).not.toBe(values);",
      "  });",
      "",
      '  it("throws a RangeError when window is not a positive integer", () => {',
      ...["0", "-2", "1.5", "Number.NaN"].map(
        (bad) => `    expect(() => ${name}([1, 2, 3], ${bad})).toThrow(RangeError);`,
      ),
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      partial
        ? mutant("skips-incomplete-windows", reference, [
            "    const slice =",
            "    if (start < 0) continue;\n    const slice =",
          ])
        : mutant("averages-incomplete-windows", reference, ["    if (start < 0) continue;\n", ""]),
      mutant("no-rounding", reference, ["out.push(Math.round(mean * SCALE) / SCALE);", "out.push(mean);"]),
      mutant("rounds-one-place-more", reference, [`const SCALE = ${scale};`, `const SCALE = ${scale * 10};`]),
      mutant("window-too-wide", reference, [
        "const start = end - window + 1;",
        "const start = end - window;",
      ]),
      partial
        ? mutant("divides-by-window", reference, ["/ slice.length;", "/ window;"])
        : mutant("skips-first-full-window", reference, [
            "if (start < 0) continue;",
            "if (start <= 0) continue;",
          ]),
      mutant("sorts-input", reference, [
        "  const out: number[] = [];",
        "  values.sort((a, b) => a - b);\n  const out: number[] = [];",
      ]),
      mutant("no-validation", reference, [
        "  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);\n",
        "",
      ]),
    ];

    return {
      title: `Moving average (${partial ? "partial" : "full"} windows, ${decimals} decimals)`,
      exports: [name],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${name}(values: number[], window: number): number[];\n`,
      rubric: rubric(`moving average (${name})`, [
        `- Correctness (weight 5): trailing windows, ${partial ? "partial means at the start" : "only full windows"}, rounding as stated.`,
        "- Immutability (weight 2): the input is left alone and a new array returned.",
        "- Validation (weight 2): a `RangeError` for a bad window.",
        "- Focus (weight 1): only the module is given.",
      ]),
      mutants,
      formats: [defaultExportFormat(reference, name)],
      contracts: [
        {
          id: "window-range-error",
          kind: "validation",
          checks: ["throws a RangeError when window is not a positive integer"],
          blind: "stated",
          words: ["RangeError", "positive integer"],
        },
        {
          id: "input-unchanged",
          kind: "immutability",
          checks: ["does not change the input array"],
          blind: "stated",
          words: ["not changed"],
        },
      ],
    };
  },
};
