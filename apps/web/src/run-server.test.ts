// `benchloop serve`'s start and stop: the port flag is checked, the banner gives the token URL, a
// start on every interface prints the warning, and the server stops when told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePort, runServer } from "./run-server.js";
import { makeTestProject } from "./testing/test-host.js";

let project: Awaited<ReturnType<typeof makeTestProject>>;
beforeAll(async () => {
  project = await makeTestProject();
});
afterAll(() => project?.remove());

describe("parsePort", () => {
  it("takes 0–65535 and refuses anything else, naming the flag", () => {
    expect(parsePort("7420")).toBe(7420);
    expect(parsePort("0")).toBe(0);
    for (const bad of ["-1", "65536", "80.5", "http", ""])
      expect(() => parsePort(bad)).toThrow(/--port|not a port/);
  });
});

describe("runServer", () => {
  async function serve(host: string) {
    const out: string[] = [];
    const err: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const done = runServer(project.host, {
      port: "0",
      host,
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      until,
    });
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const url = /Open (\S+)/.exec(out.join(""))![1]!;
    const reply = await fetch(url, { redirect: "manual" });
    stop();
    await done;
    return { out: out.join(""), err: err.join(""), url, status: reply.status };
  }

  it("prints the token URL on loopback, answers it, and stops when told", async () => {
    const run = await serve("127.0.0.1");
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?session=[\w-]{32}$/);
    expect(run.status).toBe(303);
    expect(run.err).not.toContain("warning");
    await expect(fetch(run.url)).rejects.toThrow();
  });

  it("warns when listening on every interface", async () => {
    const run = await serve("0.0.0.0");
    expect(run.err).toContain("warning: listening on 0.0.0.0");
    expect(run.status).toBe(303);
  });
});
