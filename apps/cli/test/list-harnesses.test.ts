// `benchloop list harnesses` tells why each unavailable harness is unavailable, in full, on any width,
// and `--json` gives the same as data.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.js";

let cwd: string;
let closedUrl: string;

/** A loopback address nothing listens on: a port that was free a moment ago. */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-list-harnesses-"));
  closedUrl = await closedAddress();
  // The agents get a stand-in binary that answers `--version` at once: their real CLIs take seconds
  // to start on a busy machine, and what is tested here is how reasons are shown.
  const fakeAgent = path.join(cwd, "fake-agent");
  await writeFile(fakeAgent, "#!/bin/sh\necho 0.0.1\n");
  await chmod(fakeAgent, 0o755);
  const agents = Object.fromEntries(
    ["codex", "opencode", "qwen-code"].map((id) => [id, { binary: fakeAgent, baseUrl: closedUrl }]),
  );
  await writeFile(
    path.join(cwd, "benchloop.config.json"),
    JSON.stringify({ harnesses: { ollama: { baseUrl: closedUrl }, ...agents } }),
  );
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function list(columns: number, ...args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(
    ["list", "harnesses", ...args],
    {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      isTty: false,
      columns,
    },
    cwd,
  );
  return { code, out, err };
}

const fullReason = () =>
  `No Ollama is answering at ${closedUrl} (ECONNREFUSED) for the version check. Start it with \`ollama serve\`, or set harnesses.ollama.baseUrl, --ollama-url or OLLAMA_HOST to where it runs.`;

describe("benchloop list harnesses", () => {
  it.each([80, 250])("prints every reason whole at %i columns, wrapped to fit", async (columns) => {
    const { code, out, err } = await list(columns);
    expect(code, err).toBe(0);
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(columns);
    expect(out.replace(/\s+/g, " ")).toContain(`ollama ${fullReason()}`);
  });

  it("--json gives each harness with its availability and reason", async () => {
    const { code, out, err } = await list(80, "--json");
    expect(code, err).toBe(0);
    const harnesses = JSON.parse(out) as { id: string; available: boolean; reason?: string }[];
    expect(harnesses.find((h) => h.id === "ollama")).toMatchObject({
      available: false,
      reason: fullReason(),
    });
    for (const harness of harnesses) if (!harness.available) expect(harness.reason).toBeTruthy();
  });
});
