// Family `score-bands`: values on a seeded scale sorted into seeded, named bands whose cut points
// belong either to the band above or to the band below, plus a tally of many values.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const LABEL_SETS = [
  ["poor", "fair", "good", "great", "superb"],
  ["cold", "cool", "mild", "warm", "hot"],
  ["low", "guarded", "elevated", "high", "severe"],
  ["bronze", "silver", "gold", "platinum", "diamond"],
  ["calm", "breezy", "windy", "gale", "storm"],
];
const NOUNS = ["Score", "Reading", "Rating", "Level", "Measure"];
const SCALES = [10, 20, 50, 100, 1000];

/** The family. */
export const scoreBandsFamily: CodingFamily = {
  name: "score-bands",
  version: 1,
  difficulty: "easy",
  tags: ["family", "boundaries", "validation"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const noun = random.pick(NOUNS);
    const classify = `classify${noun}`;
    const tally = `tally${noun}s`;
    const max = random.pick(SCALES);
    const bandCount = random.int(3, 5);
    const labels = random.pick(LABEL_SETS).slice(0, bandCount);
    const cutSet = new Set<number>();
    while (cutSet.size < bandCount - 1) cutSet.add(random.int(1, max - 1));
    const cuts = [...cutSet].sort((a, b) => a - b);
    const cutGoesUp = random.next() < 0.5;
    const band = (value: number): string => {
      let index = 0;
      for (const cut of cuts) if (cutGoesUp ? value >= cut : value > cut) index += 1;
      return labels[index] as string;
    };

    const bandLines = labels.map((label, index) => {
      const low = index === 0 ? 0 : (cuts[index - 1] as number);
      const high = index === labels.length - 1 ? max : (cuts[index] as number);
      const lowBracket = index === 0 || !cutGoesUp ? (index === 0 ? "[" : "(") : "[";
      const highBracket = index === labels.length - 1 || !cutGoesUp ? "]" : ")";
      return `- \`"${label}"\`: ${lowBracket}${low}, ${high}${highBracket}`;
    });
    const cutSentence = cutGoesUp
      ? `A value equal to a cut point (${cuts.join(", ")}) belongs to the band above it.`
      : `A value equal to a cut point (${cuts.join(", ")}) belongs to the band below it.`;
    const errorSentence = `Both functions throw a \`RangeError\` for a value below 0, above ${max} or not a finite number.`;
    const tallySentence = `\`${tally}(values)\` returns an object with one property per band label, in band order from the lowest, counting how many values fall in each band (0 for an empty band).`;
    const blind = [
      `Write a TypeScript module that exports \`${classify}(value)\`, which returns the label of the band a value on a 0–${max} scale falls in, and \`${tally}(values)\`. The bands, lowest first:`,
      "",
      ...bandLines,
      "",
      cutSentence,
      tallySentence,
      errorSentence,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const union = labels.map((label) => `"${label}"`).join(" | ");
    const informed = [
      "Write a TypeScript module that exports exactly these functions:",
      "",
      "```ts",
      `export type Band = ${union};`,
      "",
      `export function ${classify}(value: number): Band;`,
      `export function ${tally}(values: number[]): Record<Band, number>;`,
      "```",
      "",
      `Values are numbers from 0 to ${max}, both included; fractions are allowed. The bands, lowest first ("[" includes the bound, "(" excludes it):`,
      "",
      ...bandLines,
      "",
      "Behaviour:",
      "",
      `- ${cutSentence}`,
      `- ${tallySentence} Its keys are in band order even when a band is empty.`,
      `- ${errorSentence} \`${tally}\` checks every value and throws for the first bad one.`,
      `- \`${tally}\` does not change its input.`,
      "",
      "Example:",
      "",
      "```ts",
      `${classify}(${cuts[0]}); // "${band(cuts[0] as number)}"`,
      `${tally}([0, ${max}]); // ${JSON.stringify(Object.fromEntries(labels.map((l) => [l, [0, max].filter((v) => band(v) === l).length])))}`,
      "```",
      "",
      "Output only the TypeScript code for the module, in one fenced code block, with named exports.",
    ].join("\n");

    const reference = [
      `export type Band = ${union};`,
      "",
      `const LABELS: Band[] = ${JSON.stringify(labels)};`,
      `const CUTS = ${JSON.stringify(cuts)};`,
      `const MAX = ${max};`,
      "",
      `export function ${classify}(value: number): Band {`,
      "  if (!Number.isFinite(value) || value < 0 || value > MAX) {",
      "    throw new RangeError(`value must be a number from 0 to ${MAX}, got ${value}`);",
      "  }",
      "  let index = 0;",
      `  for (const cut of CUTS) if (${cutGoesUp ? "value >= cut" : "value > cut"}) index += 1;`,
      "  return LABELS[index] as Band;",
      "}",
      "",
      `export function ${tally}(values: number[]): Record<Band, number> {`,
      "  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Band, number>;",
      `  for (const value of values) counts[${classify}(value)] += 1;`,
      "  return counts;",
      "}",
      "",
    ].join("\n");

    const interior = labels.map((_, index) => {
      const low = index === 0 ? 0 : (cuts[index - 1] as number);
      const high = index === labels.length - 1 ? max : (cuts[index] as number);
      return (low + high) / 2;
    });
    const values = [...interior, ...cuts, 0, max, ...cuts.map((cut) => cut + 0.5)];
    const counts = Object.fromEntries(
      labels.map((label) => [label, values.filter((v) => band(v) === label).length]),
    );
    const spec = [
      `import { ${classify}, ${tally} } from "./solution";`,
      "",
      `describe("${classify}", () => {`,
      '  it("names the band of a value inside each band", () => {',
      ...interior.map((v) => `    expect(${classify}(${v})).toBe("${band(v)}");`),
      "  });",
      "",
      `  it("puts each cut point in the band ${cutGoesUp ? "above" : "below"} it", () => {`,
      ...cuts.map((v) => `    expect(${classify}(${v})).toBe("${band(v)}");`),
      ...cuts.map((v) => `    expect(${classify}(${v} - 0.001)).toBe("${band(v - 0.001)}");`),
      "  });",
      "",
      '  it("includes both ends of the scale", () => {',
      `    expect(${classify}(0)).toBe("${band(0)}");`,
      `    expect(${classify}(${max})).toBe("${band(max)}");`,
      "  });",
      "",
      '  it("throws a RangeError outside the scale or for a non-finite number", () => {',
      ...["-0.5", `${max} + 0.5`, "Number.NaN", "Number.POSITIVE_INFINITY"].map(
        (bad) => `    expect(() => ${classify}(${bad})).toThrow(RangeError);`,
      ),
      "  });",
      "});",
      "",
      `describe("${tally}", () => {`,
      '  it("counts the values of each band, in band order", () => {',
      `    const counts = ${tally}(${JSON.stringify(values)});`,
      `    expect(counts).toEqual(${JSON.stringify(counts)});`,
      `    expect(Object.keys(counts)).toEqual(${JSON.stringify(labels)});`,
      "  });",
      "",
      '  it("lists every band with 0 for no values", () => {',
      `    expect(${tally}([])).toEqual(${JSON.stringify(Object.fromEntries(labels.map((l) => [l, 0])))});`,
      "  });",
      "",
      '  it("throws a RangeError for a value outside the scale", () => {',
      `    expect(() => ${tally}([1, -1])).toThrow(RangeError);`,
      "  });",
      "});",
      "",
    ].join("\n");

    const flipped = cutGoesUp ? "value > cut" : "value >= cut";
    const mutants = [
      mutant("cut-point-other-band", reference, [cutGoesUp ? "value >= cut" : "value > cut", flipped]),
      mutant("top-of-scale-excluded", reference, ["value > MAX", "value >= MAX"]),
      mutant(
        "tally-skips-empty-bands",
        reference,
        [
          "const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Band, number>;",
          "const counts = {} as Record<Band, number>;",
        ],
        [
          `counts[${classify}(value)] += 1;`,
          `counts[${classify}(value)] = (counts[${classify}(value)] ?? 0) + 1;`,
        ],
      ),
      mutant("accepts-any-number", reference, [
        "!Number.isFinite(value) || value < 0 || value > MAX",
        "Number.isNaN(value)",
      ]),
      mutant("plain-error", reference, ["throw new RangeError(", "throw new Error("]),
    ];

    return {
      title: `Banding ${noun.toLowerCase()}s on a 0–${max} scale`,
      exports: [classify, tally],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: [
        `export type Band = ${union};`,
        `export declare function ${classify}(value: number): Band;`,
        `export declare function ${tally}(values: number[]): Record<Band, number>;`,
        "",
      ].join("\n"),
      rubric: rubric(`score bands (${classify}/${tally})`, [
        `- Correctness (weight 5): cut points belong to the band ${cutGoesUp ? "above" : "below"}; both ends of the scale included.`,
        "- Tally (weight 2): every band present in order, zero counts included.",
        "- Validation (weight 2): a `RangeError` outside the scale or for non-finite numbers.",
        "- Clarity (weight 1): bands as data.",
      ]),
      mutants,
      contracts: [
        {
          id: "out-of-scale-range-error",
          kind: "validation",
          checks: [
            "throws a RangeError outside the scale or for a non-finite number",
            "throws a RangeError for a value outside the scale",
          ],
          blind: "stated",
          words: ["RangeError", "finite"],
        },
      ],
    };
  },
};
