// Test helper: writes a project tree holding every kind of entry the walk must leave out, and says
// what the walk should skip (path → reason) and what it should keep.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SkipReason } from "./skip-reason.js";

/** Source files of the tree with known ground truth. */
export const SOURCES: Record<string, string> = {
  "src/app.ts": `// The HTTP front door of the shop.
import { createServer } from "node:http";
import type { Order } from "./orders/order.js";
import { priceOrder } from "./orders/pricing.js";

export interface ServerOptions {
  port: number;
}

export const DEFAULT_PORT = 8080;

export function startShopServer(options: ServerOptions): void {
  const server = createServer((_request, response) => {
    const order: Order = { id: "demo", lines: [] };
    response.end(String(priceOrder(order)));
  });
  server.listen(options.port);
}

function hiddenHelper(): number {
  return 1;
}

export { hiddenHelper as visibleHelper };
export default startShopServer;
`,
  "src/orders/order.ts": `export interface OrderLine {
  sku: string;
  quantity: number;
  unitCents: number;
}

export interface Order {
  id: string;
  lines: OrderLine[];
}

export type OrderId = Order["id"];
`,
  "src/orders/pricing.ts": `import type { Order } from "./order.js";

export const VAT_RATE = 0.2;

/** Total of an order in cents, VAT included. */
export function priceOrder(order: Order): number {
  const net = order.lines.reduce((sum, line) => sum + line.quantity * line.unitCents, 0);
  return Math.round(net * (1 + VAT_RATE));
}

export class DiscountLadder {
  constructor(private readonly steps: number[]) {}
  discountFor(quantity: number): number {
    return this.steps.filter((step) => quantity >= step).length * 5;
  }
}
`,
  "src/util.js": `"use strict";
const path = require("path");
const { readFileSync } = require("node:fs");

function loadInventoryCsv(file) {
  return readFileSync(path.resolve(file), "utf8").split("\\n");
}

function parseInventoryRow(row) {
  const [sku, count] = row.split(",");
  return { sku, count: Number(count) };
}

module.exports = { loadInventoryCsv, parseInventoryRow };
`,
  "py/models.py": `"""Inventory models."""
import dataclasses
from typing import Optional
from .storage import load_rows
from . import settings

WAREHOUSE_LIMIT = 500
_private_cache = {}


@dataclasses.dataclass
class StockItem:
    sku: str
    count: int
    location: Optional[str] = None


def restock_warehouse(items):
    for item in items:
        item.count = min(item.count + 10, WAREHOUSE_LIMIT)
    return items


async def fetch_stock_levels():
    return load_rows(settings.DATABASE)


def _internal():
    return None
`,
  "py/api.py": `import json
import os.path as osp

__all__ = ["serve_inventory", "InventoryError"]


class InventoryError(Exception):
    pass


def serve_inventory(request):
    return json.dumps({"path": osp.basename(request)})


def helper_not_listed():
    return 2
`,
  "go/server.go": `package server

import (
	"fmt"
	nethttp "net/http"
)

import "strings"

const (
	DefaultRoute = "/"
	maxBody      = 1024
)

type Router struct {
	routes map[string]string
}

var ErrNoRoute = fmt.Errorf("no route")

func NewRouter() *Router {
	return &Router{routes: map[string]string{}}
}

func (r *Router) Handle(path string) {
	r.routes[strings.ToLower(path)] = path
}

func helper(w nethttp.ResponseWriter) {}
`,
  "rs/lib.rs": `use std::collections::HashMap;
use serde::Serialize;
use crate::config::Settings;
extern crate log;

pub struct Ledger {
    entries: HashMap<String, i64>,
}

pub(crate) fn internal_total() -> i64 { 0 }

pub fn open_ledger(settings: &Settings) -> Ledger {
    Ledger { entries: HashMap::new() }
}

pub enum LedgerError { Missing }

fn private_helper() {}
`,
  "nested/shown.ts": `export const NESTED_VISIBLE = true;\n`,
  "nested/deeper/ok.py": `def reincluded_by_negation():\n    return 1\n`,
};

/** What the walk must skip, by path relative to the root. */
export const EXPECTED_SKIPS: Record<string, SkipReason> = {
  ".git": "vcs",
  node_modules: "dependencies",
  ".venv": "virtualenv",
  env: "virtualenv",
  dist: "build-output",
  vendor: "vendored",
  __pycache__: "cache",
  "package-lock.json": "lockfile",
  ".gitignore": "not-source",
  "notes.txt": "not-source",
  "keep.log": "not-source",
  "debug.log": "gitignored",
  secret: "gitignored",
  "nested/.gitignore": "not-source",
  "nested/deeper/.gitignore": "not-source",
  "nested/hidden.py": "gitignored",
  "src/app.min.js": "minified",
  "src/long-line.js": "minified",
  "src/gen.ts": "generated",
  "src/schema.pb.go": "generated",
  "src/blob.ts": "binary",
  "src/latin1.py": "binary",
  "src/logo.png": "binary",
  "src/big.ts": "too-large",
  "src/empty.py": "empty",
  "src/blank.py": "empty",
  "src/fifo.ts": "special-file",
  "src/loop": "symlink-loop",
  "src/self.ts": "symlink-loop",
  "src/outside": "symlink-outside-root",
  "src/outside-file.ts": "symlink-outside-root",
  "src/alias.ts": "symlink-inside-root",
  "src/dangling.ts": "symlink-broken",
};

/** Entries made unreadable (chmod 000): skipped as `unreadable` when the walk's user cannot read them. */
export const UNREADABLE = { "locked.ts": "unreadable", "locked-dir": "unreadable" } as const;

/** A generated tree and its outside folder; `remove()` deletes both. */
export interface LegacyTree {
  root: string;
  outside: string;
  remove(): void;
}

function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/**
 * Writes the tree under a new temp folder (readable by every user, for the unreadable test). With
 * `locked: false` the chmod 000 entries are left out.
 */
export function createLegacyTree(name = "project", options: { locked?: boolean } = {}): LegacyTree {
  const base = mkdtempSync(join(tmpdir(), "legacy-tree-"));
  chmodSync(base, 0o755);
  const root = join(base, name);
  const outside = join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  write(outside, "secret.ts", "export const OUTSIDE_SECRET = 1;\n");

  for (const [path, content] of Object.entries(SOURCES)) write(root, path, content);
  write(root, ".gitignore", "*.log\n!keep.log\nsecret/\n");
  write(root, ".git/HEAD", "ref: refs/heads/main\n");
  write(root, ".git/hooks/pre-commit.ts", "export const hook = 1;\n");
  write(root, "node_modules/left-pad/index.js", "module.exports = function leftPad() {};\n");
  write(root, ".venv/lib/site.py", "def venv_code():\n    pass\n");
  write(root, "env/pyvenv.cfg", "home = /usr/bin\n");
  write(root, "env/lib/inside_env.py", "def env_code():\n    pass\n");
  write(root, "dist/bundle.js", "export const built = 1;\n");
  write(root, "vendor/lib.go", "package lib\nfunc Vendored() {}\n");
  write(root, "__pycache__/models.cpython-311.py", "x = 1\n");
  write(root, "package-lock.json", "{}\n");
  write(root, "notes.txt", "remember the milk\n");
  write(root, "debug.log", "log line\n");
  write(root, "keep.log", "kept but not source\n");
  write(root, "secret/keys.ts", "export const API_KEY = 'x';\n");
  write(root, "nested/.gitignore", "*.py\n");
  write(root, "nested/hidden.py", "def hidden():\n    pass\n");
  write(root, "nested/deeper/.gitignore", "!ok.py\n");
  write(root, "src/app.min.js", "var a=1;\n");
  write(root, "src/long-line.js", `var data = [${"1,".repeat(1500)}1];\n`);
  write(
    root,
    "src/gen.ts",
    "// Code generated by protoc-gen-ts. DO NOT EDIT.\nexport const GeneratedThing = 1;\n",
  );
  write(root, "src/schema.pb.go", "package schema\n");
  write(root, "src/blob.ts", new Uint8Array([0x65, 0x78, 0x00, 0x70, 0x6f, 0x72, 0x74]));
  write(root, "src/latin1.py", new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
  write(root, "src/logo.png", "not really a png\n");
  write(root, "src/big.ts", "");
  truncateSync(join(root, "src/big.ts"), 50 * 1024 * 1024); // sparse, like `truncate -s 50M`
  write(root, "src/empty.py", "");
  write(root, "src/blank.py", "\n  \n\n");
  execFileSync("mkfifo", [join(root, "src/fifo.ts")]);
  symlinkSync("..", join(root, "src/loop"));
  symlinkSync("self.ts", join(root, "src/self.ts"));
  symlinkSync(outside, join(root, "src/outside"));
  symlinkSync(join(outside, "secret.ts"), join(root, "src/outside-file.ts"));
  symlinkSync("app.ts", join(root, "src/alias.ts"));
  symlinkSync("missing.ts", join(root, "src/dangling.ts"));
  const locked = options.locked ?? true;
  if (locked) {
    write(root, "locked.ts", "export const LOCKED = 1;\n");
    chmodSync(join(root, "locked.ts"), 0o000);
    write(root, "locked-dir/inner.ts", "export const INNER = 1;\n");
    chmodSync(join(root, "locked-dir"), 0o000);
  }

  return {
    root,
    outside,
    remove() {
      if (locked) chmodSync(join(root, "locked-dir"), 0o755);
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `action` as user `nobody` when the process is root. Root reads files whatever their mode
 * (CAP_DAC_OVERRIDE), so a chmod 000 file only fails to open for another user; with the effective
 * uid switched the EACCES is real. Returns undefined (action not run) when the switch is refused.
 */
export async function asUnprivileged<T>(action: () => Promise<T>): Promise<{ value: T } | undefined> {
  if (process.getuid?.() !== 0) return { value: await action() };
  try {
    process.setegid!(65534);
    process.seteuid!(65534);
  } catch {
    return undefined;
  }
  try {
    return { value: await action() };
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}
