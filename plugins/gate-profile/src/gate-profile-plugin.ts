// The plugin: the `profile` gate policy, which evaluates runs against a policy object (or policy text)
// and returns the gate report. Registering does no I/O.
import { definePlugin, type GatePolicy } from "@benchloop/core";
import { evaluateGate } from "./evaluate-gate.js";
import { type LoadedPolicy, parsePolicy, parsePolicyText } from "./load-policy.js";
import { isMuninnPolicy } from "./muninn-policy.js";

function toLoadedPolicy(policy: unknown): LoadedPolicy {
  if (typeof policy === "string") return parsePolicyText(policy);
  if (isMuninnPolicy(policy)) return parsePolicyText(JSON.stringify(policy));
  if (typeof policy === "object" && policy !== null && "policy" in policy && "source" in policy)
    return policy as LoadedPolicy;
  return { policy: parsePolicy(policy), source: { format: "benchloop", notes: [] } };
}

/** Creates the `profile` gate policy component. */
export function createProfileGatePolicy(): GatePolicy {
  return {
    async evaluate(input, ctx) {
      ctx.signal.throwIfAborted();
      const loaded = toLoadedPolicy(input.policy);
      return evaluateGate(input.runs, loaded.policy, { source: loaded.source });
    },
  };
}

/** The plugin object; also the default export. */
export const gateProfilePlugin = definePlugin({
  name: "@benchloop/gate-profile",
  apiVersion: "^1",
  register(r) {
    r.gatePolicy("profile", () => createProfileGatePolicy(), {
      description:
        "Promotes one model per role profile: thresholds, composite score, noise-aware margin, governance alerts.",
    });
  },
});
