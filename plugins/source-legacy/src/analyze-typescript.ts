// Ground truth for TypeScript and JavaScript files from the TypeScript compiler's parser (syntax only,
// no type checking): the names the file exports and the modules it imports or requires.
import type TypeScript from "typescript";
import { type ExpectedName, type FileFacts, toExpectedSet } from "./file-facts.js";

type Ts = typeof TypeScript;

function scriptKind(ts: Ts, path: string): TypeScript.ScriptKind {
  if (/\.tsx$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(path)) return ts.ScriptKind.JSX;
  if (/\.(?:js|mjs|cjs)$/i.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function hasModifier(ts: Ts, node: TypeScript.Node, kind: TypeScript.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function bindingNames(ts: Ts, name: TypeScript.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(ts, element.name, out);
}

function isModuleExports(ts: Ts, node: TypeScript.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "module" &&
    node.name.text === "exports"
  );
}

/** `exports.x = …` / `module.exports.x = …` → "x"; `module.exports = { a, b }` → a, b. */
function commonJsExports(ts: Ts, statement: TypeScript.Statement, out: ExpectedName[]): void {
  if (!ts.isExpressionStatement(statement)) return;
  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
    return;
  const target = expression.left;
  if (isModuleExports(ts, target)) {
    const value = expression.right;
    if (ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties) {
        const name = property.name;
        if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) out.push({ name: name.text });
      }
    } else if (ts.isIdentifier(value)) {
      out.push({ name: value.text });
    } else if ((ts.isFunctionExpression(value) || ts.isClassExpression(value)) && value.name) {
      out.push({ name: value.name.text });
    }
    return;
  }
  if (
    ts.isPropertyAccessExpression(target) &&
    ((ts.isIdentifier(target.expression) && target.expression.text === "exports") ||
      isModuleExports(ts, target.expression))
  ) {
    out.push({ name: target.name.text });
  }
}

function collectExports(ts: Ts, file: TypeScript.SourceFile): { names: ExpectedName[]; complete: boolean } {
  const names: ExpectedName[] = [];
  const commonJs: ExpectedName[] = [];
  let complete = true;
  let esm = false;
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      esm = true;
      const clause = statement.exportClause;
      if (!clause) complete = false;
      else if (ts.isNamespaceExport(clause)) names.push({ name: clause.name.text });
      else
        for (const element of clause.elements) {
          const local = element.propertyName?.text;
          names.push(
            element.name.text === "default" && local
              ? { name: "default", aliases: [local] }
              : { name: element.name.text },
          );
        }
      continue;
    }
    if (ts.isExportAssignment(statement)) {
      esm = true;
      const aliases = ts.isIdentifier(statement.expression) ? [statement.expression.text] : [];
      names.push({ name: "default", aliases });
      continue;
    }
    if (!hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) {
      commonJsExports(ts, statement, commonJs);
      continue;
    }
    esm = true;
    const isDefault = hasModifier(ts, statement, ts.SyntaxKind.DefaultKeyword);
    if (ts.isVariableStatement(statement)) {
      const found: string[] = [];
      for (const declaration of statement.declarationList.declarations)
        bindingNames(ts, declaration.name, found);
      for (const name of found) names.push({ name });
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement) ||
      ts.isImportEqualsDeclaration(statement)
    ) {
      const name = statement.name && ts.isIdentifier(statement.name) ? statement.name.text : undefined;
      if (isDefault) names.push({ name: "default", aliases: name ? [name] : [] });
      else if (name) names.push({ name });
    }
  }
  // A file with ES exports is an ES module; CommonJS-looking assignments in it are not its exports.
  return { names: esm ? names : commonJs, complete };
}

function stringArgument(ts: Ts, call: TypeScript.CallExpression): string | undefined {
  const first = call.arguments[0];
  return first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
    ? first.text
    : undefined;
}

function collectImports(ts: Ts, file: TypeScript.SourceFile): ExpectedName[] {
  const modules: string[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      modules.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      modules.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node)) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const specifier = isRequire || isDynamicImport ? stringArgument(ts, node) : undefined;
      if (specifier !== undefined) modules.push(specifier);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal))
        modules.push(argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // `node:fs` and `fs` name the same built-in module; either spelling counts.
  return toExpectedSet(
    modules.map((name) => (name.startsWith("node:") ? { name, aliases: [name.slice(5)] } : { name })),
  );
}

/** Exports and imports of a TypeScript/JavaScript file, from the compiler's parser. */
export function analyzeTypeScript(ts: Ts, path: string, text: string): FileFacts {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(ts, path));
  const { names, complete } = collectExports(ts, file);
  return {
    exports: toExpectedSet(names),
    exportsComplete: complete,
    imports: collectImports(ts, file),
    method: "typescript",
  };
}
