// Family `tiered-pricing`: the price of an order under seeded quantity tiers, charged either per tier
// (graduated, like tax brackets) or all at the tier the quantity falls in (volume), plus a handling fee.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { capitalise, defaultExportFormat, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const NOUNS = [
  "widget",
  "ticket",
  "sticker",
  "licence",
  "crate",
  "voucher",
  "panel",
  "cartridge",
  "lantern",
  "badge",
];
const VERBS = ["quote", "price", "cost", "charge"];

interface Tier {
  upTo: number;
  unitCents: number;
}

/** The family. */
export const tieredPricingFamily: CodingFamily = {
  name: "tiered-pricing",
  version: 1,
  difficulty: "easy",
  tags: ["family", "arithmetic", "boundaries"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const noun = random.pick(NOUNS);
    const name = `${random.pick(VERBS)}${capitalise(noun)}s`;
    const tierCount = random.int(3, 4);
    const tiers: Tier[] = [];
    let bound = 0;
    let unit = random.int(400, 900);
    for (let i = 0; i < tierCount; i++) {
      bound += random.int(5, 25);
      tiers.push({ upTo: i === tierCount - 1 ? Number.POSITIVE_INFINITY : bound, unitCents: unit });
      unit -= random.int(20, 110);
    }
    const graduated = random.next() < 0.5;
    const fee = random.int(1, 9) * 50 - 1;
    const price = (quantity: number): number => {
      if (quantity === 0) return 0;
      let total = 0;
      if (graduated) {
        let previous = 0;
        for (const tier of tiers) {
          if (quantity <= previous) break;
          total += (Math.min(quantity, tier.upTo) - previous) * tier.unitCents;
          previous = tier.upTo;
        }
      } else {
        total = quantity * (tiers.find((tier) => quantity <= tier.upTo) as Tier).unitCents;
      }
      return total + fee;
    };

    const finite = tiers.slice(0, -1);
    const tierLines = tiers.map((tier, index) => {
      const from = index === 0 ? 1 : (tiers[index - 1] as Tier).upTo + 1;
      const to = Number.isFinite(tier.upTo) ? `${tier.upTo}` : "and more";
      return `- units ${from} to ${to}: ${tier.unitCents} cents each`.replace(" to and more", " and more");
    });
    const modeSentence = graduated
      ? "Each unit is charged at the price of the tier it falls in: the first units at the first tier's price, the next ones at the second tier's price, and so on (like tax brackets)."
      : "Every unit of the order is charged at the price of the tier that the total quantity falls in (a volume discount: 30 units in the second tier are all charged at the second tier's price).";
    const feeSentence = `An order of at least one unit also pays a handling fee of ${fee} cents, once; an order of zero units costs 0.`;
    const errorSentence = `\`${name}\` throws a \`RangeError\` when \`quantity\` is not a non-negative integer.`;
    const blind = [
      `Write a TypeScript module that exports a function \`${name}(quantity)\` returning the price in cents of an order of \`quantity\` ${noun}s. The unit prices come in tiers:`,
      "",
      ...tierLines,
      "",
      modeSentence,
      feeSentence,
      errorSentence,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const sample = finite.length > 0 ? (finite[0] as Tier).upTo + 2 : 3;
    const informed = [
      "Write a TypeScript module that exports exactly this function:",
      "",
      "```ts",
      `export function ${name}(quantity: number): number;`,
      "```",
      "",
      `\`${name}(quantity)\` returns the price in cents (an integer) of an order of \`quantity\` ${noun}s.`,
      "",
      "Unit prices by tier:",
      "",
      ...tierLines,
      "",
      "Behaviour:",
      "",
      `- ${modeSentence}`,
      `- ${feeSentence}`,
      `- Tier bounds are inclusive: ${(finite[0] as Tier).upTo} units are all in the first tier, ${(finite[0] as Tier).upTo + 1} units reach the second.`,
      `- ${errorSentence} (negative numbers, fractions, \`NaN\` and \`Infinity\` all throw.)`,
      "",
      "Examples:",
      "",
      "```ts",
      `${name}(0); // 0`,
      `${name}(1); // ${price(1)}`,
      `${name}(${sample}); // ${price(sample)}`,
      "```",
      "",
      `Output only the TypeScript code for the module, in one fenced code block, with a named export \`${name}\`.`,
    ].join("\n");

    const tierSource = tiers
      .map(
        (tier) =>
          `  { upTo: ${Number.isFinite(tier.upTo) ? tier.upTo : "Number.POSITIVE_INFINITY"}, unitCents: ${tier.unitCents} },`,
      )
      .join("\n");
    const body = graduated
      ? [
          "  let total = 0;",
          "  let previous = 0;",
          "  for (const tier of TIERS) {",
          "    if (quantity <= previous) break;",
          "    total += (Math.min(quantity, tier.upTo) - previous) * tier.unitCents;",
          "    previous = tier.upTo;",
          "  }",
        ]
      : [
          "  const tier = TIERS.find((candidate) => quantity <= candidate.upTo) as { upTo: number; unitCents: number };",
          "  const total = quantity * tier.unitCents;",
        ];
    const reference = [
      "const TIERS: ReadonlyArray<{ upTo: number; unitCents: number }> = [",
      tierSource,
      "];",
      `const HANDLING_CENTS = ${fee};`,
      "",
      `export function ${name}(quantity: number): number {`,
      "  if (!Number.isInteger(quantity) || quantity < 0) {",
      "    throw new RangeError(`quantity must be a non-negative integer, got ${quantity}`);",
      "  }",
      "  if (quantity === 0) return 0;",
      ...body,
      "  return total + HANDLING_CENTS;",
      "}",
      "",
    ].join("\n");

    const bounds = finite.map((tier) => tier.upTo);
    const inside = Math.max(1, (bounds[0] as number) - 2);
    const large = (bounds[bounds.length - 1] as number) + random.int(10, 80);
    const expectPrice = (quantity: number) => `    expect(${name}(${quantity})).toBe(${price(quantity)});`;
    const spec = [
      `import { ${name} } from "./solution";`,
      "",
      `describe("${name}", () => {`,
      '  it("charges nothing for zero units", () => {',
      `    expect(${name}(0)).toBe(0);`,
      "  });",
      "",
      '  it("charges one unit at the first tier plus the handling fee once", () => {',
      expectPrice(1),
      expectPrice(inside),
      "  });",
      "",
      '  it("charges the last unit of each tier at that tier", () => {',
      ...bounds.map(expectPrice),
      "  });",
      "",
      '  it("charges the first unit past each bound at the next tier", () => {',
      ...bounds.map((b) => expectPrice(b + 1)),
      "  });",
      "",
      '  it("prices a large order", () => {',
      expectPrice(large),
      expectPrice(large + 7),
      "  });",
      "",
      '  it("throws a RangeError for a quantity that is not a non-negative integer", () => {',
      ...[-1, 2.5, "Number.NaN", "Number.POSITIVE_INFINITY"].map(
        (bad) => `    expect(() => ${name}(${bad})).toThrow(RangeError);`,
      ),
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant(
        "bound-exclusive",
        reference,
        graduated
          ? ["Math.min(quantity, tier.upTo) - previous", "Math.min(quantity, tier.upTo - 1) - previous"]
          : ["quantity <= candidate.upTo", "quantity < candidate.upTo"],
      ),
      mutant("fee-per-unit", reference, [
        "return total + HANDLING_CENTS;",
        "return total + HANDLING_CENTS * quantity;",
      ]),
      mutant("fee-on-empty-order", reference, ["  if (quantity === 0) return 0;\n", ""]),
      mutant("accepts-fractions", reference, [
        "!Number.isInteger(quantity) || quantity < 0",
        "!(quantity >= 0) || !Number.isFinite(quantity)",
      ]),
      mutant("plain-error", reference, ["throw new RangeError(", "throw new Error("]),
      graduated
        ? mutant("volume-instead-of-graduated", reference, [
            body.join("\n"),
            "  const tier = TIERS.find((candidate) => quantity <= candidate.upTo) as { upTo: number; unitCents: number };\n  const total = quantity * tier.unitCents;",
          ])
        : mutant("graduated-instead-of-volume", reference, [
            body.join("\n"),
            "  let total = 0;\n  let previous = 0;\n  for (const tier of TIERS) {\n    if (quantity <= previous) break;\n    total += (Math.min(quantity, tier.upTo) - previous) * tier.unitCents;\n    previous = tier.upTo;\n  }",
          ]),
    ];

    return {
      title: `Tiered ${graduated ? "graduated" : "volume"} pricing of ${noun}s`,
      exports: [name],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${name}(quantity: number): number;\n`,
      rubric: rubric(`tiered pricing (${name})`, [
        `- Correctness (weight 5): every tier bound inclusive, ${graduated ? "graduated" : "volume"} pricing, the fee once per non-empty order.`,
        "- Validation (weight 2): a `RangeError` for anything but a non-negative integer.",
        "- Clarity (weight 2): the tiers are data, not a chain of copied conditions.",
        "- Focus (weight 1): only the module is given.",
      ]),
      mutants,
      formats: [defaultExportFormat(reference, name)],
      contracts: [
        {
          id: "quantity-range-error",
          kind: "validation",
          checks: ["throws a RangeError for a quantity that is not a non-negative integer"],
          blind: "stated",
          words: ["RangeError", "non-negative integer"],
        },
      ],
    };
  },
};
