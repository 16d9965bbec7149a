// The JSON API the pages call (and scripts may, with the token header): launch, plan preview, stop,
// resume, the live event stream, apply and rollback. Every body is checked with a zod schema first;
// launches with core's LaunchRequestSchema, made of the config's own field schemas.
import {
  argumentInvalid,
  LaunchRequestSchema,
  launchFilters,
  launchFlags,
  launchOverrides,
  previewPlan,
  renderPlanSummary,
  validateDevCycleRequest,
  withDemoServer,
  z,
} from "@benchloop/core";
import type { Context, Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { toApiError } from "./errors.js";
import type { LiveMessage } from "./live-job.js";
import { applyRunPromotion, rollbackByName } from "./promotion-actions.js";
import { listRunHeaders } from "./results.js";
import type { ServerState } from "./server-state.js";

const ApplyBodySchema = z
  .object({
    runId: z.string().min(1),
    force: z.boolean().default(false),
    allowSimulated: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .strict();
const RollbackBodySchema = z
  .object({
    checkpoint: z.string().min(1),
    force: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .strict();
const ResumeBodySchema = z.object({ runId: z.string().min(1) }).strict();
const EmptyBodySchema = z.object({}).strict();

/** Reads and checks a JSON body; a malformed one is an ARGUMENT_INVALID-like 400. */
async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const json: unknown = await c.req.json().catch(() => undefined);
  const parsed = schema.safeParse(json ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
  throw argumentInvalid(
    "request body",
    `is invalid: ${issues.join("; ")}`,
    "Send the fields the form sends.",
  );
}

async function answer(c: Context, work: () => Promise<unknown>, status: 200 | 202 = 200) {
  try {
    return c.json((await work()) as object, status);
  } catch (error) {
    const { status: code, body: payload } = toApiError(error);
    return c.json(payload, code);
  }
}

/** Adds the API routes to `app`. */
export function addApiRoutes(app: Hono, state: ServerState): void {
  app.get("/api/runs", (c) => answer(c, () => listRunHeaders(state.resultsDir)));

  app.post("/api/plan", (c) =>
    answer(c, async () => {
      const request = await body(c, LaunchRequestSchema);
      validateDevCycleRequest(launchFlags(request));
      return withDemoServer(
        () => state.host.loadDemoSimulator(),
        launchFlags(request),
        async (demo) => {
          const ctx = await state.host.loadContext({
            overrides: launchOverrides(request, demo),
            ...(demo ? { agentOllamaUrl: demo.url } : {}),
            agentsAsked: request.harnesses ?? [],
            kinds: ["harness", "test-source", "scorer"],
          });
          try {
            const preview = await previewPlan({
              config: ctx.config,
              registry: ctx.registry,
              scope: ctx.scope,
              cwd: ctx.cwd,
              logger: ctx.logger,
              writtenConfig: ctx.loaded.written,
              filters: launchFilters(request),
              plugins: ctx.plugins,
            });
            return {
              items: preview.json.items,
              estimateMs: preview.json.estimateMs,
              text: renderPlanSummary(preview.plan, preview.estimate),
            };
          } finally {
            await ctx.scope.dispose();
          }
        },
      );
    }),
  );

  app.post("/api/launch", (c) =>
    answer(
      c,
      async () => {
        const request = await body(c, LaunchRequestSchema);
        validateDevCycleRequest(launchFlags(request));
        const job = state.launcher.start(request, state.legacyRoots);
        return { jobId: job.state.jobId, location: "/live" };
      },
      202,
    ),
  );

  app.post("/api/resume", (c) =>
    answer(
      c,
      async () => {
        const { runId } = await body(c, ResumeBodySchema);
        const job = state.launcher.resume(runId);
        return { jobId: job.state.jobId, location: "/live" };
      },
      202,
    ),
  );

  app.post("/api/stop", (c) =>
    answer(c, async () => {
      await body(c, EmptyBodySchema);
      return { stopped: state.launcher.stop() };
    }),
  );

  app.get("/api/state", (c) => c.json({ state: state.launcher.job?.state ?? null }));

  app.get("/api/live", (c) =>
    streamSSE(c, async (stream) => {
      let job = state.launcher.job;
      if (!job) {
        // Nothing runs yet: say so, and keep the stream open for the next job, so a page opened before a
        // run shows its items as they end.
        await stream.writeSSE({ event: "idle", data: "{}" });
        const aborted = new Promise<undefined>((resolve) => stream.onAbort(() => resolve(undefined)));
        job = await Promise.race([state.launcher.nextJob(), aborted]);
        if (!job) return;
      }
      const queue: LiveMessage[] = [{ type: "state", state: job.state }];
      let wake: (() => void) | undefined;
      const unsubscribe = job.subscribe((message) => {
        queue.push(message);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      try {
        while (!stream.aborted) {
          while (queue.length > 0) {
            const message = queue.shift()!;
            await stream.writeSSE({ event: message.type, data: JSON.stringify(message) });
          }
          if (["completed", "interrupted", "failed"].includes(job.state.phase)) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
        }
      } finally {
        unsubscribe();
      }
    }),
  );

  app.post("/api/apply", (c) =>
    answer(c, async () => {
      const { runId, ...options } = await body(c, ApplyBodySchema);
      return applyRunPromotion(state, runId, options);
    }),
  );

  app.post("/api/rollback", (c) =>
    answer(c, async () => {
      const { checkpoint, ...options } = await body(c, RollbackBodySchema);
      return rollbackByName(state, checkpoint, options);
    }),
  );
}
