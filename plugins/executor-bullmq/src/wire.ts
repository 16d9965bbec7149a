// What travels through Redis: a job's data (the item unit without its test, which travels once per
// content hash) and what a worker returns (the item result, its artifacts, the scores it made).
import type { ItemResult, ItemUnit, ModelInfo, Score } from "@benchloop/core";

/** The job of one item. */
export interface ItemJobData {
  unit: Omit<ItemUnit, "test">;
  test: { id: string; contentHash: string };
}

/** One artifact of an item: its path relative to the run folder and its bytes. */
export interface WireArtifact {
  path: string;
  base64: string;
}

/** What a worker returns for one item. */
export interface ItemJobReturn {
  result: ItemResult;
  artifacts: WireArtifact[];
  /** Scores made for the answer, by score cache key, to keep in the coordinator's cache. */
  scores: { key: string; score: Score; scoreMs?: number }[];
  /** The worker that ran it. */
  worker: string;
}

/** One harness a worker serves. */
export interface AdvertisedHarness {
  id: string;
  version?: string;
  endpoint?: string;
  simulated?: boolean;
  models: ModelInfo[];
}

/** A worker's advertisement: what it serves, refreshed while it lives. */
export interface WorkerAdvert {
  id: string;
  host: string;
  pid: number;
  concurrency: number;
  harnesses: AdvertisedHarness[];
  seenAt: number;
}

/** Why a worker serves nothing. */
export interface WorkerProblem {
  id: string;
  host: string;
  reason: string;
  seenAt: number;
}
