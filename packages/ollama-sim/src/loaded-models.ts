// Which models are in memory (what `/api/ps` lists): loading once per model and context size,
// expiring after `keep_alive`, and unloading on `keep_alive: 0` once no generation uses the model.

import { setTimeout as sleep } from "node:timers/promises";
import type { SimModel } from "./catalog.js";

/** A model in memory. */
export interface LoadedModel {
  model: SimModel;
  /** Context size the model was loaded with (`/api/ps` `context_length`). */
  numCtx: number;
  /** When it unloads, in epoch milliseconds (`Infinity` for never). */
  expiresAt: number;
}

/** The loaded-model table of one simulator. */
export class LoadedModels {
  readonly #loaded = new Map<string, LoadedModel>();
  readonly #loading = new Map<string, { numCtx: number; done: Promise<void> }>();
  readonly #isBusy: (modelName: string) => boolean;
  #loads = 0;

  constructor(isBusy: (modelName: string) => boolean) {
    this.#isBusy = isBusy;
  }

  /** How many times a model was loaded. */
  get loads(): number {
    return this.#loads;
  }

  /** The models in memory now, expired ones removed. */
  list(now: number): LoadedModel[] {
    this.#purge(now);
    return [...this.#loaded.values()];
  }

  /**
   * Makes sure the model is loaded with this context size, loading (or reloading) it when not.
   * Resolves true when this request had to wait for a load; `waitMs` is the real time a load takes.
   */
  async ensure(model: SimModel, numCtx: number, waitMs: number, now: number): Promise<boolean> {
    this.#purge(now);
    if (this.#loaded.get(model.name)?.numCtx === numCtx) return false;
    const pending = this.#loading.get(model.name);
    if (pending?.numCtx === numCtx) {
      await pending.done;
      return true;
    }
    this.#loads++;
    const done = (waitMs > 0 ? sleep(waitMs, undefined, { ref: false }) : Promise.resolve()).then(() => {
      this.#loaded.set(model.name, { model, numCtx, expiresAt: Date.now() + 5 * 60 * 1000 });
      this.#loading.delete(model.name);
    });
    this.#loading.set(model.name, { numCtx, done });
    await done;
    return true;
  }

  /** Sets when the model unloads; 0 unloads it now unless a generation still uses it. */
  keepFor(modelName: string, keepAliveMs: number, now: number): void {
    const entry = this.#loaded.get(modelName);
    if (!entry) return;
    entry.expiresAt = now + keepAliveMs;
    this.#purge(now);
  }

  /** Unloads a model now (unless busy, then as soon as it is idle). Returns whether it was loaded. */
  unload(modelName: string, now: number): boolean {
    const entry = this.#loaded.get(modelName);
    if (!entry) return false;
    entry.expiresAt = now;
    this.#purge(now);
    return true;
  }

  #purge(now: number): void {
    for (const [name, entry] of this.#loaded) {
      if (entry.expiresAt <= now && !this.#isBusy(name)) this.#loaded.delete(name);
    }
  }
}
