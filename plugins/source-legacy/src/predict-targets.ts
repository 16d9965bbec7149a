// Finds what a predict case can ask about in a TypeScript or JavaScript file: an exported function of a
// self-contained module (no imports other than `import type`, nothing that reads the clock, chance, the
// environment or I/O) whose parameters are numbers, strings, booleans or arrays of them, with inputs
// drawn from a seed. The sandbox then runs it to know the true output.
import type TypeScript from "typescript";

type Ts = typeof TypeScript;

/** A call a predict case asks about. */
export interface PredictTarget {
  name: string;
  args: unknown[];
  /** The call as the prompt shows it: `clamp(7, 0, 5)`. */
  call: string;
}

/** Source text that makes a module's output depend on more than its inputs. */
const IMPURE =
  /\b(Date|Math\.random|crypto|process|fetch|setTimeout|setInterval|require|import\(|console|globalThis|window|document|fs\.|readFile|writeFile|performance)\b/;

type ParamKind = "number" | "string" | "boolean" | "number[]" | "string[]";

function paramKind(ts: Ts, type: TypeScript.TypeNode | undefined): ParamKind | undefined {
  if (!type) return undefined;
  if (type.kind === ts.SyntaxKind.NumberKeyword) return "number";
  if (type.kind === ts.SyntaxKind.StringKeyword) return "string";
  if (type.kind === ts.SyntaxKind.BooleanKeyword) return "boolean";
  if (ts.isArrayTypeNode(type)) {
    const inner = paramKind(ts, type.elementType);
    return inner === "number" ? "number[]" : inner === "string" ? "string[]" : undefined;
  }
  return undefined;
}

/** A seeded pseudo-random integer stream (mulberry32 over a string hash). */
function stream(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [0, 1, 2, 3, 4, 5, 7, 9, 12, -1, -3];
const WORDS = ["alpha", "Bravo", "charlie delta", "a-b_c", "", "x", "Hello, World", "42"];

function argumentFor(kind: ParamKind, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  switch (kind) {
    case "number":
      return pick(NUMBERS);
    case "string":
      return pick(WORDS);
    case "boolean":
      return next() < 0.5;
    case "number[]":
      return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(NUMBERS));
    case "string[]":
      return Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS));
  }
}

/** Exported functions of a self-contained, pure-looking module, each with seeded arguments. */
export function findPredictTargets(ts: Ts, path: string, text: string, seed: string): PredictTarget[] {
  if (IMPURE.test(text)) return [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const targets: PredictTarget[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) return [];
    const exported =
      ts.canHaveModifiers(statement) &&
      (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    let name: string | undefined;
    let params: readonly TypeScript.ParameterDeclaration[] | undefined;
    if (ts.isFunctionDeclaration(statement) && statement.name && !statement.asteriskToken) {
      if ((ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) continue;
      name = statement.name.text;
      params = statement.parameters;
    } else if (ts.isVariableStatement(statement)) {
      const declaration = statement.declarationList.declarations[0];
      const init = declaration?.initializer;
      if (declaration && ts.isIdentifier(declaration.name) && init && ts.isArrowFunction(init)) {
        name = declaration.name.text;
        params = init.parameters;
      }
    }
    if (!name || !params || params.length === 0 || params.length > 3) continue;
    const kinds = params.map((p) =>
      p.dotDotDotToken || p.questionToken ? undefined : paramKind(ts, p.type),
    );
    if (kinds.some((k) => k === undefined)) continue;
    const next = stream(`${seed}\n${path}\n${name}`);
    const args = (kinds as ParamKind[]).map((k) => argumentFor(k, next));
    targets.push({ name, args, call: `${name}(${args.map((a) => JSON.stringify(a)).join(", ")})` });
  }
  return targets;
}

/** The spec that makes the sandbox report a call's result as the `actual` of a failed check. */
export function toProbeSpec(target: PredictTarget): string {
  const call = `${target.name}(${target.args.map((a) => JSON.stringify(a)).join(", ")})`;
  return [
    `import { ${target.name} } from "./solution";`,
    `describe("probe", () => {`,
    `  it("reports the result", () => {`,
    `    const first = JSON.stringify(${call}) ?? "undefined";`,
    `    const second = JSON.stringify(${call}) ?? "undefined";`,
    `    expect(first === second ? first : "\\u0000nondeterministic").toBe("\\u0000probe");`,
    "  });",
    "});",
    "",
  ].join("\n");
}
