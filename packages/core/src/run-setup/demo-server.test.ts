// The demo server's lifecycle with a simulator that listens on real loopback sockets (node:http): the
// stable port first, a free one when it is taken, the recorded address on resume, and always closed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  type DemoSimulator,
  restartDemoServer,
  type SimulatorOptions,
  withDemoServer,
} from "./demo-server.js";
import { DEMO_LATENCY_SCALE } from "./run-setup-flags.js";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Listens on `port` of loopback (0: a free one); rejects with the listen error. */
function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((_req, res) => res.end("ok"));
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

/** A simulator whose servers are plain HTTP servers; it records the options it was started with. */
function httpSimulator(started: SimulatorOptions<string>[], legacyAsked: (string[] | undefined)[]) {
  return {
    async start(options) {
      started.push(options);
      const server = await listen(options.port ?? 0);
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
    async answers(legacyRoots) {
      legacyAsked.push(legacyRoots);
      return ["answer"];
    },
  } satisfies DemoSimulator<string>;
}

describe("withDemoServer", () => {
  it("loads no simulator without --demo", async () => {
    const loaded: boolean[] = [];
    const result = await withDemoServer(
      async () => {
        loaded.push(true);
        return httpSimulator([], []);
      },
      {},
      async (demo) => demo,
    );
    expect(result).toBeUndefined();
    expect(loaded).toEqual([]);
  });

  it("serves the demo with the answer book and the legacy roots, and stops it after the body", async () => {
    const started: SimulatorOptions<string>[] = [];
    const legacy: (string[] | undefined)[] = [];
    const url = await withDemoServer(
      async () => httpSimulator(started, legacy),
      { demo: true, legacyRoots: ["old"] },
      async (demo) => {
        expect(await (await fetch(demo!.url)).text()).toBe("ok");
        return demo!.url;
      },
    );
    expect(started[0]).toMatchObject({ latencyScale: DEMO_LATENCY_SCALE, answers: ["answer"] });
    expect(legacy).toEqual([["old"]]);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe("restartDemoServer", () => {
  it("listens at the address the run recorded, and says so when it is taken", async () => {
    const taken = await listen(0);
    servers.push(taken);
    const { port } = taken.address() as AddressInfo;
    const marker = { schemaVersion: 1 as const, url: `http://127.0.0.1:${port}` };
    const error = await restartDemoServer(httpSimulator([], []), "run-1", marker).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /run run-1 is a demo whose simulator listened at .* taken now \(EADDRINUSE\)/,
    );
    await new Promise((resolve) => taken.close(resolve));
    const started: SimulatorOptions<string>[] = [];
    const server = await restartDemoServer(httpSimulator(started, []), "run-1", marker);
    expect(server.url).toBe(marker.url);
    expect(started[0]).toMatchObject({ host: "127.0.0.1", port });
    await server.close();
  });
});
