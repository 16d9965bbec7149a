// The one place benchloop loads an ES module it does not bundle (a plugin, a config written as a module),
// so the bundled CLI can route these loads through its own loader: code run from V8's code cache cannot
// call `import()` itself.

/** Imports the ES module at `url` (a `file:` or `data:` URL). */
export function importModule(url: string): Promise<unknown> {
  return import(url);
}
