// The error surface of core: the error type, its normaliser, the code catalogue and issue helpers.

export type { BenchloopErrorFields, ErrorLocation } from "./benchloop-error.js";
export { BenchloopError, toBenchloopError } from "./benchloop-error.js";
export type { ErrorCode, ValidationIssue } from "./catalog.js";
export {
  argumentInvalid,
  configInvalid,
  configNotFound,
  configUnreadable,
  documentInvalid,
  ERROR_CODES,
  nameUnknown,
  pluginApiMismatch,
  pluginConflict,
  pluginExportInvalid,
  pluginFailed,
  pluginIdInvalid,
  pluginLoadFailed,
  pluginNotFound,
  pluginRegisterFailed,
  runNotFound,
  schemaVersionUnsupported,
} from "./catalog.js";
export { formatPath, toValidationIssues } from "./zod-issues.js";
