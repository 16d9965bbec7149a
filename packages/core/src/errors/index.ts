// The error surface of core: the error type, its normaliser, the code catalogue and issue helpers.
export { BenchloopError, toBenchloopError } from "./benchloop-error.js";
export type { BenchloopErrorFields, ErrorLocation } from "./benchloop-error.js";
export {
  ERROR_CODES,
  argumentInvalid,
  configInvalid,
  configNotFound,
  configUnreadable,
  documentInvalid,
  nameUnknown,
  pluginApiMismatch,
  pluginConflict,
  pluginExportInvalid,
  pluginFailed,
  pluginIdInvalid,
  pluginNotFound,
  pluginRegisterFailed,
  runNotFound,
  schemaVersionUnsupported,
} from "./catalog.js";
export type { ErrorCode, ValidationIssue } from "./catalog.js";
export { formatPath, toValidationIssues } from "./zod-issues.js";
