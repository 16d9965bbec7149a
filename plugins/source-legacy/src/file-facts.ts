// The ground truth an analyser derives from one file: its exported/public symbols and the modules it
// imports, each a set of names (a name may have aliases a correct answer can give instead).

/** One expected name and the other spellings that count as it. */
export interface ExpectedName {
  name: string;
  aliases?: string[];
}

/** What an analyser found in a file. */
export interface FileFacts {
  /** Exported/public symbols; undefined when the language has no structure analyser. */
  exports?: ExpectedName[];
  /** False when the file exports names it does not spell out (`export * from`), so the set is not checkable. */
  exportsComplete: boolean;
  /** Imported modules; undefined when the language has no dependency analyser. */
  imports?: ExpectedName[];
  /** How the facts were derived (`typescript`, `python-ast`, `python-regex`, `go-heuristic` …). */
  method: string;
}

/** Sorts and de-duplicates expected names by name, merging aliases. */
export function toExpectedSet(names: Iterable<ExpectedName>): ExpectedName[] {
  const merged = new Map<string, Set<string>>();
  for (const { name, aliases } of names) {
    if (name === "") continue;
    const known = merged.get(name) ?? new Set<string>();
    for (const alias of aliases ?? []) if (alias !== name && alias !== "") known.add(alias);
    merged.set(name, known);
  }
  return [...merged.keys()].sort().map((name) => {
    const aliases = [...merged.get(name)!].sort();
    return aliases.length > 0 ? { name, aliases } : { name };
  });
}
