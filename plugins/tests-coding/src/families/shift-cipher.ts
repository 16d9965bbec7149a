// Family `shift-cipher`: a seeded Caesar-style cipher — letters move forward by a seeded shift keeping
// their case, digits by their own shift or not at all — with its inverse.
import type { CodingFamily, FamilyInstance } from "./family.js";
import { literal, mutant, OUTPUT_LINE, rubric } from "./family.js";
import { createSeededRandom } from "./seeded-random.js";

const PAIRS = [
  ["encode", "decode"],
  ["scramble", "unscramble"],
  ["seal", "unseal"],
  ["encipher", "decipher"],
  ["wrap", "unwrap"],
  ["lock", "unlock"],
] as const;
const NOUNS = ["Message", "Note", "Text", "Memo", "Line", "Signal"];
const SAMPLES = [
  "Hello, World!",
  "Zebra crossing at 9:45",
  "xyz XYZ abc",
  "Meet me @ Gate 7",
  "a-z A-Z 0-9",
  "Quiz #2019 ends",
];

/** The family. */
export const shiftCipherFamily: CodingFamily = {
  name: "shift-cipher",
  version: 1,
  difficulty: "easy",
  tags: ["family", "strings", "wrap-around"],
  generate(seed): FamilyInstance {
    const random = createSeededRandom(seed);
    const [encodeVerb, decodeVerb] = random.pick(PAIRS);
    const noun = random.pick(NOUNS);
    const encode = `${encodeVerb}${noun}`;
    const decode = `${decodeVerb}${noun}`;
    const shift = random.int(1, 25);
    const digitShift = random.next() < 0.5 ? 0 : random.int(1, 9);
    const rotate = (text: string, letters: number, digits: number): string =>
      text
        .replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + letters + 26) % 26)))
        .replace(/[A-Z]/g, (c) => String.fromCharCode(65 + ((c.charCodeAt(0) - 65 + letters + 26) % 26)))
        .replace(/[0-9]/g, (c) => String.fromCharCode(48 + ((c.charCodeAt(0) - 48 + digits + 10) % 10)));
    const enc = (text: string) => rotate(text, shift, digitShift);

    const letterRule = `Every ASCII letter moves forward ${shift} place${shift === 1 ? "" : "s"} in the alphabet, wrapping around from \`z\` to \`a\`, and keeps its case (\`a\` becomes \`${enc("a")}\`, \`Z\` becomes \`${enc("Z")}\`).`;
    const digitRule =
      digitShift === 0
        ? "Digits and every other character (spaces, punctuation, accented letters) stay as they are."
        : `Every digit moves forward ${digitShift} place${digitShift === 1 ? "" : "s"}, wrapping around from \`9\` to \`0\` (\`9\` becomes \`${enc("9")}\`); every other character (spaces, punctuation, accented letters) stays as it is.`;
    const inverse = `\`${decode}(text)\` undoes it: \`${decode}(${encode}(text))\` is \`text\` for every string.`;
    const blind = [
      `Write a TypeScript module that exports two functions, \`${encode}(text)\` and \`${decode}(text)\`, for a simple substitution cipher. \`${encode}\` returns the text with these changes:`,
      "",
      `- ${letterRule}`,
      `- ${digitRule}`,
      "",
      `${inverse}`,
      "",
      OUTPUT_LINE,
    ].join("\n");
    const example = random.pick(SAMPLES);
    const informed = [
      "Write a TypeScript module that exports exactly these functions:",
      "",
      "```ts",
      `export function ${encode}(text: string): string;`,
      `export function ${decode}(text: string): string;`,
      "```",
      "",
      `\`${encode}(text)\` returns a new string of the same length, character by character:`,
      "",
      `- ${letterRule}`,
      `- ${digitRule}`,
      "- Only `a`–`z`, `A`–`Z` and `0`–`9` are ASCII letters and digits here; `é` or `ß` stay as they are.",
      "",
      `${inverse} The empty string gives the empty string.`,
      "",
      "Example:",
      "",
      "```ts",
      `${encode}(${JSON.stringify(example)}); // ${JSON.stringify(enc(example))}`,
      `${decode}(${JSON.stringify(enc(example))}); // ${JSON.stringify(example)}`,
      "```",
      "",
      "Output only the TypeScript code for the module, in one fenced code block, with named exports.",
    ].join("\n");

    const reference = [
      `const SHIFT = ${shift};`,
      `const DIGIT_SHIFT = ${digitShift};`,
      "",
      "function rotate(text: string, letters: number, digits: number): string {",
      '  let out = "";',
      "  for (const char of text) {",
      "    const code = char.charCodeAt(0);",
      "    if (code >= 97 && code <= 122) out += String.fromCharCode(97 + ((code - 97 + letters + 26) % 26));",
      "    else if (code >= 65 && code <= 90) out += String.fromCharCode(65 + ((code - 65 + letters + 26) % 26));",
      "    else if (code >= 48 && code <= 57) out += String.fromCharCode(48 + ((code - 48 + digits + 10) % 10));",
      "    else out += char;",
      "  }",
      "  return out;",
      "}",
      "",
      `export function ${encode}(text: string): string {`,
      "  return rotate(text, SHIFT, DIGIT_SHIFT);",
      "}",
      "",
      `export function ${decode}(text: string): string {`,
      "  return rotate(text, -SHIFT, -DIGIT_SHIFT);",
      "}",
      "",
    ].join("\n");

    const lower = "abcdefghijklmnopqrstuvwxyz";
    const upper = lower.toUpperCase();
    const mixed = random.pick(SAMPLES);
    const spec = [
      `import { ${decode}, ${encode} } from "./solution";`,
      "",
      `describe("${encode}", () => {`,
      '  it("shifts lowercase letters and wraps past z", () => {',
      `    expect(${encode}(${literal(lower)})).toBe(${literal(enc(lower))});`,
      "  });",
      "",
      '  it("shifts uppercase letters keeping their case", () => {',
      `    expect(${encode}(${literal(upper)})).toBe(${literal(enc(upper))});`,
      "  });",
      "",
      `  it(${literal(digitShift === 0 ? "leaves digits as they are" : "shifts digits and wraps past 9")}, () => {`,
      `    expect(${encode}("0123456789")).toBe(${literal(enc("0123456789"))});`,
      "  });",
      "",
      '  it("leaves spaces, punctuation and non-ASCII letters as they are", () => {',
      `    expect(${encode}(" ,.!?-_@#é")).toBe(" ,.!?-_@#é");`,
      `    expect(${encode}("")).toBe("");`,
      "  });",
      "",
      '  it("encodes a mixed sentence", () => {',
      `    expect(${encode}(${literal(mixed)})).toBe(${literal(enc(mixed))});`,
      "  });",
      "});",
      "",
      `describe("${decode}", () => {`,
      '  it("decodes what was encoded", () => {',
      `    expect(${decode}(${literal(enc(mixed))})).toBe(${literal(mixed)});`,
      `    expect(${decode}(${literal(enc(lower + upper + "0123456789"))})).toBe(${literal(lower + upper + "0123456789")});`,
      "  });",
      "",
      '  it("round-trips any text", () => {',
      `    for (const text of ${literal(SAMPLES)}) expect(${decode}(${encode}(text))).toBe(text);`,
      "  });",
      "});",
      "",
    ].join("\n");

    const mutants = [
      mutant("no-wrap", reference, [
        "String.fromCharCode(97 + ((code - 97 + letters + 26) % 26))",
        "String.fromCharCode(code + letters)",
      ]),
      mutant("loses-case", reference, [
        "else if (code >= 65 && code <= 90) out += String.fromCharCode(65 + ((code - 65 + letters + 26) % 26));",
        "else if (code >= 65 && code <= 90) out += String.fromCharCode(97 + ((code - 65 + letters + 26) % 26));",
      ]),
      mutant("decode-same-direction", reference, [
        "return rotate(text, -SHIFT, -DIGIT_SHIFT);",
        "return rotate(text, SHIFT, DIGIT_SHIFT);",
      ]),
      digitShift === 0
        ? mutant("shifts-digits", reference, [
            `const DIGIT_SHIFT = ${digitShift};`,
            `const DIGIT_SHIFT = ${(shift % 9) + 1};`,
          ])
        : mutant("keeps-digits", reference, [`const DIGIT_SHIFT = ${digitShift};`, "const DIGIT_SHIFT = 0;"]),
      mutant("shifts-everything", reference, [
        "    else out += char;",
        "    else out += String.fromCharCode(code + letters);",
      ]),
      mutant("off-by-one-shift", reference, [
        `const SHIFT = ${shift};`,
        `const SHIFT = ${shift === 25 ? 24 : shift + 1};`,
      ]),
    ];

    return {
      title: `Shift cipher by ${shift}${digitShift ? `, digits by ${digitShift}` : ""}`,
      exports: [encode, decode],
      prompts: { blind, informed },
      spec,
      reference,
      interfaceSource: `export declare function ${encode}(text: string): string;\nexport declare function ${decode}(text: string): string;\n`,
      rubric: rubric(`shift cipher (${encode}/${decode})`, [
        "- Correctness (weight 5): letters shift with wrap-around and keep their case; digits as stated; other characters unchanged.",
        "- Inverse (weight 3): decoding undoes encoding for every string.",
        "- Clarity (weight 2): one rotation helper used by both functions.",
      ]),
      mutants,
      formats: [
        mutant(
          "export-list",
          reference,
          [`export function ${encode}(`, `function ${encode}(`],
          [`export function ${decode}(`, `function ${decode}(`],
          ["function rotate(", `export { ${encode}, ${decode} };\n\nfunction rotate(`],
        ),
      ],
    };
  },
};
