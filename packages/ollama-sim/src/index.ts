// Public surface of @benchloop/ollama-sim: start a simulator, its model catalog, and the CLI command.

export type { AnswerBookEntry } from "./answer-book.js";
export type { SimBehaviour, SimCapability, SimLatency, SimModel } from "./catalog.js";
export { SIM_MODELS } from "./catalog.js";
export type { SimStats } from "./engine.js";
export type { SimFaults } from "./faults.js";
export type { RunSimCommandOptions } from "./run-sim-command.js";
export { runSimCommand } from "./run-sim-command.js";
export type { SimOptions, SimServer } from "./server.js";
export { SIMULATOR_HEADER, startSim } from "./server.js";
