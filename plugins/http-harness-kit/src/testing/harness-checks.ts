// Small checks every harness test file repeats: the typed failure a promise rejects with, a port where
// nothing listens, the lines of a transcript artifact, and servers and item contexts closed together.
import { createServer } from "node:net";
import type { Failure, Generation } from "@benchloop/core";
import { readItemFailure } from "@benchloop/core";
import { createTestItemContext, type TestItemContext } from "./item-context.js";

/** The typed failure a promise rejects with (and its details), or throws when it is not one. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<Omit<Failure, "stage"> & { details: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const failure = readItemFailure(error);
  if (!failure) throw new Error(`expected a typed item failure, got ${String(error)}`);
  return { ...failure, details: (error as { details: Record<string, unknown> }).details };
}

/** `type:status:retryable` of a typed failure, else the error's text (for sets of outcomes). */
export function failureKey(error: unknown): string {
  const failure = readItemFailure(error);
  return failure ? `${failure.type}:${failure.status ?? "-"}:${failure.retryable}` : String(error);
}

/** A port on 127.0.0.1 where nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The raw lines of a generation's transcript artifact. */
export async function transcriptLines(
  ctx: TestItemContext,
  generation: Pick<Generation, "transcript">,
): Promise<string[]> {
  return (await ctx.readArtifact(generation.transcript ?? "")).trim().split("\n");
}

/** Item contexts and servers a test file opens, closed together after each test or at the end. */
export interface TestResources {
  /** A new item context, removed by `cleanupContexts`. */
  itemContext(options?: Parameters<typeof createTestItemContext>[0]): Promise<TestItemContext>;
  /** Keeps a server (anything with `close`) to close in `closeServers`; returns it. */
  keep<T extends { close(): Promise<void> }>(server: T): T;
  cleanupContexts(): Promise<void>;
  closeServers(): Promise<void>;
}

/** Creates the resources of one test file. */
export function createTestResources(): TestResources {
  const contexts: TestItemContext[] = [];
  const servers: { close(): Promise<void> }[] = [];
  return {
    async itemContext(options = {}) {
      const ctx = await createTestItemContext(options);
      contexts.push(ctx);
      return ctx;
    },
    keep(server) {
      servers.push(server);
      return server;
    },
    async cleanupContexts() {
      await Promise.all(contexts.splice(0).map((ctx) => ctx.cleanup()));
    },
    async closeServers() {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    },
  };
}
