// Injected mutations of the `mutation` cases: one small semantic edit (a flipped comparison or
// equality, swapped `&&`/`||`, a dropped negation, an off-by-one literal, swapped call arguments) in
// one named function of a TypeScript/JavaScript file that has at least three. The truth is known by
// construction: the function and the line edited. Edits that leave a tell a script can spot (`<=
// x.length`) are not made.
import type TypeScript from "typescript";
import { declaredFunctions, enclosingFunctionName, scriptKindOf } from "./function-names.js";

type Ts = typeof TypeScript;

/** One injected mutation. */
export interface Mutation {
  /** The mutated function: `name` or `Class.method`. */
  function: string;
  /** 1-based line of the edit in the mutated text. */
  line: number;
  /** What was done, like `flip < to >=`. */
  operator: string;
  /** The file's text with the edit. */
  mutatedText: string;
  /** Every named function of the file, sorted. */
  functions: string[];
}

/** Fewest named functions a file needs for a mutation case. */
export const MIN_FUNCTIONS = 3;
/**
 * Fewest lines an edit could be made on, in at least two functions: any fixed guess of a script (the
 * first comparison, the last one) then finds the seeded pick at most one time in ten.
 */
export const MIN_SITES = 10;

const FLIPS: Record<string, string> = {
  "===": "!==",
  "!==": "===",
  "==": "!=",
  "!=": "==",
  "<": ">=",
  ">=": "<",
  ">": "<=",
  "<=": ">",
  "&&": "||",
  "||": "&&",
};

/** Callees whose argument order does not matter (swapping theirs changes nothing). */
const COMMUTATIVE = /^(?:Math\.(?:max|min|hypot)|Object\.assign|add|max|min|equals?|isEqual|concat|merge)$/;

interface Site {
  start: number;
  end: number;
  replacement: string;
  operator: string;
  node: TypeScript.Node;
}

function sitesOf(ts: Ts, file: TypeScript.SourceFile): Site[] {
  const sites: Site[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.getText(file);
      const flipped = FLIPS[op];
      if (flipped)
        sites.push({
          start: node.operatorToken.getStart(file),
          end: node.operatorToken.end,
          replacement: flipped,
          operator: `flip ${op} to ${flipped}`,
          node,
        });
      if ((op === "+" || op === "-") && ts.isNumericLiteral(node.right) && /^\d+$/.test(node.right.text))
        sites.push({
          start: node.right.getStart(file),
          end: node.right.end,
          replacement: String(Number(node.right.text) + 1),
          operator: `off by one: ${node.right.text} to ${Number(node.right.text) + 1}`,
          node,
        });
    } else if (
      ts.isPrefixUnaryExpression(node) &&
      node.operator === ts.SyntaxKind.ExclamationToken &&
      !ts.isPrefixUnaryExpression(node.operand)
    ) {
      sites.push({
        start: node.getStart(file),
        end: node.operand.getStart(file),
        replacement: "",
        operator: "drop negation",
        node,
      });
    } else if (ts.isCallExpression(node) && node.arguments.length === 2) {
      const [a, b] = node.arguments;
      const callee = node.expression.getText(file);
      if (
        a &&
        b &&
        ts.isIdentifier(a) &&
        ts.isIdentifier(b) &&
        a.text !== b.text &&
        !COMMUTATIVE.test(callee)
      )
        sites.push({
          start: a.getStart(file),
          end: b.end,
          replacement: `${b.text}, ${a.text}`,
          operator: "swap arguments",
          node,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites;
}

/** A line a script would flag as an off-by-one without reading anything else. */
const TELL = /<=\s*[\w$.]+\.length\b|\.length\s*>=|\.length\s*[+-]\s*\d/;

/**
 * The mutation of a file, or undefined when it has fewer than {@link MIN_FUNCTIONS} named functions or
 * fewer than {@link MIN_SITES} lines to mutate in at least two of them. `rank(key)` orders functions and sites (lowest first), so a seed picks them.
 */
export function injectMutation(
  ts: Ts,
  path: string,
  text: string,
  rank: (key: string) => string,
): Mutation | undefined {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKindOf(ts, path));
  const functions = [...new Set(declaredFunctions(ts, file).map((f) => f.name))].sort();
  if (functions.length < MIN_FUNCTIONS) return undefined;
  const candidates = sitesOf(ts, file)
    .map((site) => ({ site, fn: enclosingFunctionName(ts, site.node) }))
    .filter(({ fn }) => functions.includes(fn))
    .map(({ site, fn }) => {
      const mutatedText = text.slice(0, site.start) + site.replacement + text.slice(site.end);
      const line = text.slice(0, site.start).split("\n").length;
      return { site, fn, mutatedText, line, key: rank(`${fn}\n${site.start}\n${site.operator}`) };
    })
    .filter(({ mutatedText, line }) => !TELL.test(mutatedText.split("\n")[line - 1] ?? ""))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // A line is picked first (uniformly, by seeded rank), then a site on it: lines with many operators are
  // no likelier to hold the edit, so no guess of a line by position wins more than one time in ten.
  const lines = [...new Set(candidates.map((c) => c.line))];
  if (lines.length < MIN_SITES || new Set(candidates.map((c) => c.fn)).size < 2) return undefined;
  const line = lines
    .map((l) => ({ l, key: rank(`line ${l}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0]!.l;
  const pick = candidates.find((c) => c.line === line);
  if (!pick) return undefined;
  return {
    function: pick.fn,
    line: pick.line,
    operator: pick.site.operator,
    mutatedText: pick.mutatedText,
    functions,
  };
}
