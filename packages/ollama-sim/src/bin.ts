#!/usr/bin/env node
// Standalone entry point: `ollama-sim [--port 11434] [--host 127.0.0.1] [--seed 0] [--latency-scale 1]
// [--answers book.json]`, for running the simulator without the benchloop CLI.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { AnswerBookEntry } from "./answer-book.js";
import { runSimCommand } from "./run-sim-command.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "11434" },
    host: { type: "string", default: "127.0.0.1" },
    seed: { type: "string", default: "0" },
    "latency-scale": { type: "string", default: "1" },
    answers: { type: "string" },
  },
});

const answers = values.answers
  ? (JSON.parse(await readFile(values.answers, "utf8")) as AnswerBookEntry[])
  : [];

await runSimCommand({
  port: Number(values.port),
  host: values.host,
  seed: Number(values.seed),
  latencyScale: Number(values["latency-scale"]),
  answers,
});
