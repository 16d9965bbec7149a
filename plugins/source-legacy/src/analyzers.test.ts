import { spawnSync } from "node:child_process";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { analyzeByHeuristic } from "./analyze-heuristic.js";
import { analyzePython, analyzePythonByRegex } from "./analyze-python.js";
import { analyzeTypeScript } from "./analyze-typescript.js";
import type { ExpectedName, FileFacts } from "./file-facts.js";
import { SOURCES } from "./legacy-tree.test-helper.js";

const HAS_PYTHON = spawnSync("python3", ["--version"]).status === 0;

function names(list: ExpectedName[] | undefined): string[] {
  return (list ?? []).map((entry) => entry.name);
}

function typescriptFacts(path: string): FileFacts {
  return analyzeTypeScript(ts, path, SOURCES[path]!);
}

describe("analyzeTypeScript", () => {
  it("lists declared exports, export lists with their public names, and the default export with its alias", () => {
    const facts = typescriptFacts("src/app.ts");
    expect(facts.exports).toEqual([
      { name: "DEFAULT_PORT" },
      { name: "ServerOptions" },
      { name: "default", aliases: ["startShopServer"] },
      { name: "startShopServer" },
      { name: "visibleHelper" },
    ]);
    expect(facts.exportsComplete).toBe(true);
    expect(facts.imports).toEqual([
      { name: "./orders/order.js" },
      { name: "./orders/pricing.js" },
      { name: "node:http", aliases: ["http"] },
    ]);
  });

  it("lists types, classes and constants of plain modules", () => {
    expect(names(typescriptFacts("src/orders/order.ts").exports)).toEqual(["Order", "OrderId", "OrderLine"]);
    expect(names(typescriptFacts("src/orders/pricing.ts").exports)).toEqual([
      "DiscountLadder",
      "VAT_RATE",
      "priceOrder",
    ]);
    expect(names(typescriptFacts("src/orders/pricing.ts").imports)).toEqual(["./order.js"]);
  });

  it("reads CommonJS exports and require calls", () => {
    const facts = typescriptFacts("src/util.js");
    expect(names(facts.exports)).toEqual(["loadInventoryCsv", "parseInventoryRow"]);
    expect(names(facts.imports)).toEqual(["node:fs", "path"]);
  });

  it("marks a file with `export * from` as not checkable, and counts dynamic imports and re-exports", () => {
    const facts = analyzeTypeScript(
      ts,
      "index.ts",
      `export * from "./a.js";\nexport { b } from "./b.js";\nexport * as c from "./c.js";\nconst d = await import("./d.js");\n`,
    );
    expect(facts.exportsComplete).toBe(false);
    expect(names(facts.exports)).toEqual(["b", "c"]);
    expect(names(facts.imports)).toEqual(["./a.js", "./b.js", "./c.js", "./d.js"]);
  });
});

describe("analyzePython", () => {
  const expectedModels = {
    exports: ["StockItem", "WAREHOUSE_LIMIT", "fetch_stock_levels", "restock_warehouse"],
    imports: [".", ".storage", "dataclasses", "typing"],
  };
  const expectedApi = { exports: ["InventoryError", "serve_inventory"], imports: ["json", "os.path"] };

  it.runIf(HAS_PYTHON)(
    "uses python3's ast: public module-level names, or __all__ when it is a literal",
    async () => {
      const [models, api] = await analyzePython("python3", [SOURCES["py/models.py"]!, SOURCES["py/api.py"]!]);
      expect(models?.method).toBe("python-ast");
      expect({ exports: names(models?.exports), imports: names(models?.imports) }).toEqual(expectedModels);
      expect({ exports: names(api?.exports), imports: names(api?.imports) }).toEqual(expectedApi);
    },
  );

  it("falls back to the regex heuristic when python cannot be run, with the same answers here", async () => {
    const [models, api] = await analyzePython("/nonexistent/python3", [
      SOURCES["py/models.py"]!,
      SOURCES["py/api.py"]!,
    ]);
    expect(models?.method).toBe("python-regex");
    expect({ exports: names(models?.exports), imports: names(models?.imports) }).toEqual(expectedModels);
    expect({ exports: names(api?.exports), imports: names(api?.imports) }).toEqual(expectedApi);
  });

  it.runIf(HAS_PYTHON)("falls back per file when ast cannot parse it", async () => {
    const [broken] = await analyzePython("python3", ["def ok():\n    pass\nprint 'python 2'\n"]);
    expect(broken?.method).toBe("python-regex");
    expect(names(broken?.exports)).toEqual(["ok"]);
  });

  it("regex heuristic: reads `import a, b as c` lists", () => {
    expect(names(analyzePythonByRegex("import os, sys as system\n").imports)).toEqual(["os", "sys"]);
  });
});

describe("analyzeByHeuristic", () => {
  it("go: capitalised package-level names (grouped ones too), not methods; import paths", () => {
    const facts = analyzeByHeuristic("go", SOURCES["go/server.go"]!);
    expect(names(facts.exports)).toEqual(["DefaultRoute", "ErrNoRoute", "NewRouter", "Router"]);
    expect(names(facts.imports)).toEqual(["fmt", "net/http", "strings"]);
  });

  it("rust: `pub` items at the top level (not pub(crate)); crates of use and extern crate", () => {
    const facts = analyzeByHeuristic("rust", SOURCES["rs/lib.rs"]!);
    expect(names(facts.exports)).toEqual(["Ledger", "LedgerError", "open_ledger"]);
    expect(names(facts.imports)).toEqual(["log", "serde", "std"]);
  });

  it("java: public types and public methods; imports as written", () => {
    const facts = analyzeByHeuristic(
      "java",
      `package shop;\nimport java.util.List;\nimport static java.lang.Math.max;\n\npublic final class Cart {\n    public Cart() {}\n    public static int totalOf(List<Integer> prices) { return 0; }\n    private void hidden() {}\n}\n`,
    );
    expect(names(facts.exports)).toEqual(["Cart", "totalOf"]);
    expect(names(facts.imports)).toEqual(["java.lang.Math.max", "java.util.List"]);
  });

  it("c: no structure analyser, includes without brackets", () => {
    const facts = analyzeByHeuristic(
      "c",
      `#include <stdio.h>\n#include "shop.h"\nint main(void) { return 0; }\n`,
    );
    expect(facts.exports).toBeUndefined();
    expect(names(facts.imports)).toEqual(["shop.h", "stdio.h"]);
  });

  it("ruby: classes, modules and defs; require targets", () => {
    const facts = analyzeByHeuristic(
      "ruby",
      `require "json"\nrequire_relative "lib/store"\nmodule Shop\n  class Cart\n    def add_item(x)\n    end\n    def self.build\n    end\n  end\nend\n`,
    );
    expect(names(facts.exports)).toEqual(["Cart", "Shop", "add_item", "build"]);
    expect(names(facts.imports)).toEqual(["json", "lib/store"]);
  });
});
