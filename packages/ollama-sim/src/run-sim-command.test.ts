import { Ollama } from "ollama";
import { describe, expect, it } from "vitest";
import { runSimCommand } from "./index.js";

describe("runSimCommand", () => {
  it("prints the URL and the models, serves until the signal stops it, then says so", async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    let announce: (url: string) => void = () => {};
    const listening = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const running = runSimCommand({
      port: 0,
      latencyScale: 0,
      answers: [{ prompt: "ping", answer: "pong" }],
      signal: stop.signal,
      print: (line) => {
        lines.push(line);
        const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
        if (url) announce(url);
      },
    });
    const url = await listening;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ollama = new Ollama({ host: url });
    expect((await ollama.generate({ model: "sim/oracle", prompt: "ping" })).response).toBe("pong");
    stop.abort();
    await running;
    expect(lines.join("\n")).toContain("sim/oracle:latest");
    expect(lines.join("\n")).toContain("sim/flaky:latest");
    expect(lines.at(-1)).toBe("ollama-sim stopped");
    await expect(ollama.list()).rejects.toThrow("fetch failed");
  });
});

describe("selectSimModels (--models)", () => {
  it("serves only the named models, with or without their tag, in catalog order", async () => {
    const { selectSimModels } = await import("./run-sim-command.js");
    expect(selectSimModels(["sim/sloppy:latest", "sim/oracle"]).map((m) => m.name)).toEqual([
      "sim/oracle:latest",
      "sim/sloppy:latest",
    ]);
    expect(selectSimModels([]).length).toBeGreaterThan(2);
    expect(() => selectSimModels(["sim/nope"])).toThrow(
      /unknown simulated model sim\/nope:latest; the simulator has sim\/oracle/,
    );
  });

  it("a simulator started with models lists and answers only those", async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    let announce: (url: string) => void = () => {};
    const listening = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const running = runSimCommand({
      port: 0,
      latencyScale: 0,
      models: ["sim/oracle"],
      answers: [{ prompt: "ping", answer: "pong" }],
      signal: stop.signal,
      print: (line) => {
        lines.push(line);
        const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
        if (url) announce(url);
      },
    });
    const ollama = new Ollama({ host: await listening });
    expect((await ollama.list()).models.map((m) => m.name)).toEqual(["sim/oracle:latest"]);
    await expect(ollama.generate({ model: "sim/sloppy", prompt: "ping" })).rejects.toThrow(/not found/);
    stop.abort();
    await running;
    expect(lines.join("\n")).not.toContain("sim/sloppy");
  });
});
