// Best-effort resource sampling while a run goes: RSS of processes components report (from /proc),
// system memory in use, VRAM from harnesses (e.g. Ollama /api/ps size_vram) and nvidia-smi when present.
// Each item gets the peaks seen while it ran. Sampling never blocks an item and never fails a run.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import type { ItemResources } from "../results/item-result.js";

/** Default sampling interval. */
export const DEFAULT_SAMPLE_INTERVAL_MS = 1_000;

/** Something that can tell how much VRAM is in use (a harness's `sampleResources`). */
export type VramSource = () => Promise<{ vramBytes?: number }>;

/** Options of {@link createResourceSampler}. */
export interface ResourceSamplerOptions {
  intervalMs?: number;
  /** VRAM sources, typically one per harness that implements `sampleResources`. */
  vramSources?: readonly VramSource[];
  /** Query nvidia-smi when it is installed (default true). */
  nvidiaSmi?: boolean;
}

/** Tracks the peaks of one item. */
export interface ItemResourceTracker {
  /** Adds a process of the item (a child a harness started) to sample. */
  reportProcess(pid: number): void;
  /** Stops tracking; returns the peaks seen, or undefined when nothing was measured. */
  end(): ItemResources | undefined;
}

/** The sampler of one run. */
export interface ResourceSampler {
  start(): void;
  stop(): void;
  begin(): ItemResourceTracker;
}

interface Peaks {
  pids: Set<number>;
  rss?: number;
  vram?: number;
  system?: number;
}

/** Reads a process's resident set size from /proc (Linux), or undefined. */
export function readProcessRss(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function queryNvidiaSmi(): Promise<number | undefined | "missing"> {
  return new Promise((resolve) => {
    execFile(
      "nvidia-smi",
      ["--query-gpu=memory.used", "--format=csv,noheader,nounits"],
      { timeout: 5_000, windowsHide: true },
      (error, stdout) => {
        if (error) return resolve((error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : undefined);
        const mib = stdout
          .split("\n")
          .map((line) => Number(line.trim()))
          .filter((n) => Number.isFinite(n) && n > 0);
        resolve(mib.length > 0 ? mib.reduce((a, b) => a + b, 0) * 1024 * 1024 : undefined);
      },
    );
  });
}

const max = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Creates a sampler; nothing runs until `start`. */
export function createResourceSampler(options: ResourceSamplerOptions = {}): ResourceSampler {
  const active = new Set<Peaks>();
  let lastSystem: number | undefined;
  let lastVram: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let firstVram: NodeJS.Immediate | undefined;
  let vramPending = false;
  let smi = options.nvidiaSmi !== false;

  const sampleVram = async () => {
    if (vramPending) return;
    vramPending = true;
    try {
      let harnessVram: number | undefined;
      for (const source of options.vramSources ?? []) {
        const sample = await source().catch(() => undefined);
        if (sample?.vramBytes !== undefined) harnessVram = (harnessVram ?? 0) + sample.vramBytes;
      }
      let gpu: number | undefined;
      if (smi) {
        const answer = await queryNvidiaSmi();
        if (answer === "missing") smi = false;
        else gpu = answer;
      }
      const vram = max(harnessVram, gpu);
      if (vram !== undefined) {
        lastVram = vram;
        for (const peaks of active) peaks.vram = max(peaks.vram, vram);
      }
    } finally {
      vramPending = false;
    }
  };

  const tick = (vram = true) => {
    try {
      lastSystem = os.totalmem() - os.freemem();
      for (const peaks of active) {
        peaks.system = max(peaks.system, lastSystem);
        let rss: number | undefined;
        for (const pid of peaks.pids) {
          const value = readProcessRss(pid);
          if (value === undefined) peaks.pids.delete(pid);
          else rss = (rss ?? 0) + value;
        }
        peaks.rss = max(peaks.rss, rss);
      }
      if (vram) void sampleVram().catch(() => undefined);
    } catch {
      // Sampling is best effort.
    }
  };

  return {
    start() {
      if (timer) return;
      // The first VRAM sample (an HTTP request, a process) waits one turn of the event loop, so the
      // run's first request to the model goes out before it.
      tick(false);
      firstVram = setImmediate(() => void sampleVram().catch(() => undefined));
      firstVram.unref();
      timer = setInterval(tick, options.intervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      if (firstVram) clearImmediate(firstVram);
      timer = undefined;
      firstVram = undefined;
      active.clear();
    },
    begin() {
      const peaks: Peaks = { pids: new Set(), system: lastSystem, vram: lastVram };
      active.add(peaks);
      return {
        reportProcess(pid) {
          if (!Number.isInteger(pid) || pid <= 0) return;
          peaks.pids.add(pid);
          peaks.rss = max(peaks.rss, readProcessRss(pid));
        },
        end() {
          active.delete(peaks);
          const resources: ItemResources = {};
          if (peaks.rss !== undefined) resources.peakRssBytes = peaks.rss;
          if (peaks.vram !== undefined) resources.peakVramBytes = peaks.vram;
          if (peaks.system !== undefined) resources.peakSystemMemoryUsedBytes = peaks.system;
          return Object.keys(resources).length > 0 ? resources : undefined;
        },
      };
    },
  };
}
