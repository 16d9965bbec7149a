// Public surface of @benchloop/sandbox: code extraction and the sandbox pool that scores code.

export type { ExtractCodeOptions, ExtractedCode } from "./extract-code.js";
export { extractCode } from "./extract-code.js";
export { DEFAULT_SANDBOX_LIMITS } from "./limits.js";
export type { ExtractedPythonCode } from "./python/extract-python-code.js";
export { extractPythonCode } from "./python/extract-python-code.js";
export { createSandboxPool } from "./sandbox-pool.js";
export type {
  PythonSandboxJob,
  SandboxCheck,
  SandboxFailureType,
  SandboxIsolation,
  SandboxJob,
  SandboxLimits,
  SandboxPool,
  SandboxPoolOptions,
  SandboxResult,
} from "./sandbox-types.js";
