// The plugin: the `profile` gate policy, which evaluates runs against a policy (a `--policy` file, the
// config's `gate.options`, policy text, or the shipped default) and returns core's gate report with
// its document blocks. Registering does no I/O.
import { definePlugin, type GateEvaluateInput, type GatePolicy } from "@benchloop/core";
import { evaluateGate } from "./evaluate-gate.js";
import { toGateDocument } from "./gate-document.js";
import { defaultPolicy, type LoadedPolicy, loadPolicy, parsePolicy, parsePolicyText } from "./load-policy.js";
import { isMuninnPolicy } from "./muninn-policy.js";

async function toLoadedPolicy(input: GateEvaluateInput): Promise<LoadedPolicy> {
  if (input.policyFile) {
    const loaded = await loadPolicy(input.policyFile.path);
    return { ...loaded, source: { ...loaded.source, file: input.policyFile.written } };
  }
  const { policy } = input;
  if (policy === undefined || policy === null) return defaultPolicy();
  if (typeof policy === "string") return parsePolicyText(policy);
  if (isMuninnPolicy(policy)) return parsePolicyText(JSON.stringify(policy));
  if (typeof policy === "object" && "policy" in policy && "source" in policy) return policy as LoadedPolicy;
  return { policy: parsePolicy(policy), source: { format: "benchloop", notes: [] } };
}

/** Creates the `profile` gate policy component. */
export function createProfileGatePolicy(): GatePolicy {
  return {
    async evaluate(input, ctx) {
      ctx.signal.throwIfAborted();
      const loaded = await toLoadedPolicy(input);
      return evaluateGate(input.runs, loaded.policy, { source: loaded.source });
    },
    document: ({ report }) => toGateDocument(report),
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
