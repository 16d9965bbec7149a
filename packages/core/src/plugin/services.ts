// Services core hands to plugin components: a logger that redacts secrets, a clock, secrets, artifacts.

/** Leveled logging; secrets registered with core are redacted before anything is written. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Time, injected so tests control it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Monotonic milliseconds for measuring durations. */
  monotonic(): number;
}

/** Read access to secrets from the environment; every value read is registered for redaction. */
export interface Secrets {
  get(name: string): string | undefined;
}

/** Writes large blobs of one item beside the run (raw transcripts, extracted code). */
export interface ArtifactWriter {
  /** Writes `content` under the item's artifact folder; returns the path relative to the run folder. */
  write(name: string, content: string | Uint8Array): Promise<string>;
}

/** A logger that drops everything. */
export const SILENT_LOGGER: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** The real clock. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};
