// The server's API over real HTTP (node:http, so Host and Origin can be set as an attacker would): the
// token, Host and Origin rules, body validation, a demo run launched and finished through the API with
// the same run folder as the CLI's, its report, and apply refusals with the CLI's reasons.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveState } from "./live-job.js";
import { startServer, type WebServer } from "./server.js";
import { makeTestProject } from "./testing/test-host.js";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let project: Awaited<ReturnType<typeof makeTestProject>>;
let server: WebServer;

function send(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Reply> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: pathname,
        method: options.method ?? "GET",
        headers: {
          host: `127.0.0.1:${server.port}`,
          ...(body ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A same-origin request from the app's own page (cookie + Origin). */
function fromPage(pathname: string, body?: unknown, method = body === undefined ? "GET" : "POST") {
  return send(pathname, {
    method,
    body,
    headers: {
      cookie: `benchloop_token_${server.port}=${server.token}`,
      origin: `http://127.0.0.1:${server.port}`,
    },
  });
}

/** Opens the live stream as the app's page does; `text` grows as events arrive, `ended` when it closes. */
function openLiveStream(): Promise<{ text: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: "/api/live",
        headers: {
          host: `127.0.0.1:${server.port}`,
          cookie: `benchloop_token_${server.port}=${server.token}`,
          accept: "text/event-stream",
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        const ended = new Promise<void>((done) => res.on("end", () => done()));
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        resolve({ text: () => text, ended });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

async function waitForEnd(): Promise<LiveState> {
  for (;;) {
    const { state } = JSON.parse((await fromPage("/api/state")).body) as { state: LiveState };
    if (["completed", "interrupted", "failed"].includes(state.phase)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  project = await makeTestProject();
  server = await startServer(project.host, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await project?.remove();
});

describe("the guard", () => {
  it("refuses a request without the token, and a wrong token", async () => {
    const none = await send("/");
    expect(none.status).toBe(401);
    expect(none.body).toContain("no valid access token");
    expect((await send(`/?session=${server.token.slice(1)}x`)).status).toBe(401);
    expect((await send("/api/runs", { headers: { "x-benchloop-token": "nope" } })).status).toBe(401);
  });

  it("turns the token of the printed URL into an HttpOnly, SameSite=Strict cookie and drops it from the URL", async () => {
    const first = await send(`/launch?session=${server.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe("/launch");
    const cookie = String(first.headers["set-cookie"]);
    expect(cookie).toContain(`benchloop_token_${server.port}=${server.token}`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    const page = await fromPage("/");
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
  });

  it("refuses a Host it does not answer to (DNS rebinding), even with the token", async () => {
    const reply = await send("/api/runs", {
      headers: { host: `rebound.example:${server.port}`, "x-benchloop-token": server.token },
    });
    expect(reply.status).toBe(421);
  });

  it("refuses another origin's request to start a run, and starts nothing", async () => {
    const reply = await send("/api/launch", {
      method: "POST",
      body: { kind: "run", demo: true },
      headers: { cookie: `benchloop_token_${server.port}=${server.token}`, origin: "http://evil.example" },
    });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toContain("http://evil.example");
    expect(JSON.parse((await fromPage("/api/state")).body).state).toBeNull();
  });

  it("refuses a change with the cookie but no Origin, and one that is not JSON", async () => {
    const noOrigin = await send("/api/stop", {
      method: "POST",
      body: {},
      headers: { cookie: `benchloop_token_${server.port}=${server.token}` },
    });
    expect(noOrigin.status).toBe(403);
    const form = await send("/api/stop", {
      method: "POST",
      headers: {
        cookie: `benchloop_token_${server.port}=${server.token}`,
        origin: `http://127.0.0.1:${server.port}`,
        "content-type": "application/x-www-form-urlencoded",
      },
    });
    expect(form.status).toBe(415);
  });
});

describe("the API", () => {
  it("checks launch bodies with the config's schemas and names the field", async () => {
    const reply = await fromPage("/api/launch", { kind: "run", demo: true, repeats: 0 });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toContain("repeats");
    const unknown = await fromPage("/api/launch", { kind: "run", target: "file:/etc/passwd" });
    expect(unknown.status).toBe(400);
    const root = await fromPage("/api/launch", { kind: "run", demo: true, legacyRoots: ["/etc"] });
    expect(root.status).toBe(400);
    expect(JSON.parse(root.body).error.message).toContain("not one of the config's legacy roots");
  });

  it("reads nothing by path: run ids and checkpoint names only", async () => {
    expect((await fromPage("/runs/..%2F..%2Fetc")).status).toBe(400);
    expect((await fromPage("/compare?a=../x&b=../y")).status).toBe(400);
    const rollback = await fromPage("/api/rollback", { checkpoint: "../../tool.json" });
    expect(rollback.status).toBe(400);
  });

  it("previews a demo plan with its counts", { timeout: 120_000 }, async () => {
    const reply = await fromPage("/api/plan", {
      kind: "run",
      demo: true,
      suites: ["coding"],
      models: ["sim/oracle:latest"],
    });
    expect(reply.status).toBe(200);
    const plan = JSON.parse(reply.body) as { items: number; text: string };
    expect(plan.items).toBeGreaterThan(0);
    expect(plan.text).toContain(String(plan.items));
  });

  it("runs a demo launched through the API into the results folder, as the CLI would, with its report", {
    timeout: 240_000,
  }, async () => {
    // A live page opened before the run: told nothing runs, then sent the run's items on the same stream.
    const live = await openLiveStream();
    while (!live.text().includes("event: idle")) await new Promise((resolve) => setTimeout(resolve, 20));
    const reply = await fromPage("/api/launch", {
      kind: "run",
      demo: true,
      models: ["sim/oracle:latest"],
      suites: ["coding"],
      passTypes: ["informed"],
    });
    expect(reply.status).toBe(202);
    const state = await waitForEnd();
    expect(state.phase).toBe("completed");
    expect(state.done).toBe(state.total);
    await live.ended;
    expect(live.text().match(/^event: item$/gm)?.length).toBe(state.total);
    const dir = path.join(project.dir, "results", state.runId!);
    const run = JSON.parse(await readFile(path.join(dir, "run.json"), "utf8"));
    expect(run.simulated).toBe(true);
    expect(run.items).toHaveLength(state.total);
    expect(existsSync(path.join(dir, "items.jsonl"))).toBe(true);
    expect(existsSync(path.join(dir, "demo.json"))).toBe(true);
    const report = await fromPage(`/runs/${state.runId}`);
    expect(report.status).toBe(200);
    expect(report.body).toContain(state.runId);
    expect(report.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const runs = JSON.parse((await fromPage("/api/runs")).body) as { runId: string; models: string[] }[];
    expect(runs[0]).toMatchObject({ runId: state.runId, models: ["sim/oracle:latest"] });
  });

  it("stops a run like Ctrl-C (recorded as interrupted) and resumes it in the same folder", {
    timeout: 240_000,
  }, async () => {
    const reply = await fromPage("/api/launch", {
      kind: "run",
      demo: true,
      models: ["sim/sloppy:latest"],
      suites: ["coding"],
      concurrency: 1,
    });
    expect(reply.status).toBe(202);
    let running: LiveState;
    for (;;) {
      running = (JSON.parse((await fromPage("/api/state")).body) as { state: LiveState }).state;
      if (running.done >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The report of a run still going: its plan and the items its journal holds so far.
    const live = await fromPage(`/runs/${running.runId}`);
    expect(live.status).toBe(200);
    expect(live.body).toContain(running.runId);
    expect(JSON.parse((await fromPage("/api/stop", {})).body)).toEqual({ stopped: true });
    const stopped = await waitForEnd();
    expect(stopped.phase).toBe("interrupted");
    const runFile = path.join(project.dir, "results", stopped.runId!, "run.json");
    expect(JSON.parse(await readFile(runFile, "utf8")).status).toBe("interrupted");
    expect((await fromPage("/api/resume", { runId: stopped.runId })).status).toBe(202);
    const resumed = await waitForEnd();
    expect(resumed).toMatchObject({ phase: "completed", runId: stopped.runId, kind: "resume", demo: true });
    expect(JSON.parse(await readFile(runFile, "utf8")).status).toBe("completed");
  });

  it("compares two runs with the CLI's table and verdicts, and draws the trends of both", async () => {
    const runs = JSON.parse((await fromPage("/api/runs")).body) as { runId: string }[];
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const compare = await fromPage(`/compare?a=${runs[1]!.runId}&b=${runs[0]!.runId}`);
    expect(compare.status).toBe(200);
    expect(compare.body).toContain(`Compare A ${runs[1]!.runId}`);
    expect(compare.body).toMatch(/no regression beyond noise|regressed beyond noise/);
    const trends = await fromPage("/trends");
    expect(trends.status).toBe(200);
    expect(trends.body).toContain("sim/oracle:latest <small>on coding</small>");
    expect((trends.body.match(/<svg class="trend"/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const launch = await fromPage("/launch");
    expect(launch.status).toBe(200);
    expect(launch.body).toContain('value="coding"');
    expect(launch.body).toContain('value="sim/oracle:latest"');
  });

  it("refuses to apply a run without a gate with the CLI's message", async () => {
    const runs = JSON.parse((await fromPage("/api/runs")).body) as { runId: string }[];
    const reply = await fromPage("/api/apply", { runId: runs[0]!.runId });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/dev-cycle-summary\.json|gate\.json/);
  });
});
