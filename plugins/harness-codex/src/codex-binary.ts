// Finds the codex binary: a configured path, `codex` on PATH, the native binary in the platform
// package next to @openai/codex (skipping its Node launcher, ~0.1 s a start), or that launcher.
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findAgentBinary, type LocatedAgentBinary, packageBin } from "@benchloop/agent-kit";

/** How to install codex, for messages. */
export const CODEX_INSTALL_HINT =
  "Install it with `npm i -g @openai/codex` (or add @openai/codex to the project), or set harnesses.codex.binary.";

/** The Rust target of each platform package @openai/codex ships its binary in. */
const TARGETS: Record<string, string> = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
  "win32-arm64": "aarch64-pc-windows-msvc",
};

/** Finds codex: configured, on PATH, the platform package's native binary, @openai/codex's launcher. */
export function locateCodex(configured: string | undefined): LocatedAgentBinary {
  const search = findAgentBinary({ ...(configured ? { configured } : {}), names: ["codex"] });
  if (search.found || configured)
    return { ...(search.found ? { path: search.found.path } : {}), tried: search.tried };
  const tried = [...search.tried];
  const fromHere = createRequire(import.meta.url);
  let launcherManifest: string;
  try {
    launcherManifest = fromHere.resolve("@openai/codex/package.json");
  } catch {
    tried.push("npm package @openai/codex");
    return { tried };
  }
  const native = nativeBinary(createRequire(launcherManifest));
  if (native) return { path: native, tried };
  const launcher = packageBin(fromHere, "@openai/codex", "codex");
  if (launcher && isExecutable(launcher)) return { path: launcher, tried };
  tried.push(`npm package @openai/codex (no binary for ${process.platform}-${process.arch})`);
  return { tried };
}

/** `vendor/<target>/bin/codex` of the platform package, resolved from @openai/codex's folder. */
function nativeBinary(require: NodeJS.Require): string | undefined {
  const platform = `${process.platform}-${process.arch}`;
  const target = TARGETS[platform];
  if (!target) return undefined;
  try {
    const manifest = require.resolve(`@openai/codex-${platform}/package.json`);
    const file = process.platform === "win32" ? "codex.exe" : "codex";
    const path = join(dirname(manifest), "vendor", target, "bin", file);
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
