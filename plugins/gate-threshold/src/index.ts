// @benchloop/gate-threshold: the `threshold` gate policy — per role, the model with the highest pass@1
// lower bound that meets the role's minimum. A small second policy beside `profile`.
import { definePlugin, type GatePolicy } from "@benchloop/core";
import { evaluateThreshold } from "./evaluate-threshold.js";
import { toThresholdDocument } from "./threshold-document.js";
import { loadThresholdPolicy, ThresholdPolicySchema } from "./threshold-policy.js";

/** Creates the `threshold` gate policy component. */
export function createThresholdGatePolicy(): GatePolicy {
  return {
    async evaluate(input, ctx) {
      ctx.signal.throwIfAborted();
      return evaluateThreshold(input.runs, await loadThresholdPolicy(input));
    },
    document: ({ report }) => toThresholdDocument(report),
  };
}

/** The plugin object; also the default export. */
export const gateThresholdPlugin = definePlugin({
  name: "@benchloop/gate-threshold",
  apiVersion: 1,
  register(r) {
    r.gatePolicy("threshold", () => createThresholdGatePolicy(), {
      configSchema: ThresholdPolicySchema,
      description: "Per role, the model with the highest pass@1 lower bound that meets the role's minimum.",
    });
  },
});

export default gateThresholdPlugin;
export { evaluateThreshold } from "./evaluate-threshold.js";
export { toThresholdDocument } from "./threshold-document.js";
export type { LoadedThresholdPolicy, ThresholdPolicy } from "./threshold-policy.js";
export { loadThresholdPolicy, ThresholdPolicySchema } from "./threshold-policy.js";
