// The HTML report in a real browser (Debian's Chromium through playwright-core): it renders without a
// console error for a demo-like run, a two-run compare and the imported plebdev-bench run; filters and
// the drill-down work by clicking and by keyboard; hostile answers execute nothing. Reports are made by
// the BUILT exporter (`pnpm --filter @benchloop/exporter-html build`); screenshots go to
// tests/test-artifacts/.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Run } from "@benchloop/core";
import { renderHtmlReport } from "@benchloop/exporter-html";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, isCi, launchChromium, watchPage } from "./chromium.js";
import { demoRun, plebdevRun, XSS_ANSWER, XSS_MODEL } from "./demo-runs.js";

const ARTIFACTS = new URL("../test-artifacts/", import.meta.url).pathname;
const missing = chromiumMissing();
if (missing && isCi()) throw new Error(`Browser tests cannot run in CI: ${missing}`);
// The default reporter shows a skipped file as a count: say why where it is seen.
if (missing) console.warn(`browser tests skipped: ${missing}`);

let browser: Browser;
let dir: string;

async function writeReport(
  name: string,
  runs: Run[],
  options: Record<string, unknown> = {},
): Promise<string> {
  const file = path.join(dir, `${name}.html`);
  await writeFile(file, await renderHtmlReport(runs, options));
  return pathToFileURL(file).href;
}

/** Opens a report and waits until its item table is rendered. */
async function openReport(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchPage(page);
  await page.goto(url);
  await page.waitForSelector("html[data-ready='true']");
  return { page, problems };
}

async function itemRows(page: Page): Promise<number> {
  return page.locator("#item-table tbody tr").count();
}

describe.skipIf(missing !== undefined)(
  `the HTML report in Chromium${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    const demo = demoRun();
    const demoB = demoRun("20260202T100000Z-dem002", 2, -0.15);

    beforeAll(async () => {
      browser = await launchChromium();
      dir = await mkdtemp(path.join(tmpdir(), "benchloop-report-"));
      await mkdir(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("renders a demo-like simulated run with no console error, its leaderboard and charts", async () => {
      const { page, problems } = await openReport(await writeReport("demo", [demo]));
      await expect(page.locator("h1").textContent()).resolves.toContain(demo.runId);
      await expect(page.locator(".sim").textContent()).resolves.toContain("SIMULATED");
      expect(await page.locator("#leaderboard-table tbody tr").count()).toBe(6);
      await expect(page.locator("#leaderboard-table tbody tr").first().textContent()).resolves.toContain(
        "sim/oracle",
      );
      expect(await page.locator("svg.chart").count()).toBe(3);
      await expect(page.locator("#charts").textContent()).resolves.toContain("◆ Pareto frontier");
      expect(await itemRows(page)).toBe(demo.items.length);
      await page.screenshot({ path: path.join(ARTIFACTS, "report-demo.png"), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    });

    it("filters the item table by clicking through model, pass type and status, and clears", async () => {
      const { page, problems } = await openReport(await writeReport("demo-filters", [demo]));
      await page.selectOption("#filter-model", "sim/oracle");
      const oracle = demo.items.filter((i) => i.model === "sim/oracle");
      expect(await itemRows(page)).toBe(oracle.length);
      await page.selectOption("#filter-pass-type", "informed");
      await page.selectOption("#filter-status", "passed");
      const expected = oracle.filter((i) => i.passType === "informed" && i.status === "passed").length;
      expect(await itemRows(page)).toBe(expected);
      await expect(page.locator("#item-count").textContent()).resolves.toContain(
        `Showing ${expected} of ${expected}`,
      );
      for (const text of await page.locator("#item-table tbody tr td:first-child").allTextContents())
        expect(text).toBe("✓ passed");
      await page.fill("#filter-search", "lru-cache");
      expect(await itemRows(page)).toBe(
        oracle.filter((i) => i.passType === "informed" && i.status === "passed" && i.test === "lru-cache")
          .length,
      );
      await page.click("#clear-filters");
      expect(await itemRows(page)).toBe(demo.items.length);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("opens an item's drill-down by click and by keyboard, and closes it with Escape", async () => {
      const { page, problems } = await openReport(await writeReport("demo-drill", [demo]));
      await page.selectOption("#filter-model", "sim/thinker");
      await page.locator("#item-table tbody tr").first().click();
      const dialog = page.locator("dialog#detail");
      await expect(dialog.isVisible()).resolves.toBe(true);
      const body = (await page.locator("#detail-body").textContent()) ?? "";
      for (const section of [
        "Timings and tokens",
        "Checks (",
        "Judge",
        "Answer",
        "Extracted code",
        "Thinking",
      ])
        expect(body).toContain(section);
      await expect(page.locator("#detail-title").textContent()).resolves.toMatch(/^sim\/thinker\|/);
      await page.screenshot({ path: path.join(ARTIFACTS, "report-drill-down.png") });
      await page.keyboard.press("Escape");
      await expect(dialog.isVisible()).resolves.toBe(false);
      // Keyboard only: focus a row, move down, open with Enter; focus returns to the row on close.
      await page.locator("#item-table tbody tr").first().focus();
      await page.keyboard.press("ArrowDown");
      const second = await page.locator("#item-table tbody tr").nth(1).getAttribute("data-index");
      await expect(page.evaluate("document.activeElement?.getAttribute('data-index')")).resolves.toBe(second);
      await page.keyboard.press("Enter");
      await expect(dialog.isVisible()).resolves.toBe(true);
      await expect(page.evaluate("document.activeElement?.id")).resolves.toBe("detail-close");
      await page.keyboard.press("Enter");
      await expect(dialog.isVisible()).resolves.toBe(false);
      await expect(page.evaluate("document.activeElement?.getAttribute('data-index')")).resolves.toBe(second);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("executes nothing from an answer carrying <script> and <img onerror> payloads", async () => {
      const { page, problems } = await openReport(await writeReport("xss", [demo]));
      await page.selectOption("#filter-model", XSS_MODEL);
      expect(await itemRows(page)).toBe(1);
      await page.locator("#item-table tbody tr").first().click();
      await page.locator("#detail-body details summary").click(); // shows the thinking, too
      await expect(page.locator("#detail-body pre").first().textContent()).resolves.toBe(XSS_ANSWER);
      await expect(page.evaluate("window.__pwned")).resolves.toBeUndefined();
      expect(await page.locator("#detail-body img, #detail-body script, #detail-body svg").count()).toBe(0);
      expect(await page.locator("body img").count()).toBe(0);
      expect(await page.locator("script").count()).toBe(2);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("renders a two-run compare with deltas and noise bands, and a run filter", async () => {
      const { page, problems } = await openReport(await writeReport("compare", [demo, demoB]));
      await expect(page.locator("#compare h2").textContent()).resolves.toBe(
        `Compare ${demo.runId} → ${demoB.runId}`,
      );
      expect(await page.locator("#compare svg.chart rect.band").count()).toBeGreaterThan(0);
      await expect(page.locator("#compare").textContent()).resolves.toMatch(
        /(▲ improved|▼ regressed|● within noise)/,
      );
      await page.selectOption("#filter-run", "R2");
      expect(await itemRows(page)).toBe(demoB.items.length);
      await page.locator("#compare").screenshot({ path: path.join(ARTIFACTS, "report-compare.png") });
      expect(problems).toEqual([]);
      await page.close();
    });

    it("shows a gate report's recommendation per profile", async () => {
      const gate = {
        profiles: [
          {
            profile: "low_latency",
            recommendation: "sim/sloppy",
            candidates: [
              { model: "sim/sloppy", score: 0.71, passed: true },
              {
                model: "sim/thinker",
                score: 0.42,
                passed: false,
                violations: [{ message: "p50 wall 7.8 s > 3 s" }],
              },
            ],
          },
        ],
      };
      const { page, problems } = await openReport(await writeReport("gate", [demo], { gate }));
      await expect(page.locator("#gate").textContent()).resolves.toContain("Recommendation: ★ sim/sloppy");
      await expect(page.locator("#gate").textContent()).resolves.toContain("p50 wall 7.8 s > 3 s");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("renders the imported 408-item plebdev-bench run and drills into an item", async () => {
      const run = await plebdevRun();
      const { page, problems } = await openReport(await writeReport("plebdev", [run]));
      expect(await page.locator("#leaderboard-table tbody tr").count()).toBe(17);
      await expect(page.locator("#item-count").textContent()).resolves.toContain("(408 in total)");
      await page.click("#more");
      expect(await itemRows(page)).toBe(400);
      await page.selectOption("#filter-harness", "opencode");
      await page.selectOption("#filter-status", "error");
      const errors = run.items.filter((i) => i.harness === "opencode" && i.status === "error");
      expect(await itemRows(page)).toBe(errors.length);
      await page.click("#clear-filters");
      await page.locator("#item-table tbody tr").first().click();
      await expect(page.locator("#detail-body").textContent()).resolves.toContain(
        "passed (names not recorded)",
      );
      await page.keyboard.press("Escape");
      await page.screenshot({ path: path.join(ARTIFACTS, "report-plebdev.png") });
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
