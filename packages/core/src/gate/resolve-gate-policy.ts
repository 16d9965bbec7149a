// Finds the gate policy a command uses: the config's `gate.policy` (default `profile`) through the
// registry, its `gate.options` checked against the policy's own config schema.
import type { Config } from "../config/config-schema.js";
import { configInvalid, nameUnknown } from "../errors/catalog.js";
import { toValidationIssues } from "../errors/zod-issues.js";
import type { GatePolicy } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";

/** A gate policy ready to evaluate: its id, the component, and its validated options. */
export interface ResolvedGatePolicy {
  id: string;
  component: GatePolicy;
  /** `gate.options`, parsed by the policy's config schema (undefined when the config sets none). */
  options: unknown;
}

/**
 * Resolves `config.gate.policy` to a registered gate-policy component.
 * @throws NAME_UNKNOWN listing the installed policies; CONFIG_INVALID when `gate.options` do not fit
 */
export function resolveGatePolicy(
  registry: Registry,
  scope: RegistryScope,
  config: Pick<Config, "gate">,
  configFile?: string,
): ResolvedGatePolicy {
  const id = config.gate?.policy ?? "profile";
  if (!registry.has("gate-policy", id))
    throw nameUnknown(
      "gate policy",
      [id],
      registry.list("gate-policy").map((e) => e.id),
      "gate.policy in the config",
    );
  const entry = registry.list("gate-policy").find((e) => e.id === id)!;
  let options = config.gate?.options;
  const schema = entry.options.configSchema;
  if (options !== undefined && schema) {
    const parsed = schema.safeParse(options);
    if (!parsed.success)
      throw configInvalid(toValidationIssues(parsed.error, ["gate", "options"]), configFile);
    options = parsed.data;
  }
  return { id, component: scope.get("gate-policy", id), options };
}
