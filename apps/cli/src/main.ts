#!/usr/bin/env node
// Entry point of the `benchloop` binary.
import "reflect-metadata";
import { processIo } from "./io.js";
import { runCli } from "./run-cli.js";

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
