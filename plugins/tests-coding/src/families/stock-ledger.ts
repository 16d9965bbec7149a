// Family `stock-ledger`: a stateful stock ledger with seeded names for its factory and methods, a
// seeded reorder level, all-or-nothing removals and validation of quantities.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const PLACES = ["Stock", "Pantry", "Warehouse", "Depot", "Shelf", "Storeroom"];
const ADD_VERBS = ["receive", "restock", "stockIn", "putAway"];
const REMOVE_VERBS = ["ship", "dispatch", "take", "pick"];
const QUERIES = ["onHand", "countOf", "quantityOf", "levelOf"];
const LOW_LISTS = ["lowStock", "needsReorder", "belowReorder", "shortList"];
const SKUS = ["apple", "bolt", "cable", "drill", "eraser", "flask", "glove", "hinge", "ink", "jar"];

/** The family. */
export const stockLedgerFamily: CodingFamily = {
  name: "stock-ledger",
  version: 1,
  difficulty: "medium",
  tags: ["family", "state", "factory", "validation"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const place = random.pick(PLACES);
    const factory = `create${place}Ledger`;
    const add = random.pick(ADD_VERBS);
    const remove = random.pick(REMOVE_VERBS);
    const query = random.pick(QUERIES);
    const low = random.pick(LOW_LISTS);
    const reorder = random.int(3, 9);
    const [a, b, c, d] = random.sample(SKUS, 4) as [string, string, string, string];
    // Added in an order that is not alphabetical, so an unsorted list shows.
    const sorted = [a, b, c].sort();
    const [p, q, r] = sorted as [string, string, string];

    const rules = [
      `\`${add}(sku, quantity)\` adds \`quantity\` units of the item \`sku\` (a string).`,
      `\`${remove}(sku, quantity)\` removes \`quantity\` units; when fewer are on hand it throws a \`RangeError\` and changes nothing.`,
      `\`${query}(sku)\` returns the units on hand, 0 for an item never added.`,
      `\`${low}()\` returns the skus of every item ever added whose units on hand are below ${reorder} (an item with exactly ${reorder} is not listed), sorted alphabetically.`,
      `\`${add}\` and \`${remove}\` throw a \`RangeError\` when \`quantity\` is not a positive integer.`,
      `Each call to \`${factory}\` makes an independent ledger.`,
    ];
    const blind = [
      `Write a TypeScript module that exports a factory function \`${factory}()\` returning a stock ledger with these methods:`,
      "",
      ...rules.map((rule) => `- ${rule}`),
      "",
      OUTPUT_LINE,
    ].join("\n");
    const iface = [
      `export interface ${place}Ledger {`,
      `  ${add}(sku: string, quantity: number): void;`,
      `  ${remove}(sku: string, quantity: number): void;`,
      `  ${query}(sku: string): number;`,
      `  ${low}(): string[];`,
      "}",
    ];
    const informed = [
      "Write a TypeScript module that exports exactly this factory function:",
      "",
      "```ts",
      ...iface,
      "",
      `export function ${factory}(): ${place}Ledger;`,
      "```",
      "",
      "Behaviour:",
      "",
      ...rules.map((rule) => `- ${rule}`),
      `- An item whose units drop to 0 is still an item that was added: it is listed by \`${low}\`.`,
      `- \`${low}\` returns a new array each time.`,
      "",
      "Example:",
      "",
      "```ts",
      `const ledger = ${factory}();`,
      `ledger.${add}("${a}", ${reorder + 2});`,
      `ledger.${remove}("${a}", 3);`,
      `ledger.${query}("${a}"); // ${reorder - 1}`,
      `ledger.${low}(); // ["${a}"]`,
      `ledger.${remove}("${a}", 100); // throws RangeError; ${query}("${a}") is still ${reorder - 1}`,
      "```",
      "",
      `Output only the TypeScript code for the module, in one fenced code block, with a named export \`${factory}\`.`,
    ].join("\n");

    const reference = [
      ...iface,
      "",
      "function assertQuantity(quantity: number): void {",
      "  if (!Number.isInteger(quantity) || quantity < 1) {",
      "    throw new RangeError(`quantity must be a positive integer, got ${quantity}`);",
      "  }",
      "}",
      "",
      `export function ${factory}(): ${place}Ledger {`,
      "  const units = new Map<string, number>();",
      "  return {",
      `    ${add}(sku, quantity) {`,
      "      assertQuantity(quantity);",
      "      units.set(sku, (units.get(sku) ?? 0) + quantity);",
      "    },",
      `    ${remove}(sku, quantity) {`,
      "      assertQuantity(quantity);",
      "      const current = units.get(sku) ?? 0;",
      "      if (quantity > current) throw new RangeError(`only ${current} of ${sku} on hand, cannot remove ${quantity}`);",
      "      units.set(sku, current - quantity);",
      "    },",
      `    ${query}(sku) {`,
      "      return units.get(sku) ?? 0;",
      "    },",
      `    ${low}() {`,
      `      return [...units].filter(([, count]) => count < ${reorder}).map(([sku]) => sku).sort();`,
      "    },",
      "  };",
      "}",
      "",
    ].join("\n");

    const spec = [
      `import { ${factory} } from "./solution";`,
      "",
      `describe("${factory}", () => {`,
      `  it("${add} adds units and ${query} reports them", () => {`,
      `    const ledger = ${factory}();`,
      `    ledger.${add}("${a}", 4);`,
      `    ledger.${add}("${a}", 6);`,
      `    ledger.${add}("${b}", 1);`,
      `    expect(ledger.${query}("${a}")).toBe(10);`,
      `    expect(ledger.${query}("${b}")).toBe(1);`,
      "  });",
      "",
      `  it("${query} returns 0 for an item never added", () => {`,
      `    expect(${factory}().${query}("${d}")).toBe(0);`,
      "  });",
      "",
      `  it("${remove} takes units away, down to zero", () => {`,
      `    const ledger = ${factory}();`,
      `    ledger.${add}("${a}", 5);`,
      `    ledger.${remove}("${a}", 2);`,
      `    expect(ledger.${query}("${a}")).toBe(3);`,
      `    ledger.${remove}("${a}", 3);`,
      `    expect(ledger.${query}("${a}")).toBe(0);`,
      "  });",
      "",
      `  it("${remove} throws a RangeError and changes nothing when too few are on hand", () => {`,
      `    const ledger = ${factory}();`,
      `    ledger.${add}("${a}", 5);`,
      `    expect(() => ledger.${remove}("${a}", 6)).toThrow(RangeError);`,
      `    expect(ledger.${query}("${a}")).toBe(5);`,
      `    expect(() => ledger.${remove}("${d}", 1)).toThrow(RangeError);`,
      `    expect(ledger.${query}("${d}")).toBe(0);`,
      "  });",
      "",
      '  it("throws a RangeError for a quantity that is not a positive integer", () => {',
      `    const ledger = ${factory}();`,
      `    ledger.${add}("${a}", 5);`,
      ...["0", "-2", "1.5", "Number.NaN"].flatMap((bad) => [
        `    expect(() => ledger.${add}("${a}", ${bad})).toThrow(RangeError);`,
        `    expect(() => ledger.${remove}("${a}", ${bad})).toThrow(RangeError);`,
      ]),
      `    expect(ledger.${query}("${a}")).toBe(5);`,
      "  });",
      "",
      `  it("${low} lists items below ${reorder}, sorted, the reorder level itself excluded", () => {`,
      `    const ledger = ${factory}();`,
      `    ledger.${add}("${r}", ${reorder - 1});`,
      `    ledger.${add}("${p}", ${reorder});`,
      `    ledger.${add}("${q}", 1);`,
      `    ledger.${add}("${d}", ${reorder + 5});`,
      `    expect(ledger.${low}()).toEqual(${JSON.stringify([q, r])});`,
      `    ledger.${remove}("${p}", ${reorder});`,
      `    expect(ledger.${low}()).toEqual(${JSON.stringify(sorted)});`,
      "  });",
      "",
      '  it("makes independent ledgers", () => {',
      `    const first = ${factory}();`,
      `    const second = ${factory}();`,
      `    first.${add}("${a}", 2);`,
      `    expect(second.${query}("${a}")).toBe(0);`,
      `    expect(second.${low}()).toEqual([]);`,
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant("reorder-level-included", reference, [`count < ${reorder}`, `count <= ${reorder}`]),
      mutant("low-list-unsorted", reference, [".map(([sku]) => sku).sort();", ".map(([sku]) => sku);"]),
      mutant("overdraw-empties", reference, [
        "if (quantity > current) throw new RangeError(`only ${current} of ${sku} on hand, cannot remove ${quantity}`);\n      units.set(sku, current - quantity);",
        "units.set(sku, Math.max(0, current - quantity));",
      ]),
      mutant("shared-state", reference, [
        `export function ${factory}(): ${place}Ledger {\n  const units = new Map<string, number>();`,
        `const units = new Map<string, number>();\nexport function ${factory}(): ${place}Ledger {`,
      ]),
      mutant("accepts-zero", reference, ["quantity < 1", "quantity < 0"]),
      mutant("unknown-is-undefined", reference, [
        "      return units.get(sku) ?? 0;",
        "      return units.get(sku) as number;",
      ]),
      mutant("empty-items-dropped", reference, [
        "      units.set(sku, current - quantity);",
        "      if (current === quantity) units.delete(sku);\n      else units.set(sku, current - quantity);",
      ]),
    ];

    return {
      title: `${place} ledger with a reorder level of ${reorder}`,
      exports: [factory],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: [...iface, "", `export declare function ${factory}(): ${place}Ledger;`, ""].join("\n"),
      rubric: rubric(`stock ledger (${factory})`, [
        "- Correctness (weight 5): counts add and subtract, removals all-or-nothing, the reorder level excluded, sorted low list.",
        "- Validation (weight 2): a `RangeError` for bad quantities and overdrawn removals, state unchanged.",
        "- State (weight 2): independent ledgers, no module-level state.",
        "- Focus (weight 1): only the module is given.",
      ]),
      mutants,
      formats: [
        {
          name: "class-behind-factory",
          source: [
            `class Ledger {`,
            "  private readonly units = new Map<string, number>();",
            `  ${add}(sku: string, quantity: number): void {`,
            "    Ledger.check(quantity);",
            "    this.units.set(sku, this.${query}(sku) + quantity);".replace("${query}", query),
            "  }",
            `  ${remove}(sku: string, quantity: number): void {`,
            "    Ledger.check(quantity);",
            `    const current = this.${query}(sku);`,
            "    if (quantity > current) throw new RangeError(`too few ${sku}`);",
            "    this.units.set(sku, current - quantity);",
            "  }",
            `  ${query}(sku: string): number {`,
            "    return this.units.get(sku) ?? 0;",
            "  }",
            `  ${low}(): string[] {`,
            `    return [...this.units.keys()].filter((sku) => this.${query}(sku) < ${reorder}).sort();`,
            "  }",
            "  private static check(quantity: number): void {",
            "    if (!Number.isInteger(quantity) || quantity <= 0) throw new RangeError(`bad quantity ${quantity}`);",
            "  }",
            "}",
            "",
            `export function ${factory}() {`,
            "  return new Ledger();",
            "}",
            "",
          ].join("\n"),
        },
      ],
      contracts: [
        {
          id: "overdraw-range-error",
          kind: "error-class",
          checks: [`${remove} throws a RangeError and changes nothing when too few are on hand`],
          blind: "stated",
          words: ["RangeError", "changes nothing"],
        },
        {
          id: "quantity-range-error",
          kind: "validation",
          checks: ["throws a RangeError for a quantity that is not a positive integer"],
          blind: "stated",
          words: ["RangeError", "positive integer"],
        },
      ],
    };
  },
};
