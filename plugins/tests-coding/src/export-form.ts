// Export form as a prompt allows it. A prompt that does not ask for named exports accepts a module
// whose function (or object of functions) is its default export: before the module runs, the default
// is re-exported under the names the spec imports. A prompt that asks for named exports gets no help.

/** Words by which a prompt asks for named exports (or forbids a default one). */
const NAMED_EXPORT_WORDS = /named exports?\b|default export/i;

/** True when `prompt` leaves the export form open, so a default export must be accepted. */
export function acceptsDefaultExport(prompt: string): boolean {
  return !NAMED_EXPORT_WORDS.test(prompt);
}

const IDENTIFIER = "[A-Za-z_$][\\w$]*";
const DEFAULT_DECLARATION = new RegExp(
  `^export\\s+default\\s+((?:async\\s+)?function\\s*\\*?\\s*(${IDENTIFIER})\\s*[(<]|(?:abstract\\s+)?class\\s+(${IDENTIFIER})\\b)`,
  "m",
);
// A default expression, not a type (`export default interface` declares no value).
const DEFAULT_EXPRESSION = /^export\s+default\s+(?!interface\b|type\b)/m;
const LOCAL_DEFAULT = "__benchloopDefault";

/**
 * Re-exports a module's default export under the required names when the module does not export them
 * by name; returns `code` unchanged when it does, or when it has no default export. A named default
 * declaration keeps its binding (`export default function plus` becomes `function plus` plus
 * `export { plus as add, plus as default }`); any other default is bound to a constant first. With
 * several required names, each is read from the default as a property (`export default { add, subtract }`).
 */
export function adaptDefaultExport(code: string, exports: readonly string[]): string {
  const missing = exports.filter((name) => !exportsByName(code, name));
  if (missing.length === 0) return code;
  const declaration = DEFAULT_DECLARATION.exec(code);
  if (declaration) {
    const local = (declaration[2] ?? declaration[3]) as string;
    const start = declaration.index;
    const rewritten = code.slice(0, start) + code.slice(start).replace(/^export\s+default\s+/, "");
    return `${rewritten}\n${aliases(local, missing, exports.length)}`;
  }
  const expression = DEFAULT_EXPRESSION.exec(code);
  if (!expression) return code;
  const rewritten = `${code.slice(0, expression.index)}const ${LOCAL_DEFAULT} = ${code.slice(expression.index + expression[0].length)}`;
  return `${rewritten}\n${aliases(LOCAL_DEFAULT, missing, exports.length)}`;
}

/** The export lines that give `local` the missing names (and keep it the default). */
function aliases(local: string, missing: readonly string[], required: number): string {
  if (required === 1 && local !== LOCAL_DEFAULT) {
    return `export { ${missing.map((name) => `${local} as ${name}`).join(", ")}, ${local} as default };`;
  }
  // One required name: the default itself, unless it is an object holding that name. Each name is
  // bound to a constant of its own first: the module may already declare a local of that name.
  const read = (name: string) => (required === 1 ? `${local}.${name} ?? ${local}` : `${local}.${name}`);
  return [
    ...missing.map((name) => `const ${LOCAL_DEFAULT}_${name} = ${read(name)};`),
    `export { ${[...missing.map((name) => `${LOCAL_DEFAULT}_${name} as ${name}`), `${local} as default`].join(", ")} };`,
  ].join("\n");
}

/** Whether the module exports `name` by name (a declaration or an export list). */
function exportsByName(code: string, name: string): boolean {
  const declared = new RegExp(
    `^\\s*export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class|abstract\\s+class)\\s+${escapeName(name)}\\b`,
    "m",
  );
  if (declared.test(code)) return true;
  for (const list of code.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    const names = (list[1] as string).split(",").map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim(),
    );
    if (names.includes(name)) return true;
  }
  return (
    /(?:^|[^\w$.])(?:module\.)?exports\.\w/.test(code) &&
    new RegExp(`exports\\.${escapeName(name)}\\s*=`).test(code)
  );
}

function escapeName(name: string): string {
  return name.replace(/\$/g, "\\$");
}
