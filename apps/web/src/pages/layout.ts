// The frame of every page: title, the navigation (a list of links, the current one marked for screen
// readers), a skip link, the stylesheet and the one script, both served by the app itself.
import { type Html, html } from "../html.js";

/** The pages in the navigation. */
const NAV = [
  ["/", "Runs"],
  ["/launch", "Launch"],
  ["/live", "Live"],
  ["/gate", "Gate"],
  ["/trends", "Trends"],
  ["/promote", "Apply & rollback"],
] as const;

/** A whole page. @param current the navigation entry it belongs to */
export function page(title: string, current: string, body: Html): string {
  const links = NAV.map(
    ([href, label]) =>
      html`<li><a href="${href}"${current === href ? html` aria-current="page"` : ""}>${label}</a></li>`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · benchloop</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><span class="brand">benchloop</span><nav aria-label="Main"><ul>${links}</ul></nav></header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.text;
}

/** A percentage with one decimal. */
export function percent(value: number | undefined): string {
  return value === undefined ? "–" : `${(value * 100).toFixed(1)}%`;
}

/** An interval `lower–upper` in percent. */
export function interval(value: { lower: number; upper: number } | undefined): string {
  return value ? `[${(value.lower * 100).toFixed(1)}–${(value.upper * 100).toFixed(1)}]` : "";
}

/** An error box with what went wrong and what to do. */
export function errorBox(message: string, hint?: string): Html {
  return html`<div class="error" role="alert"><p>${message}</p>${hint ? html`<p>${hint}</p>` : ""}</div>`;
}
