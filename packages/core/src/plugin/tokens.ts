// Named injection tokens of the registry's tsyringe container. Injection is always by token, never by
// type (tsx and esbuild emit no decorator metadata).
import type { ComponentKind } from "./contracts.js";

/** Tokens of run-scoped and global services. */
export const TOKENS = {
  config: "benchloop:config",
  logger: "benchloop:logger",
  clock: "benchloop:clock",
  secrets: "benchloop:secrets",
  cwd: "benchloop:cwd",
} as const;

/** The token a component is registered under. */
export function componentToken(kind: ComponentKind, id: string): string {
  return `component:${kind}:${id}`;
}
