// `benchloop serve` in a real browser (Debian's Chromium through playwright-core), as a user drives it:
// the built CLI serves a temp project whose config names a file target. Without the token the app is
// refused; a page on another origin cannot start a run; then, with the token: keyboard navigation and
// labelled forms, a demo dev-cycle launched from the form, its progress followed to the end, the gate
// read, the apply refused for simulated evidence with the CLI's reason, applied after reading the
// diff (checkpoint first), and rolled back to the file's original bytes. Screenshots go to
// tests/test-artifacts/ (serve-gate.png is the one in docs/).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MAIN, makeTempDir } from "../helpers/cli.js";
import { chromiumMissing, isCi, launchChromium } from "./chromium.js";

const ARTIFACTS = new URL("../test-artifacts/", import.meta.url).pathname;
const TOOL = '{\n  "theme": "dark",\n  "low_latency": "llama3.1:8b"\n}\n';
const missing = chromiumMissing();
if (missing && isCi()) throw new Error(`Browser tests cannot run in CI: ${missing}`);
if (missing) console.warn(`browser tests skipped: ${missing}`);

let browser: Browser;
let temp: { dir: string; remove: () => Promise<void> };
let serve: ChildProcess;
let url: string;
let origin: string;
let evil: Server;

/** Starts `benchloop serve --port 0` and resolves with the URL it prints. */
function startServe(cwd: string): Promise<string> {
  serve = spawn("node", [CLI_MAIN, "serve", "--port", "0"], { cwd, env: { ...process.env, NO_COLOR: "1" } });
  return new Promise((resolve, reject) => {
    let out = "";
    serve.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Open (http:\/\/\S+)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    serve.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    serve.on("exit", (code) => reject(new Error(`benchloop serve exited with ${code}: ${out}`)));
  });
}

/** Console errors, page errors and any request that leaves the app's origin (no CDN, no network). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`);
  });
  return problems;
}

describe.skipIf(missing !== undefined)(
  `benchloop serve in Chromium${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    beforeAll(async () => {
      temp = await makeTempDir("serve");
      await writeFile(path.join(temp.dir, "tool.json"), TOOL);
      await writeFile(
        path.join(temp.dir, "benchloop.config.json"),
        JSON.stringify({ apply: { target: "file:tool.json" } }),
      );
      await mkdir(ARTIFACTS, { recursive: true });
      [url, browser] = await Promise.all([startServe(temp.dir), launchChromium()]);
      origin = new URL(url).origin;
      // Another site on this machine: a page that tries to start a run on the app.
      evil = createServer((_req, res) => {
        res.setHeader("content-type", "text/html");
        res.end(`<!doctype html><html><body><form id="f" method="post" action="${origin}/api/launch" enctype="text/plain">
<input name='{"kind":"run","demo":true,"x":"' value='"}'></form>
<script>
window.attempt = fetch(${JSON.stringify(`${origin}/api/launch`)}, { method: "POST", mode: "no-cors", credentials: "include",
  headers: { "content-type": "text/plain" }, body: JSON.stringify({ kind: "run", demo: true }) }).then(() => "sent", (e) => String(e));
</script></body></html>`);
      });
      await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => {
      await browser?.close();
      evil?.close();
      if (serve && serve.exitCode === null) {
        const exited = new Promise((resolve) => serve.once("exit", resolve));
        serve.kill("SIGINT");
        await exited;
      }
      await temp?.remove();
    });

    it("refuses a browser without the token", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${origin}/launch`);
      expect(response?.status()).toBe(401);
      await expect(page.locator("body").textContent()).resolves.toContain("no valid access token");
      const api = await page.evaluate("fetch('/api/runs').then((r) => r.status)");
      expect(api).toBe(401);
      await context.close();
    });

    it("lets no page of another origin start a run, even in a browser that holds the token", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      const evilPage = await context.newPage();
      const refused: number[] = [];
      evilPage.on("response", (r) => {
        if (r.url().startsWith(`${origin}/api/launch`)) refused.push(r.status());
      });
      await evilPage.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      await evilPage.evaluate("window.attempt");
      const navigation = evilPage.waitForResponse((r) => r.url().startsWith(`${origin}/api/launch`));
      await evilPage.evaluate("document.getElementById('f').submit()");
      expect((await navigation).status()).toBeGreaterThanOrEqual(401);
      expect(refused.every((status) => status === 401 || status === 403)).toBe(true);
      const state = await page.evaluate("fetch('/api/state').then((r) => r.json()).then((b) => b.state)");
      expect(state).toBeNull();
      await context.close();
    });

    it("is usable by keyboard, with a label on every form control", async () => {
      const page = await browser.newPage();
      const problems = watch(page);
      await page.goto(url);
      await expect(page.locator("h1").textContent()).resolves.toBe("Runs");
      await page.keyboard.press("Tab");
      await expect(page.evaluate("document.activeElement?.textContent")).resolves.toBe("Skip to content");
      await page.keyboard.press("Tab");
      await expect(page.evaluate("document.activeElement?.textContent")).resolves.toBe("Runs");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.waitForURL(`${origin}/launch`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Launch");
      const unlabelled =
        await page.evaluate(`[...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
        .filter((el) => el.labels?.length === 0).map((el) => el.outerHTML)`);
      expect(unlabelled).toEqual([]);
      expect(await page.locator("fieldset:not(:has(legend))").count()).toBe(0);
      // The demo box is reached and ticked from the keyboard.
      await page.focus("#kind-dev-cycle");
      await page.keyboard.press("Tab");
      await expect(page.evaluate("document.activeElement?.id")).resolves.toBe("demo");
      await page.keyboard.press("Space");
      expect(await page.isChecked("#demo")).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("launches a demo dev-cycle, follows it to the end, reads the gate, applies after the diff and rolls back", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.goto(`${url.replace("/?", "/launch?")}`);
      await page.getByLabel("dev-cycle (benchmark every suite, then gate per role)").check();
      await page.getByLabel(/^Demo:/).check();
      await page.getByLabel(/^sim\/oracle:latest/).check();
      await page.getByLabel(/^sim\/sloppy:latest/).check();
      await page.getByRole("button", { name: "Preview plan" }).click();
      await expect(page.locator(".result pre.plan").textContent({ timeout: 120_000 })).resolves.toMatch(
        /items/,
      );
      await page.getByRole("button", { name: "Start" }).click();
      await page.waitForURL(`${origin}/live`);
      await page.locator("#phase", { hasText: /^completed$/ }).waitFor({ timeout: 280_000 });
      const [done, total] = (await page.locator("#counts").textContent())!.split("/").map(Number);
      expect(done).toBe(total);
      expect(total).toBeGreaterThan(0);
      // The page was open from the start: every item arrived as its own event (the page keeps the newest 500).
      expect(await page.locator("#items li").count()).toBe(Math.min(total!, 500));
      await page.screenshot({ path: path.join(ARTIFACTS, "serve-live.png") });

      await page.getByRole("link", { name: "Read the gate" }).click();
      await expect(page.locator("h1").textContent()).resolves.toMatch(/^Gate of /);
      await expect(page.locator(".sim-banner").textContent()).resolves.toContain("SIMULATED");
      const profiles = await page.locator("section.profile h2").allTextContents();
      expect(profiles.map((t) => t.split(" ")[0])).toEqual(["low_latency", "balanced", "high_reasoning"]);
      await expect(page.locator("section.profile .recommendation").first().textContent()).resolves.toContain(
        "sim/oracle:latest",
      );
      await expect(page.locator("section.profile dl").first().textContent()).resolves.toMatch(
        /Runner-up\s*sim\/sloppy:latest \(did not pass the gate/,
      );
      await expect(page.locator("section.profile").first().textContent()).resolves.toContain("✗ low_latency");
      await page.screenshot({ path: path.join(ARTIFACTS, "serve-gate.png"), fullPage: true });

      await page.getByRole("link", { name: "Apply this promotion…" }).click();
      const diff = page.locator("#apply-diff tbody tr", { hasText: "low_latency" });
      await expect(diff.textContent()).resolves.toMatch(/llama3\.1:8b\s*→ sim\/oracle:latest/);
      await page.getByRole("button", { name: /^Apply/ }).click();
      const refusal = page.locator("#apply-form .result.error", { hasText: "simulated" });
      await refusal.waitFor({ timeout: 30_000 });
      await expect(refusal.textContent()).resolves.toContain("✗");
      expect(await readFile(path.join(temp.dir, "tool.json"), "utf8")).toBe(TOOL);
      await page.getByLabel("Allow simulated evidence (demo runs)").check();
      await page.getByRole("button", { name: /^Apply/ }).click();
      await page.locator("#apply-form .result", { hasText: "✓ applied" }).waitFor();
      const applied = JSON.parse(await readFile(path.join(temp.dir, "tool.json"), "utf8"));
      expect(applied.low_latency).toBe("sim/oracle:latest");

      await page.getByRole("link", { name: "Preview the rollback of this checkpoint" }).click();
      await expect(
        page.locator("#rollback-diff tbody tr", { hasText: "low_latency" }).textContent(),
      ).resolves.toMatch(/sim\/oracle:latest\s*→ llama3\.1:8b/);
      await page.getByRole("button", { name: "Roll back" }).click();
      await page.locator("#rollback-form .result", { hasText: "✓ restored" }).waitFor();
      expect(await readFile(path.join(temp.dir, "tool.json"), "utf8")).toBe(TOOL);

      await page.goto(`${origin}/trends`);
      expect(await page.locator("svg.trend").count()).toBeGreaterThan(0);
      await page.goto(`${origin}/`);
      await expect(page.locator("#runs-table tbody tr").first().textContent()).resolves.toContain(
        "SIMULATED",
      );
      // The one failed request is the refused apply (409), which the page showed with its reason.
      expect(problems).toEqual([
        "console.error: Failed to load resource: the server responded with a status of 409 (Conflict)",
      ]);
      await page.close();
    });
  },
);
