// @benchloop/gate-profile: the `profile` gate policy — policy format, evaluation, gate.json and its report.
import { gateProfilePlugin } from "./gate-profile-plugin.js";

export default gateProfilePlugin;
export type { Composite, CompositeTerm, SuiteAbility } from "./composite-score.js";
export type { EvaluateGateOptions, PolicySource } from "./evaluate-gate.js";
export { evaluateGate } from "./evaluate-gate.js";
export type { GateBlock, GateListItem } from "./gate-document.js";
export { toGateDocument } from "./gate-document.js";
export { createProfileGatePolicy, gateProfilePlugin } from "./gate-profile-plugin.js";
export type {
  CandidateResult,
  GateAlert,
  GateReport,
  Margin,
  ProfileResult,
  Violation,
} from "./gate-report.js";
export { GATE_REPORT_SCHEMA_VERSION, GateReportSchema } from "./gate-report.js";
export type { LoadedPolicy } from "./load-policy.js";
export {
  DEFAULT_POLICY_URL,
  defaultPolicy,
  loadPolicy,
  parsePolicy,
  parsePolicyText,
} from "./load-policy.js";
export type { MuninnImport, MuninnImportResult } from "./muninn-policy.js";
export { importMuninnPolicy, isMuninnPolicy } from "./muninn-policy.js";
export type {
  GateMetric,
  Policy,
  PolicyProfile,
  ResolvedProfile,
  Severity,
  Threshold,
  WrittenPolicy,
} from "./policy-schema.js";
export {
  BUILTIN_PROFILES,
  GATE_METRICS,
  POLICY_SCHEMA_VERSION,
  PolicySchema,
  resolveProfile,
  SEVERITIES,
} from "./policy-schema.js";
export { renderGateReport } from "./render-gate-report.js";
