// The pages: runs, a run's report, compare, launch, live, gate, trends, apply & rollback. Each reads
// through core (and the registry for the report, the gate document and the launch choices).
import {
  compareRuns,
  type InstalledModel,
  listInstalledModels,
  listInstalledSuites,
  resolveApplySettings,
  toBenchloopError,
} from "@benchloop/core";
import type { Context, Hono } from "hono";
import { toApiError } from "./errors.js";
import { html } from "./html.js";
import { comparePage } from "./pages/compare-page.js";
import { gatePage } from "./pages/gate-page.js";
import { launchPage } from "./pages/launch-page.js";
import { errorBox, page } from "./pages/layout.js";
import { livePage } from "./pages/live-page.js";
import { type PromoteDetail, promotePage } from "./pages/promote-page.js";
import { runsPage } from "./pages/runs-page.js";
import { trendsPage } from "./pages/trends-page.js";
import { applyRunPromotion, listCheckpoints, rollbackByName } from "./promotion-actions.js";
import { gateDocument, renderRunReport, withBackLink } from "./report.js";
import { listRunHeaders, readGateFiles, readRunById, readRunSoFar } from "./results.js";
import type { ServerState } from "./server-state.js";
import { buildTrends } from "./trends.js";

/** The report's own Content-Security-Policy (a meta tag) governs it; the header adds framing rules. */
const REPORT_CSP = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

async function render(c: Context, work: () => Promise<string>) {
  try {
    return c.html(await work());
  } catch (error) {
    const { status } = toApiError(error);
    const e = toBenchloopError(error);
    return c.html(page("Error", "", errorBox(e.message, e.hint)), status);
  }
}

function errorOf(error: unknown) {
  const e = toBenchloopError(error);
  return { message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
}

/** Adds the page routes to `app`. */
export function addPageRoutes(app: Hono, state: ServerState): void {
  app.get("/", (c) =>
    render(c, async () => runsPage(await listRunHeaders(state.resultsDir), state.resultsDir)),
  );

  app.get("/runs/:id", async (c) => {
    const response = await render(c, async () => {
      const run = await readRunSoFar(state.resultsDir, c.req.param("id"));
      const { report } = await readGateFiles(state.resultsDir, run.runId);
      return withBackLink(await renderRunReport(state, [run], report));
    });
    if (response.status === 200) response.headers.set("content-security-policy", REPORT_CSP);
    return response;
  });

  app.get("/report", async (c) => {
    const response = await render(c, async () => {
      const ids = (c.req.query("runs") ?? "").split(",").filter(Boolean).slice(0, 2);
      const inputs = await Promise.all(ids.map((id) => readRunById(state.resultsDir, id)));
      return withBackLink(
        await renderRunReport(
          state,
          inputs.map((input) => input.run),
        ),
      );
    });
    if (response.status === 200) response.headers.set("content-security-policy", REPORT_CSP);
    return response;
  });

  app.get("/compare", (c) =>
    render(c, async () => {
      const a = await readRunById(state.resultsDir, c.req.query("a") ?? "");
      const b = await readRunById(state.resultsDir, c.req.query("b") ?? "");
      return comparePage(a.run.runId, b.run.runId, compareRuns(a, b));
    }),
  );

  app.get("/runs/:id/gate", (c) =>
    render(c, async () => {
      const runId = c.req.param("id");
      const { report, summary } = await readGateFiles(state.resultsDir, runId);
      if (!report)
        return page(
          "Gate",
          "/gate",
          errorBox(`Run ${runId} has no gate.json.`, "Start a dev-cycle, or run `benchloop gate <run>`."),
        );
      return gatePage(runId, report, summary, await gateDocument(state, report));
    }),
  );

  app.get("/gate", async (c) => {
    const gated = (await listRunHeaders(state.resultsDir)).find((r) => r.hasGate);
    if (gated) return c.redirect(`/runs/${gated.runId}/gate`, 303);
    return c.html(
      page("Gate", "/gate", html`<p>No run has a gate yet. <a href="/launch">Launch a dev-cycle</a>.</p>`),
    );
  });

  app.get("/launch", (c) =>
    render(c, async () => {
      const ctx = await state.host.loadContext({
        kinds: ["harness", "test-source"],
        validatePluginConfig: false,
        agentsAsked: [],
      });
      try {
        const [models, suites] = await Promise.all([
          listInstalledModels(ctx).catch((): InstalledModel[] => []),
          listInstalledSuites(ctx).catch(() => []),
        ]);
        return launchPage({
          models,
          harnesses: ctx.registry.list("harness").map((h) => h.id),
          suites,
          legacyRoots: state.legacyRoots,
          repeats: ctx.config.repeats,
          concurrency: ctx.config.concurrency,
          ...(models.length
            ? {}
            : {
                modelNote:
                  "No configured server listed a model (is Ollama running?). A demo brings its own scripted models.",
              }),
        });
      } finally {
        await ctx.scope.dispose();
      }
    }),
  );

  app.get("/live", (c) => c.html(livePage(state.launcher.job?.state)));

  app.get("/trends", (c) =>
    render(c, async () =>
      trendsPage(await buildTrends(state.resultsDir, await listRunHeaders(state.resultsDir))),
    ),
  );

  app.get("/promote", (c) =>
    render(c, async () => {
      const headers = await listRunHeaders(state.resultsDir);
      const gated = headers.filter((h) => h.hasGate);
      const checkpoints = await listCheckpoints(state);
      const ctx = await state.reader();
      let target: string | undefined;
      try {
        target = resolveApplySettings(ctx, {}, "apply").target;
      } catch {
        target = undefined;
      }
      const runId = c.req.query("run");
      const name = c.req.query("checkpoint");
      let detail: PromoteDetail | undefined;
      if (runId && target)
        detail = await applyRunPromotion(state, runId, {
          dryRun: true,
          allowSimulated: true,
          force: true,
        }).then(
          (preview) => ({ kind: "apply" as const, runId, preview }),
          (error: unknown) => ({ kind: "apply" as const, runId, error: errorOf(error) }),
        );
      else if (name && target)
        detail = await rollbackByName(state, name, { dryRun: true, force: true }).then(
          (preview) => ({ kind: "rollback" as const, name, preview }),
          (error: unknown) => ({ kind: "rollback" as const, name, error: errorOf(error) }),
        );
      return promotePage(gated, checkpoints, target, detail);
    }),
  );
}
