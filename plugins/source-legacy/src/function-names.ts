// Names of the functions of a TypeScript/JavaScript file as the cross-file and mutation cases spell
// them: `name` for a function declaration or a function-valued variable, `Class.method` for a method
// (constructor: `Class.constructor`), and `(top level)` for code outside every named function.
import type TypeScript from "typescript";

type Ts = typeof TypeScript;

/** How code outside every named function is named. */
export const TOP_LEVEL = "(top level)";

/** The name of a function-like node, or undefined when it is anonymous (a callback, an IIFE …). */
export function functionNameOf(ts: Ts, node: TypeScript.Node): string | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name?.text;
  if (
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  ) {
    const owner = node.parent;
    const className = ts.isClassLike(owner) && owner.name ? owner.name.text : undefined;
    const method = ts.isConstructorDeclaration(node)
      ? "constructor"
      : node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))
        ? node.name.text
        : undefined;
    if (!className || !method) return undefined;
    return `${className}.${method}`;
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
    if (ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) {
      const owner = parent.parent;
      return ts.isClassLike(owner) && owner.name ? `${owner.name.text}.${parent.name.text}` : undefined;
    }
    return ts.isFunctionExpression(node) ? node.name?.text : undefined;
  }
  return undefined;
}

/** The innermost named function holding a node, or {@link TOP_LEVEL}. */
export function enclosingFunctionName(ts: Ts, node: TypeScript.Node): string {
  for (let at: TypeScript.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionLike(at)) {
      const name = functionNameOf(ts, at);
      if (name) return name;
    }
  }
  return TOP_LEVEL;
}

/** A named function of a file with the node that declares it (a variable's declaration for arrows). */
export interface DeclaredFunction {
  /** `name` or `Class.method`. */
  name: string;
  /** The name a call spells: the part after the last dot. */
  callName: string;
  /** The function-like node. */
  node: TypeScript.SignatureDeclaration;
  /** The node a symbol's declaration points at (the variable declaration for a function-valued variable). */
  declaration: TypeScript.Node;
}

/** Every named function of a file (top-level functions and variables, class methods, nested ones). */
export function declaredFunctions(ts: Ts, file: TypeScript.SourceFile): DeclaredFunction[] {
  const found: DeclaredFunction[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const name = functionNameOf(ts, node);
      if (name && !name.endsWith(".constructor")) {
        const parent = node.parent;
        const declaration =
          (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
          (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent))
            ? parent
            : node;
        found.push({ name, callName: name.split(".").at(-1) as string, node, declaration });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The script kind of a path (TSX/JSX/JS/TS). */
export function scriptKindOf(ts: Ts, path: string): TypeScript.ScriptKind {
  if (/\.tsx$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(path)) return ts.ScriptKind.JSX;
  if (/\.(?:js|mjs|cjs)$/i.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
