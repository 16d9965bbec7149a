// Debian's Chromium driven by playwright-core. Without Chromium the browser tests fail in CI (CI=true)
// with what to install, and are skipped, saying so, on a developer machine.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Chromium is looked for: BENCHLOOP_CHROMIUM, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.BENCHLOOP_CHROMIUM ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium was not found at ${CHROMIUM_PATH}. Install it (\`apt-get install -y chromium\`; .ci/run does) or point BENCHLOOP_CHROMIUM at a Chromium binary.`;
}

/** True in CI (`CI=true` or `CI=1`), where a missing browser is a failure, not a skip. */
export function isCi(): boolean {
  return process.env.CI === "true" || process.env.CI === "1";
}

/** Launches headless Chromium with no network side traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/** Everything a page reported that a clean report never does: console errors and warnings, uncaught
 * exceptions, failed requests, and any request at all that leaves the file. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) problems.push(`network request: ${request.url()}`);
  });
  return problems;
}
