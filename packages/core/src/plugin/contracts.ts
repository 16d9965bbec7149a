// The shapes of plugin components: harness, test source, scorer, exporter, gate policy, policy target.
// Methods take one input object then a context; they honour `ctx.signal` and return plain data.
import type { Writable } from "node:stream";
import type { PassType, Sampling } from "../config/config-schema.js";
import type { Generation } from "../generation/generation.js";
import type { Executor } from "../kernel/executor.js";
import type { JudgeStage } from "../kernel/in-process-executor.js";
import type { ModelInfo } from "../model/model-info.js";
import type { GateBlock } from "../results/gate-document.js";
import type { GateReport } from "../results/gate-report.js";
import type { Run } from "../results/run-schema.js";
import type { Score } from "../score/score.js";
import type { BenchTest } from "./bench-test.js";
import type { RegistryScope } from "./registry.js";
import type { ArtifactWriter, Logger } from "./services.js";

/** Context of any component call. */
export interface ComponentContext {
  signal: AbortSignal;
  logger: Logger;
}

/** Context of a call made for one item. */
export interface ItemContext extends ComponentContext {
  itemKey: string;
  artifacts: ArtifactWriter;
  /** Milliseconds the stage may take; the signal aborts when it is over. */
  timeoutMs: number;
  /** Reports the process id of a child the component started, for the resource sampler. */
  reportProcess?(pid: number): void;
}

/** What a harness's probe found. */
export interface ProbeResult {
  available: boolean;
  version?: string;
  reason?: string;
  /** Where the backend was looked for (URL, binary path). */
  endpoint?: string;
  simulated?: boolean;
}

/** What loading a model cost. */
export interface LoadInfo {
  loadMs: number;
}

/** One turn of a conversation, as a follow-up request carries the turns before its own prompt. */
export interface ConversationTurn {
  role: "user" | "assistant";
  content: string;
}

/** One prompt for one model. */
export interface GenerateRequest {
  model: string;
  prompt: string;
  system?: string;
  passType: PassType;
  sampling: Sampling;
  testId: string;
}

/**
 * A follow-up turn of a conversation (a repair round): `history` holds the turns so far, oldest first
 * (the item's prompt, the model's answer, and so on, after `system`); `prompt` is the new user turn
 * (the failure report). Same model, sampling and test as the item's first request.
 */
export interface FollowUpRequest extends GenerateRequest {
  history: readonly ConversationTurn[];
}

/** What a harness's `prepare` gets: the model, and the sampling its items will use. */
export interface PrepareInput {
  model: string;
  sampling: Sampling;
}

/** Static facts about a harness. */
export interface HarnessCapabilities {
  tools?: boolean;
  thinking?: boolean;
  ttft?: boolean;
  streaming?: boolean;
  /** Most items the harness runs at once, whatever the global concurrency. */
  maxConcurrency?: number;
  /**
   * Drives a coding-agent CLI (slow, spawns processes). Such harnesses run only when named by
   * `--harnesses` or the config's `harnesses`, never by default.
   */
  agent?: boolean;
}

/** What a run asks `listModels` for. */
export interface ModelQuery {
  /** The model names the run uses; absent when it uses every model listed. */
  names?: readonly string[];
}

/** How a prompt reaches a model and an answer comes back. */
export interface Harness {
  probe(ctx: ComponentContext): Promise<ProbeResult>;
  /**
   * The models the harness serves. With `query.names` (the run names its models) a harness may skip
   * describing the others; it still returns every named model it serves.
   */
  listModels?(ctx: ComponentContext, query?: ModelQuery): Promise<ModelInfo[]>;
  /**
   * Loads (warms up) a model before its first item. `sampling` is what the model's items will be sent
   * (the config's, with the model's overrides): a backend whose load depends on it (Ollama reloads a
   * model for another `num_ctx`) loads the model with it, so the first item does not reload it.
   */
  prepare?(input: PrepareInput, ctx: ComponentContext): Promise<LoadInfo>;
  generate(request: GenerateRequest, ctx: ItemContext): Promise<Generation>;
  /**
   * Answers a follow-up turn in the same conversation (used by repair rounds: the model sees its failing
   * checks and answers again). A harness without it cannot repair: its failed items record
   * `repairUnsupported`. Artifacts it writes get the round's own names (`repair-<n>-<name>`).
   */
  followUp?(request: FollowUpRequest, ctx: ItemContext): Promise<Generation>;
  /**
   * Why this harness cannot hold a conversation, when it has no `followUp` (recorded as the item's
   * `repairUnsupported`; a generic sentence when absent).
   */
  readonly followUpUnsupported?: string;
  release?(input: { model: string }, ctx: ComponentContext): Promise<void>;
  /** Memory figures the backend exposes (e.g. Ollama /api/ps size_vram), for the resource sampler. */
  sampleResources?(ctx: ComponentContext): Promise<{ vramBytes?: number }>;
  dispose?(): Promise<void>;
}

/**
 * The tests a command wants (its `--tests` / `--suite` filters or the config's), handed to a test
 * source as a hint. A test it names passes both lists given: its id is in `tests` (when given) and its
 * suite in `suites` (when given).
 */
export interface TestWish {
  tests?: readonly string[];
  suites?: readonly string[];
}

/** What a test source's `load` receives. */
export interface TestSourceLoadInput {
  /** The source's config section (`sources.<id>`), `{}` when there is none. */
  options: unknown;
  /**
   * Optional hint: only these tests are wanted. A source may then skip reading the others and deliver
   * only the tests the wish names (delivering more is fine: the plan filters again). Absent, every
   * test is wanted. A source that ignores it stays correct, only slower.
   */
  wanted?: TestWish;
}

/** Where tests come from. */
export interface TestSource {
  load(input: TestSourceLoadInput, ctx: ComponentContext): Promise<BenchTest[]>;
  dispose?(): Promise<void>;
}

/** What a run asks of a judge: the config's `judge` model, and the Ollama address the run uses. */
export interface JudgeStageInput {
  model: string;
  /** The harness that reaches the judge model (`judge.harness`). */
  harness: string;
  /** The run's Ollama address (`harnesses.ollama.baseUrl`), when it sets one. */
  ollamaUrl?: string;
  /** False when the run does not use the cache (`--no-cache`). */
  cache: boolean;
}

/** Turns an answer into checks. */
export interface Scorer {
  score(
    input: { test: BenchTest; passType: PassType; generation: Generation },
    ctx: ItemContext,
  ): Promise<Score>;
  /**
   * The kernel's judge stage, for a scorer that is an LLM judge: called once per run that names a
   * judge model (`judge.model`, `--judge`). @throws CONFIG_INVALID when its own options are invalid
   */
  judgeStage?(input: JudgeStageInput): Promise<JudgeStage>;
  dispose?(): Promise<void>;
}

/** Turns runs into a file format. */
export interface Exporter {
  export(
    input: { runs: Run[]; options: Record<string, unknown> },
    ctx: ComponentContext & { output: Writable },
  ): Promise<void>;
}

/** What a gate policy evaluates: the runs, its options, or a policy document named on the command line. */
export interface GateEvaluateInput {
  runs: Run[];
  /** The policy's options (the config's `gate.options`), checked against the registration's configSchema. */
  policy?: unknown;
  /** A policy document (`--policy FILE`): its absolute path and the path as the user wrote it. */
  policyFile?: { path: string; written: string };
}

/** Turns runs into a decision per role profile: core's gate report, and that report as document blocks. */
export interface GatePolicy {
  /** @throws ARGUMENT_INVALID, DOCUMENT_INVALID when the policy options or file are invalid */
  evaluate(input: GateEvaluateInput, ctx: ComponentContext): Promise<GateReport>;
  /** The report in words (gate.md and the terminal render these blocks). */
  document(input: { report: GateReport }): GateBlock[];
}

/** A mapping of keys (profiles or config keys) to model names, as held by a policy target. */
export type PolicyState = Record<string, string>;

/** One place a policy target reads and writes: the `--target` value and the target's own options. */
export interface PolicyTargetRef {
  /** The target as written: `file:config/models.yaml`, `https://tools.local/api/models`. */
  uri: string;
  /** Target options (format, method, token variable …); the target validates them with its schema. */
  options?: Record<string, unknown>;
}

/** How a policy target names itself in checkpoints and messages. Never holds a secret. */
export interface PolicyTargetDescription {
  /** The canonical uri (an absolute path for files), enough to reach the target again later. */
  uri: string;
  /** The options as validated (defaults applied), enough to reach the target again later. */
  options: Record<string, unknown>;
  /** One line for people: `YAML file /home/me/.config/tool/models.yaml`. */
  label: string;
}

/**
 * Where a promotion is applied. `read` returns the value of each named key the target holds (keys it
 * lacks are left out); `apply` sets `next` and removes `remove`, touching no other key, and returns
 * what the target holds afterwards for those keys.
 */
export interface PolicyTarget {
  /** Validates the options and resolves the uri. @throws ARGUMENT_INVALID */
  describe(input: { target: PolicyTargetRef }): PolicyTargetDescription;
  read(
    input: { target: PolicyTargetRef; keys: readonly string[] },
    ctx: ComponentContext,
  ): Promise<PolicyState>;
  apply(
    input: { target: PolicyTargetRef; next: PolicyState; remove?: readonly string[] },
    ctx: ComponentContext,
  ): Promise<{ applied: PolicyState; detail?: string }>;
}

/** What a run gives an executor provider to open its executor: where the queue is. */
export interface ExecutorOpenInput {
  /** The queue's address (`redis://host:6379`); may hold credentials, never printed as is. */
  url: string;
}

/** What a worker serves with: the worker's own components, built with its own server addresses. */
export interface ExecutorServeInput {
  url: string;
  /** Items the worker runs at once. */
  concurrency: number;
  /** The worker's scope: harnesses (with its server URLs) and scorers come from it. */
  scope: RegistryScope;
  /** The harness ids the worker may serve (it advertises those whose probe passes). */
  harnesses: readonly string[];
  /** The scorer ids and versions the worker has. */
  scorers: ReadonlyMap<string, string>;
  /** The version of each harness (item results record it). */
  harnessVersions: ReadonlyMap<string, string>;
  /** One line for people (what the worker serves, what it took, why it takes nothing). */
  print(line: string): void;
  /** Stops the worker (it finishes or gives back its items in flight). */
  signal: AbortSignal;
}

/**
 * Runs a plan's items somewhere else than in this process: `open` gives the coordinator's executor
 * for one run, `serve` runs a worker until its signal aborts.
 */
export interface ExecutorProvider {
  /** @throws ARGUMENT_INVALID for a bad address, QUEUE_UNREACHABLE when the queue cannot be reached */
  open(input: ExecutorOpenInput, ctx: ComponentContext): Promise<Executor>;
  serve(input: ExecutorServeInput, ctx: ComponentContext): Promise<void>;
}

/** Component kinds and the instance type of each. */
export interface ComponentTypes {
  harness: Harness;
  "test-source": TestSource;
  scorer: Scorer;
  exporter: Exporter;
  "gate-policy": GatePolicy;
  "policy-target": PolicyTarget;
  executor: ExecutorProvider;
}

/** A component kind. */
export type ComponentKind = keyof ComponentTypes;

/** Every component kind. */
export const COMPONENT_KINDS: readonly ComponentKind[] = [
  "harness",
  "test-source",
  "scorer",
  "exporter",
  "gate-policy",
  "policy-target",
  "executor",
];
