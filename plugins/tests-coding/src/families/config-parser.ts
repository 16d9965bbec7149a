// Family `config-parser`: `key<sep>value` lines with a seeded separator, comment marker, duplicate-key
// rule and key-case rule, parsed into a plain object; malformed lines are a SyntaxError.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { defaultExportFormat, literal, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const NOUNS = ["Settings", "Config", "Options", "Profile", "Manifest"];
const SEPARATORS = ["=", ":", "->", "=>", ":="];
const COMMENTS = ["#", ";", "//", "%"];
const DUPLICATES = ["last", "first", "error"] as const;
type Duplicates = (typeof DUPLICATES)[number];

/** The family. */
export const configParserFamily: CodingFamily = {
  name: "config-parser",
  version: 1,
  difficulty: "medium",
  tags: ["family", "parsing", "errors"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const name = `parse${random.pick(NOUNS)}`;
    const sep = random.pick(SEPARATORS);
    const comment = random.pick(COMMENTS.filter((c) => !sep.startsWith(c) && !c.startsWith(sep)));
    const duplicates: Duplicates = random.pick(DUPLICATES);
    const foldKeys = random.next() < 0.5;

    const parse = (text: string): Record<string, string> | "SyntaxError" => {
      const out: Record<string, string> = {};
      for (const raw of text.split("\n")) {
        const line = raw.trim();
        if (line === "" || line.startsWith(comment)) continue;
        const at = line.indexOf(sep);
        if (at === -1) return "SyntaxError";
        let key = line.slice(0, at).trim();
        if (foldKeys) key = key.toLowerCase();
        if (key === "") return "SyntaxError";
        const value = line.slice(at + sep.length).trim();
        if (Object.hasOwn(out, key)) {
          if (duplicates === "error") return "SyntaxError";
          if (duplicates === "first") continue;
        }
        out[key] = value;
      }
      return out;
    };

    const lineSentence = `Each line is \`key${sep}value\`: the key is the text before the first \`${sep}\`, the value everything after it, both with surrounding spaces and tabs trimmed (a value may itself contain \`${sep}\`).`;
    const skipSentence = `Blank lines and lines whose first non-space characters are \`${comment}\` (comments) are skipped.`;
    const keySentence = foldKeys
      ? "Keys are case-insensitive: they are stored in lowercase."
      : "Keys are case-sensitive and stored as written.";
    const duplicateSentence =
      duplicates === "last"
        ? "When a key appears again, the later value wins."
        : duplicates === "first"
          ? "When a key appears again, the first value is kept and later ones are ignored."
          : "A key that appears twice is an error.";
    const errorSentence = `\`${name}\` throws a \`SyntaxError\` naming the 1-based line number for a line without \`${sep}\`, a line with an empty key${duplicates === "error" ? ", and a repeated key" : ""}.`;
    const blind = [
      `Write a TypeScript module that exports a function \`${name}(text)\` that parses a configuration text into a plain object of string values.`,
      lineSentence,
      skipSentence,
      keySentence,
      duplicateSentence,
      errorSentence,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const example = [
      `# ignored`.replace("#", comment),
      `  Name ${sep} demo `,
      `path${sep}/a${sep}b`,
      "",
      `name${sep}again`,
    ].join("\n");
    const exampleResult = parse(example);
    const informed = [
      "Write a TypeScript module that exports exactly this function:",
      "",
      "```ts",
      `export function ${name}(text: string): Record<string, string>;`,
      "```",
      "",
      "Behaviour:",
      "",
      `- Lines are separated by \`\\n\`. ${lineSentence}`,
      `- ${skipSentence}`,
      `- ${keySentence}`,
      `- ${duplicateSentence}`,
      `- ${errorSentence} An empty text gives \`{}\`.`,
      "",
      "Example:",
      "",
      "```ts",
      `${name}(${JSON.stringify(example)});`,
      `// ${exampleResult === "SyntaxError" ? "throws SyntaxError (line 5)" : JSON.stringify(exampleResult)}`,
      "```",
      "",
      `Output only the TypeScript code for the module, in one fenced code block, with a named export \`${name}\`.`,
    ].join("\n");

    const duplicateLines =
      duplicates === "last"
        ? []
        : duplicates === "first"
          ? ["    if (Object.hasOwn(out, key)) continue;"]
          : [
              '    if (Object.hasOwn(out, key)) throw new SyntaxError(`line ${index + 1}: the key "${key}" appears twice`);',
            ];
    const reference = [
      `const SEPARATOR = ${JSON.stringify(sep)};`,
      `const COMMENT = ${JSON.stringify(comment)};`,
      "",
      `export function ${name}(text: string): Record<string, string> {`,
      "  const out: Record<string, string> = {};",
      '  const lines = text.split("\\n");',
      "  for (let index = 0; index < lines.length; index++) {",
      "    const line = (lines[index] as string).trim();",
      '    if (line === "" || line.startsWith(COMMENT)) continue;',
      "    const at = line.indexOf(SEPARATOR);",
      '    if (at === -1) throw new SyntaxError(`line ${index + 1}: no "${SEPARATOR}" between key and value`);',
      `    const key = line.slice(0, at).trim()${foldKeys ? ".toLowerCase()" : ""};`,
      '    if (key === "") throw new SyntaxError(`line ${index + 1}: the key is empty`);',
      ...duplicateLines,
      "    out[key] = line.slice(at + SEPARATOR.length).trim();",
      "  }",
      "  return out;",
      "}",
      "",
    ].join("\n");
    const basic = [`host${sep}example.org`, `port ${sep} 8080`, `\tmode${sep}  fast\t`].join("\n");
    const skipped = [
      "",
      `${comment} a comment${sep}not a pair`,
      `   ${comment}indented comment`,
      `level${sep}3`,
      "   ",
    ].join("\n");
    const nested = `url${sep}https://x.org/?a${sep}b`;
    const cased = [`Color${sep}red`, `COLOR${sep}blue`].join("\n");
    const repeated = [`size${sep}1`, `size${sep}2`].join("\n");
    const expectParse = (text: string) => {
      const result = parse(text);
      return result === "SyntaxError"
        ? `    expect(() => ${name}(${literal(text)})).toThrow(SyntaxError);`
        : `    expect(${name}(${literal(text)})).toEqual(${literal(result)});`;
    };
    const spec = [
      `import { ${name} } from "./solution";`,
      "",
      `describe("${name}", () => {`,
      '  it("reads key-value lines, trimming keys and values", () => {',
      expectParse(basic),
      "  });",
      "",
      '  it("skips blank lines and comments", () => {',
      expectParse(skipped),
      `    expect(${name}("")).toEqual({});`,
      "  });",
      "",
      '  it("splits at the first separator only", () => {',
      expectParse(nested),
      "  });",
      "",
      `  it(${literal(foldKeys ? "stores keys in lowercase" : "keeps the case of keys")}, () => {`,
      expectParse(`Color${sep}red`),
      ...(duplicates === "error" ? [] : [expectParse(cased)]),
      "  });",
      "",
      `  it(${literal(duplicates === "last" ? "lets a repeated key take the later value" : duplicates === "first" ? "keeps the first value of a repeated key" : "throws a SyntaxError for a repeated key")}, () => {`,
      expectParse(repeated),
      ...(duplicates === "error" && foldKeys ? [expectParse(cased)] : []),
      "  });",
      "",
      '  it("throws a SyntaxError naming the line of a malformed line", () => {',
      `    expect(() => ${name}(${literal(`a${sep}1\njust words`)})).toThrow(SyntaxError);`,
      `    expect(() => ${name}(${literal(`a${sep}1\njust words`)})).toThrow(/2/);`,
      `    expect(() => ${name}(${literal(`${sep}value`)})).toThrow(SyntaxError);`,
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant("splits-at-last-separator", reference, [
        "line.indexOf(SEPARATOR)",
        "line.lastIndexOf(SEPARATOR)",
      ]),
      mutant("comments-anywhere-kept", reference, [" || line.startsWith(COMMENT)", ""]),
      mutant("no-trim", reference, [
        "out[key] = line.slice(at + SEPARATOR.length).trim();",
        "out[key] = line.slice(at + SEPARATOR.length);",
      ]),
      foldKeys
        ? mutant("case-sensitive-keys", reference, [".trim().toLowerCase();", ".trim();"])
        : mutant("lowercases-keys", reference, [
            "const key = line.slice(0, at).trim();",
            "const key = line.slice(0, at).trim().toLowerCase();",
          ]),
      duplicates === "last"
        ? mutant("keeps-first-duplicate", reference, [
            "    out[key] = line",
            "    if (Object.hasOwn(out, key)) continue;\n    out[key] = line",
          ])
        : mutant("later-duplicate-wins", reference, [duplicateLines[0] as string, ""]),
      mutant("plain-error", reference, [
        "if (at === -1) throw new SyntaxError(",
        "if (at === -1) throw new Error(",
      ]),
      mutant("empty-key-allowed", reference, [
        '    if (key === "") throw new SyntaxError(`line ${index + 1}: the key is empty`);\n',
        "",
      ]),
    ];

    return {
      title: `Config lines with "${sep}", "${comment}" comments, ${duplicates} duplicates`,
      exports: [name],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${name}(text: string): Record<string, string>;\n`,
      rubric: rubric(`config parser (${name})`, [
        "- Correctness (weight 5): first-separator split, trimming, comments and blank lines, the key-case and duplicate rules.",
        "- Errors (weight 3): a `SyntaxError` with the line number for malformed lines.",
        "- Clarity (weight 2): one pass over the lines.",
      ]),
      mutants,
      formats: [defaultExportFormat(reference, name)],
      contracts: [
        {
          id: "malformed-syntax-error",
          kind: "error-class",
          checks: [
            "throws a SyntaxError naming the line of a malformed line",
            ...(duplicates === "error" ? ["throws a SyntaxError for a repeated key"] : []),
          ],
          blind: "stated",
          words: ["SyntaxError", "line number"],
        },
      ],
    };
  },
};
