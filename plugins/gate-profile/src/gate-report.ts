// gate.json's schema lives in core (every gate policy returns it); re-exported here for this package.
export type {
  CandidateResult,
  GateAlert,
  GateReport,
  Margin,
  ProfileResult,
  Violation,
} from "@benchloop/core";
export {
  AlertSchema,
  CandidateResultSchema,
  GATE_REPORT_SCHEMA_VERSION,
  GateReportSchema,
  MarginSchema,
  ProfileResultSchema,
  SuiteMetricsSchema,
  ViolationSchema,
} from "@benchloop/core";
