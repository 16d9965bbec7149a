// Public surface of @benchloop/executor-bullmq: the plugin registering the `bullmq` executor. BullMQ and
// ioredis load only when a run opens the executor or a worker starts, so `benchloop run` without
// `--queue` never pays for them.
import { definePlugin, type ExecutorProvider } from "@benchloop/core";

/** The `bullmq` executor: `open` gives a run's coordinator, `serve` runs a worker. */
export function createBullmqProvider(): ExecutorProvider {
  return {
    async open(input, ctx) {
      const { openCoordinator } = await import("./coordinator.js");
      return openCoordinator(input, ctx);
    },
    async serve(input, ctx) {
      const { serveQueue } = await import("./worker.js");
      return serveQueue(input, ctx);
    },
  };
}

/** The plugin registering the `bullmq` executor. */
export const bullmqExecutorPlugin = definePlugin({
  name: "@benchloop/executor-bullmq",
  apiVersion: "^1",
  register(r) {
    r.executor("bullmq", () => createBullmqProvider(), {
      schemes: ["redis", "rediss"],
      description: "Spreads a run over workers (one beside each model server) on BullMQ and Redis.",
    });
  },
});

export default bullmqExecutorPlugin;
export { redactRedisUrl } from "./redis-url.js";
