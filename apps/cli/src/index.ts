// Programmatic entry of the CLI: run it in-process (tests, wrappers).
export { EXIT_CODES } from "./exit-codes.js";
export type { CliIo } from "./io.js";
export { runCli } from "./run-cli.js";
