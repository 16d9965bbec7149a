// The scripted models the simulator serves: plain data, one entry per model, with the metadata Ollama
// reports (digest, size, details, context length, capabilities) and the latency model behind its timings.

/** How a scripted model answers. */
export type SimBehaviour =
  | "oracle"
  | "sloppy"
  | "prose"
  | "thinker"
  | "truncator"
  | "no-tools"
  | "flaky"
  | "repairer"
  | "stubborn";

/** What a model can do, as `/api/show` reports it in `capabilities`. */
export type SimCapability = "completion" | "tools" | "thinking";

/** Latency model of one scripted model; all rates are modelled, waiting is scaled by `latencyScale`. */
export interface SimLatency {
  /** Time to load the model into memory, in milliseconds. */
  loadMs: number;
  /** Prompt evaluation speed, in tokens per second. */
  prefillTokensPerSecond: number;
  /** Generation speed, in tokens per second. */
  decodeTokensPerSecond: number;
  /** Relative spread of every duration (0.05 = ±5%), drawn deterministically from the seed. */
  jitter: number;
}

/** One scripted model of the catalog. */
export interface SimModel {
  /** Full Ollama name with tag, as `/api/tags` lists it. */
  name: string;
  behaviour: SimBehaviour;
  /** sha256 of the manifest, 64 hex characters. */
  digest: string;
  sizeBytes: number;
  /** Bytes in VRAM when loaded (`/api/ps` `size_vram`). */
  sizeVramBytes: number;
  modifiedAt: string;
  family: string;
  families: string[];
  parameterSize: string;
  parameterCount: number;
  quantizationLevel: string;
  /** Trained context length (`model_info["<family>.context_length"]`). */
  contextLength: number;
  /** Context size used when a request sets no `num_ctx`. */
  defaultNumCtx: number;
  capabilities: SimCapability[];
  latency: SimLatency;
  /** For `truncator`: generation stops with `done_reason: "length"` after this many tokens. */
  truncateAfterTokens?: number;
  /** For `flaky`: share of generation requests that fail (half with HTTP 500, half with a reset). */
  failureRate?: number;
}

/** The built-in scripted models, in the order `/api/tags` lists them. */
export const SIM_MODELS: readonly SimModel[] = [
  {
    name: "sim/oracle:latest",
    behaviour: "oracle",
    digest: "6afc23516941cbd99d0bb40811ba8dd2e8ae4fba4c8ab253afd62aaa5d1f4ea9",
    sizeBytes: 4_683_087_332,
    sizeVramBytes: 5_461_352_448,
    modifiedAt: "2025-06-02T10:14:07.351212Z",
    family: "qwen2",
    families: ["qwen2"],
    parameterSize: "7.6B",
    parameterCount: 7_615_616_512,
    quantizationLevel: "Q4_K_M",
    contextLength: 32_768,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 1800, prefillTokensPerSecond: 900, decodeTokensPerSecond: 45, jitter: 0.05 },
  },
  {
    name: "sim/sloppy:latest",
    behaviour: "sloppy",
    digest: "ddcc958c12bec7f37ab201b6fef53128618e74859046b3e3408f7e3996f734c4",
    sizeBytes: 2_019_393_189,
    sizeVramBytes: 2_842_165_248,
    modifiedAt: "2025-05-18T08:41:55.103918Z",
    family: "llama",
    families: ["llama"],
    parameterSize: "3.2B",
    parameterCount: 3_212_749_888,
    quantizationLevel: "Q4_K_M",
    contextLength: 131_072,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 900, prefillTokensPerSecond: 1800, decodeTokensPerSecond: 90, jitter: 0.05 },
  },
  {
    name: "sim/prose:latest",
    behaviour: "prose",
    digest: "de85996e1717070c970a1253d6a2862b89ab8b94bb5fb0e86025ba90b7bc78a0",
    sizeBytes: 4_113_301_824,
    sizeVramBytes: 4_970_250_240,
    modifiedAt: "2025-04-27T17:03:12.884310Z",
    family: "llama",
    families: ["llama"],
    parameterSize: "7.2B",
    parameterCount: 7_248_023_552,
    quantizationLevel: "Q4_0",
    contextLength: 32_768,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 1600, prefillTokensPerSecond: 950, decodeTokensPerSecond: 48, jitter: 0.05 },
  },
  {
    name: "sim/thinker:latest",
    behaviour: "thinker",
    digest: "23e4161e818fa6c84a8c06fed521fb3a7f7ffdd0761297473fcfc6d051e1f590",
    sizeBytes: 5_225_387_923,
    sizeVramBytes: 6_114_639_872,
    modifiedAt: "2025-06-11T21:30:44.672045Z",
    family: "qwen3",
    families: ["qwen3"],
    parameterSize: "8.2B",
    parameterCount: 8_190_735_360,
    quantizationLevel: "Q4_K_M",
    contextLength: 40_960,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools", "thinking"],
    latency: { loadMs: 2100, prefillTokensPerSecond: 850, decodeTokensPerSecond: 40, jitter: 0.05 },
  },
  {
    name: "sim/truncator:latest",
    behaviour: "truncator",
    digest: "b34d39de2244e8eac81b562fbffda62a9e0200654899eec47fc52e3e519b80d8",
    sizeBytes: 2_176_178_913,
    sizeVramBytes: 3_014_656_000,
    modifiedAt: "2025-03-09T12:22:31.007215Z",
    family: "phi3",
    families: ["phi3"],
    parameterSize: "3.8B",
    parameterCount: 3_821_079_552,
    quantizationLevel: "Q4_0",
    contextLength: 131_072,
    defaultNumCtx: 4096,
    capabilities: ["completion"],
    latency: { loadMs: 1000, prefillTokensPerSecond: 1500, decodeTokensPerSecond: 75, jitter: 0.05 },
    truncateAfterTokens: 12,
  },
  {
    name: "sim/no-tools:latest",
    behaviour: "no-tools",
    digest: "87321fc835a852211fc8fdc4429fcda6653c319d2d0c516753da0e2eac6805fa",
    sizeBytes: 1_629_518_495,
    sizeVramBytes: 2_389_704_704,
    modifiedAt: "2025-02-14T09:55:18.410087Z",
    family: "gemma2",
    families: ["gemma2"],
    parameterSize: "2.6B",
    parameterCount: 2_614_341_888,
    quantizationLevel: "Q4_0",
    contextLength: 8192,
    defaultNumCtx: 4096,
    capabilities: ["completion"],
    latency: { loadMs: 800, prefillTokensPerSecond: 2000, decodeTokensPerSecond: 95, jitter: 0.05 },
  },
  {
    name: "sim/flaky:latest",
    behaviour: "flaky",
    digest: "55e6e484ca5b21ecfaeada82da954a8dfef0d50e22830998326f3acceb173ddf",
    sizeBytes: 4_920_753_328,
    sizeVramBytes: 5_742_002_176,
    modifiedAt: "2025-05-30T14:48:02.219876Z",
    family: "llama",
    families: ["llama"],
    parameterSize: "8.0B",
    parameterCount: 8_030_261_248,
    quantizationLevel: "Q4_K_M",
    contextLength: 131_072,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 1900, prefillTokensPerSecond: 880, decodeTokensPerSecond: 42, jitter: 0.05 },
    failureRate: 0.4,
  },
  {
    name: "sim/repairer:latest",
    behaviour: "repairer",
    digest: "9c1d4e7a2b5f80c36e9d1a4b7c2e5f8031d6a9b4e7c0f3a6d9b2e5c8f1a4d7b0",
    sizeBytes: 4_372_912_640,
    sizeVramBytes: 5_126_455_296,
    modifiedAt: "2025-07-01T09:12:45.118402Z",
    family: "qwen2",
    families: ["qwen2"],
    parameterSize: "7.0B",
    parameterCount: 7_070_619_136,
    quantizationLevel: "Q4_K_M",
    contextLength: 32_768,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 1700, prefillTokensPerSecond: 920, decodeTokensPerSecond: 46, jitter: 0.05 },
  },
  {
    name: "sim/stubborn:latest",
    behaviour: "stubborn",
    digest: "2f7b0e3c6a9d1f4b8e2c5a7d0f3b6e9c1a4d7f0b3e6c9a2d5f8b1e4c7a0d3f6b",
    sizeBytes: 2_101_870_592,
    sizeVramBytes: 2_918_187_008,
    modifiedAt: "2025-07-01T09:14:02.550913Z",
    family: "llama",
    families: ["llama"],
    parameterSize: "3.2B",
    parameterCount: 3_212_749_888,
    quantizationLevel: "Q4_K_M",
    contextLength: 131_072,
    defaultNumCtx: 4096,
    capabilities: ["completion", "tools"],
    latency: { loadMs: 1200, prefillTokensPerSecond: 1100, decodeTokensPerSecond: 60, jitter: 0.05 },
  },
];
