// The simulator's state and the protocol-neutral generation turn: model lookup, capability checks,
// admission (faults, flaky schedule, slots and queue), loading, the scripted reply and its pacing.

import type { Socket } from "node:net";
import type { AnswerBook } from "./answer-book.js";
import type { SimModel } from "./catalog.js";
import { FLAKY_ERROR, flakyOutcome, mergeFaults, type SimFaults } from "./faults.js";
import { ConnectionDropped, HttpError } from "./http-io.js";
import { parseKeepAlive } from "./keep-alive.js";
import { LoadedModels } from "./loaded-models.js";
import { Pacer } from "./pacer.js";
import { createRandom } from "./random.js";
import { scriptReply } from "./replies.js";
import { SlotPool } from "./slots.js";
import { countTokens } from "./tokenizer.js";
import { planTurn, type TurnPiece, type TurnPlan } from "./turn-plan.js";

/** A message of a turn, reduced to what the scripted models read. */
export interface TurnMessage {
  role: string;
  content: string;
}

/** One generation request, whatever API it came through. */
export interface TurnInput {
  /** The model name as the client wrote it (echoed back in responses). */
  requestedModel: string;
  model: SimModel;
  messages: TurnMessage[];
  /** The tools as sent (counted as prompt tokens). */
  tools: unknown[];
  toolNames: string[];
  think: unknown;
  format: unknown;
  options: Record<string, unknown>;
  keepAlive: unknown;
}

/** What a turn streams: pieces of output, then the laid-out plan with its metrics. */
export type TurnEvent = TurnPiece | { kind: "done"; plan: TurnPlan };

/** A granted generation slot. */
export interface Lease {
  faults: SimFaults;
  release(): void;
}

/** Settings of the engine, already defaulted. */
export interface EngineSettings {
  models: readonly SimModel[];
  book: AnswerBook;
  seed: number;
  latencyScale: number;
  fixedLatencyMs: number | undefined;
  numParallel: number;
  maxQueue: number;
  faults: SimFaults;
  modelFaults: Record<string, SimFaults>;
}

/** Request counters of a simulator. */
export interface SimStats {
  /** HTTP requests received. */
  requests: number;
  /** Requests per route, keyed `"<METHOD> <path>"`. */
  byRoute: Record<string, number>;
  /** Most generations that held a slot at the same time. */
  maxInFlight: number;
  /** Generations holding a slot now. */
  inFlight: number;
  /** Requests waiting for a slot now. */
  queued: number;
  /** Model loads (a reload for another context size counts). */
  loads: number;
}

/** Normalises a model name the way Ollama does: lower case, `:latest` when no tag is given. */
function normaliseModelName(name: string): string {
  let text = name.trim().toLowerCase();
  for (const prefix of ["registry.ollama.ai/", "library/"]) {
    if (text.startsWith(prefix)) text = text.slice(prefix.length);
  }
  const lastSegment = text.slice(text.lastIndexOf("/") + 1);
  return lastSegment.includes(":") ? text : `${text}:latest`;
}

/** The fully qualified name Ollama prints in capability errors. */
function qualifiedModelName(name: string): string {
  const short = normaliseModelName(name);
  return short.includes("/") ? `registry.ollama.ai/${short}` : `registry.ollama.ai/library/${short}`;
}

/** Holds one simulator's models, loaded state, slots, faults and counters. */
export class SimEngine {
  readonly settings: EngineSettings;
  readonly #byName = new Map<string, SimModel>();
  readonly #slots: SlotPool;
  readonly #loaded: LoadedModels;
  readonly #flakyCounters = new Map<string, number>();
  #faults: SimFaults;
  readonly #modelFaults = new Map<string, SimFaults>();
  #requests = 0;
  readonly #byRoute: Record<string, number> = {};
  #sampleCounter = 0;

  constructor(settings: EngineSettings) {
    this.settings = settings;
    for (const model of settings.models) this.#byName.set(normaliseModelName(model.name), model);
    this.#slots = new SlotPool(settings.numParallel, settings.maxQueue);
    this.#loaded = new LoadedModels((name) => this.#slots.activeFor(name) > 0);
    this.#faults = settings.faults;
    for (const [name, faults] of Object.entries(settings.modelFaults)) this.setFaults(faults, name);
  }

  /** Finds a catalog model by any spelling Ollama accepts. */
  findModel(name: unknown): SimModel | undefined {
    return typeof name === "string" ? this.#byName.get(normaliseModelName(name)) : undefined;
  }

  /** Replaces the faults of the simulator, or of one model when `modelName` is given. */
  setFaults(faults: SimFaults, modelName?: string): void {
    if (modelName === undefined) this.#faults = faults;
    else this.#modelFaults.set(normaliseModelName(modelName), faults);
  }

  /** The faults in force for a model (or for the whole simulator). */
  faultsFor(modelName?: string): SimFaults {
    return modelName === undefined
      ? this.#faults
      : mergeFaults(this.#faults, this.#modelFaults.get(normaliseModelName(modelName)));
  }

  /** Counts one HTTP request. */
  countRequest(route: string): void {
    this.#requests++;
    this.#byRoute[route] = (this.#byRoute[route] ?? 0) + 1;
  }

  /** Current counters. */
  stats(): SimStats {
    const counts = this.#slots.counts();
    return {
      requests: this.#requests,
      byRoute: { ...this.#byRoute },
      maxInFlight: counts.maxInFlight,
      inFlight: counts.inFlight,
      queued: counts.queued,
      loads: this.#loaded.loads,
    };
  }

  /** The models in memory now. */
  loadedModels() {
    return this.#loaded.list(Date.now());
  }

  /**
   * Refuses what the model cannot do, with Ollama's HTTP 400 messages.
   * @throws HttpError for tools sent to a model without tool support, or `think` to one without thinking.
   */
  checkCapabilities(input: TurnInput): void {
    const { model } = input;
    if (input.tools.length > 0 && !model.capabilities.includes("tools")) {
      throw new HttpError(400, `${qualifiedModelName(model.name)} does not support tools`);
    }
    const wantsThinking = input.think === true || ["low", "medium", "high"].includes(String(input.think));
    if (wantsThinking && !model.capabilities.includes("thinking")) {
      throw new HttpError(400, `${JSON.stringify(input.requestedModel)} does not support thinking`);
    }
  }

  /**
   * Admits a generation: applies connection faults and the flaky schedule, then waits for a slot.
   * @throws ConnectionDropped after destroying the socket, HttpError 500 (flaky), QueueFullError (503).
   */
  async admit(input: TurnInput, socket: Socket, signal: AbortSignal): Promise<Lease> {
    const { model } = input;
    this.#admitFaults(model, socket);
    const release = await this.#slots.acquire(model.name, signal);
    // the faults in force when the generation starts, not when it was queued
    return { faults: this.faultsFor(model.name), release };
  }

  /**
   * Admits a load without generation (a warm-up: empty prompt or no messages) like a generation:
   * connection faults and the flaky schedule apply, and the faults in force are returned for the
   * answer. An unload (`keep_alive` 0) is not admitted through here.
   * @throws ConnectionDropped after destroying the socket, HttpError 500 (flaky).
   */
  admitLoad(model: SimModel, socket: Socket): SimFaults {
    this.#admitFaults(model, socket);
    return this.faultsFor(model.name);
  }

  /** Refused connections and the flaky schedule, shared by generations and loads. */
  #admitFaults(model: SimModel, socket: Socket): void {
    if (this.faultsFor(model.name).refuseConnections) {
      socket.destroy();
      throw new ConnectionDropped();
    }
    if (model.behaviour === "flaky") {
      const index = this.#flakyCounters.get(model.name) ?? 0;
      this.#flakyCounters.set(model.name, index + 1);
      const outcome = flakyOutcome(this.settings.seed, model.name, index, model.failureRate ?? 0.4);
      if (outcome === "http-500") throw new HttpError(500, FLAKY_ERROR);
      if (outcome === "reset") {
        socket.destroy();
        throw new ConnectionDropped();
      }
    }
  }

  /**
   * Runs an admitted turn: loads the model, then yields the paced pieces (unless `streamed` is false:
   * a whole answer waits its full time once) and the final plan.
   */
  async *run(
    input: TurnInput,
    lease: Lease,
    signal: AbortSignal,
    streamed = true,
  ): AsyncGenerator<TurnEvent> {
    const { model, options } = input;
    let released = false;
    const finish = () => {
      if (released) return;
      released = true;
      lease.release();
      this.#loaded.keepFor(model.name, parseKeepAlive(input.keepAlive), Date.now());
    };
    try {
      const numCtx = positiveInteger(options.num_ctx) ?? model.defaultNumCtx;
      const fixedLatencyMs = this.settings.fixedLatencyMs;
      const loadWaitMs = fixedLatencyMs === undefined ? model.latency.loadMs * this.settings.latencyScale : 0;
      const didLoad = await this.#loaded.ensure(model, numCtx, loadWaitMs, Date.now());
      const userTexts = input.messages.filter((message) => message.role === "user").map((m) => m.content);
      const prompt = userTexts.at(-1) ?? "";
      const lastUser = input.messages.map((message) => message.role).lastIndexOf("user");
      const followUp = input.messages.slice(0, lastUser).some((message) => message.role === "assistant");
      const reply = scriptReply({
        model,
        book: this.settings.book,
        prompt,
        ...(followUp && userTexts.length > 1 ? { conversationStart: userTexts[0]! } : {}),
        afterToolResult: input.messages.slice(lastUser + 1).some((message) => message.role === "tool"),
        toolNames: input.toolNames,
        think: this.#thinks(input),
        format: input.format,
        pick: this.#picker(options, prompt),
      });
      const plan = planTurn({
        model,
        reply,
        promptTokens: countPromptTokens(input),
        numCtx,
        numPredict: integer(options.num_predict) ?? -1,
        didLoad,
        random: createRandom(this.settings.seed, model.name, prompt, String(options.seed ?? ""), "timing"),
      });
      const modelledMs = plan.prefillMs + plan.pieceMs.reduce((sum, ms) => sum + ms, 0);
      const factor = fixedLatencyMs === undefined ? this.settings.latencyScale : fixedLatencyMs / modelledMs;
      const pacer = new Pacer(factor, signal);
      if (streamed) {
        await pacer.advance(plan.prefillMs);
        for (const [index, piece] of plan.pieces.entries()) {
          await pacer.advance(plan.pieceMs[index] ?? 0);
          yield piece;
        }
      } else {
        await pacer.advance(modelledMs);
      }
      finish();
      yield { kind: "done", plan };
    } finally {
      finish();
    }
  }

  /**
   * Loads a model without generating (an empty prompt), or unloads it when `keep_alive` is 0.
   * Resolves with Ollama's `done_reason`: "load" or "unload".
   */
  async loadOnly(
    model: SimModel,
    keepAlive: unknown,
    options: Record<string, unknown>,
  ): Promise<"load" | "unload"> {
    const keepAliveMs = parseKeepAlive(keepAlive);
    if (keepAliveMs === 0) {
      this.#loaded.unload(model.name, Date.now());
      return "unload";
    }
    const numCtx = positiveInteger(options.num_ctx) ?? model.defaultNumCtx;
    const waitMs =
      this.settings.fixedLatencyMs === undefined ? model.latency.loadMs * this.settings.latencyScale : 0;
    await this.#loaded.ensure(model, numCtx, waitMs, Date.now());
    this.#loaded.keepFor(model.name, keepAliveMs, Date.now());
    return "load";
  }

  /** Rejects every queued request (the simulator is closing). */
  cancelQueued(reason: unknown): void {
    this.#slots.cancelAll(reason);
  }

  /** Thinking is on when asked for, and by default for models that think. */
  #thinks(input: TurnInput): boolean {
    if (!input.model.capabilities.includes("thinking")) return false;
    return input.think !== false && input.think !== "none";
  }

  /** Greedy (temperature 0) always picks the first choice; a seed makes sampling repeatable. */
  #picker(options: Record<string, unknown>, prompt: string): (choices: number) => number {
    const temperature = typeof options.temperature === "number" ? options.temperature : 0.8;
    if (temperature <= 0) return () => 0;
    const seed = typeof options.seed === "number" ? options.seed : `sample-${this.#sampleCounter++}`;
    const random = createRandom(this.settings.seed, seed, prompt, "pick");
    return (choices) => Math.floor(random() * choices);
  }
}

/** Prompt tokens as a chat template would render them: each message with a small header, plus tools. */
function countPromptTokens(input: Pick<TurnInput, "messages" | "tools">): number {
  let tokens = 3;
  for (const message of input.messages) tokens += countTokens(message.content) + 4;
  if (input.tools.length > 0) tokens += countTokens(JSON.stringify(input.tools));
  return tokens;
}

function integer(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  const number = integer(value);
  return number !== undefined && number > 0 ? number : undefined;
}
