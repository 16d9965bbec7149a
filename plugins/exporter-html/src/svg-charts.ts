// The report's charts, drawn at export time as inline SVG (no script, no network). Every mark carries a
// text label or a symbol beside its colour, every chart has a title and description for screen readers,
// and each comes with its numbers as a table for people who prefer one.
import type { GroupComparison, RunComparison } from "@benchloop/core";
import { formatDuration, formatPercent, formatPoints, formatRange } from "@benchloop/core";
import { escapeHtml } from "./escape-html.js";
import { paretoFrontier } from "./pareto.js";
import { type GroupFigures, type PassTypeFigures, REPLAYED_MARK } from "./report-data.js";

/** Colours with a dark outline; never the only carrier of meaning (Okabe–Ito, colour-blind safe). */
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#444444"];

const WIDTH = 760;
const FONT = 13;

/** A chart: its SVG and the same numbers as an HTML table. */
export interface Chart {
  svg: string;
  table: string;
}

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs ? ` ${attrs}` : ""}>${escapeHtml(content)}</text>`;
}

function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function svgOpen(id: string, height: number, title: string, description: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d" font-size="${FONT}" font-family="system-ui, sans-serif">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>`
  );
}

function table(header: string[], rows: string[][], caption: string): string {
  const head = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<details class="chart-data"><summary>${escapeHtml(caption)} as a table</summary><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></details>`;
}

/** Approximate width of text at the chart font size (no layout engine at export time). */
function textWidth(label: string): number {
  return label.length * 7.4;
}

const MAX_LABEL = 40;

/** The left margin that fits the longest (shortened) row label. */
function labelMargin(labels: readonly string[]): number {
  const longest = labels.reduce((max, l) => Math.max(max, Math.min(l.length, MAX_LABEL)), 8);
  return Math.min(320, Math.ceil(textWidth("x".repeat(longest)) + 16));
}

function groupLabel(g: { run?: string; model: string; harness?: string }): string {
  return [g.run, g.model, g.harness].filter(Boolean).join(" · ");
}

/** A row label of at most `max` characters that shortens the model name, never the run or harness. */
function rowLabel(g: { run?: string; model: string; harness?: string }, max = MAX_LABEL): string {
  const fixed = [g.run, g.harness].filter(Boolean).join(" · ");
  const room = max - (fixed ? fixed.length + 3 : 0);
  const model = shorten(g.model, Math.max(8, room));
  return [g.run, model, g.harness].filter(Boolean).join(" · ");
}

function interval(g: GroupFigures): string {
  const p = g.summary.passAt1;
  return p ? `${formatPercent(p.estimate)} [${formatRange(p.lower, p.upper)}]` : "–";
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** A free spot for a label next to a mark (right, left, above, below), or undefined. */
function placeLabel(
  px: number,
  py: number,
  width: number,
  taken: readonly Box[],
  area: { left: number; right: number; top: number; bottom: number },
): Box | undefined {
  const candidates: Box[] = [
    { x: px + 11, y: py - 9, w: width, h: 17 },
    { x: px - 11 - width, y: py - 9, w: width, h: 17 },
    { x: px - width / 2, y: py - 28, w: width, h: 17 },
    { x: px - width / 2, y: py + 10, w: width, h: 17 },
  ];
  return candidates.find(
    (box) =>
      box.x >= area.left &&
      box.x + box.w <= area.right &&
      box.y >= area.top &&
      box.y + box.h <= area.bottom &&
      !taken.some((other) => overlaps(box, other)),
  );
}

/** Ticks of a logarithmic axis: 1, 2 and 5 times the powers of ten inside [lo, hi] (log10 units). */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(lo); power <= Math.ceil(hi); power++) {
    for (const m of [1, 2, 5]) {
      const value = m * 10 ** power;
      const at = Math.log10(value);
      if (at >= lo && at <= hi) ticks.push(value);
    }
  }
  return ticks;
}

/** pass@1 with its 95% Wilson interval per model and harness: horizontal bars with whiskers. */
export function passAt1Chart(groups: readonly GroupFigures[]): Chart | undefined {
  if (groups.length === 0) return undefined;
  const harnesses = [...new Set(groups.map((g) => g.harness ?? ""))].sort();
  const colour = (h: string) => SERIES_COLOURS[harnesses.indexOf(h) % SERIES_COLOURS.length]!;
  const left = labelMargin(groups.map((g) => rowLabel(g)));
  const plot = WIDTH - left - 190;
  const row = 26;
  const top = 34;
  const height = top + groups.length * row + 40;
  const x = (v: number) => left + v * plot;
  const parts = [
    svgOpen(
      "chart-pass",
      height,
      "pass@1 by model and harness",
      `Share of items passed per model and harness, with 95% Wilson intervals; ${groups.length} groups.`,
    ),
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 6}" y2="${height - 34}" class="grid"/>`);
    parts.push(text(x(tick), top - 12, `${tick * 100}%`, 'text-anchor="middle" class="axis"'));
  }
  groups.forEach((g, i) => {
    const y = top + i * row;
    const p = g.summary.passAt1;
    parts.push(text(left - 8, y + 17, rowLabel(g), 'text-anchor="end"'));
    if (!p) {
      parts.push(text(x(0) + 4, y + 17, "no trials", 'class="muted"'));
      return;
    }
    parts.push(
      `<rect x="${x(0)}" y="${y + 5}" width="${Math.max(1, p.estimate * plot).toFixed(1)}" height="16" fill="${colour(g.harness ?? "")}" stroke="#111" stroke-width="1"/>`,
    );
    parts.push(
      `<path d="M${x(p.lower).toFixed(1)} ${y + 13}H${x(p.upper).toFixed(1)}M${x(p.lower).toFixed(1)} ${y + 7}v12M${x(p.upper).toFixed(1)} ${y + 7}v12" class="whisker"/>`,
    );
    parts.push(text(x(1) + 8, y + 17, `${interval(g)} n=${g.summary.items}`));
  });
  const legendY = height - 14;
  let lx = left;
  for (const h of harnesses) {
    parts.push(
      `<rect x="${lx}" y="${legendY - 11}" width="14" height="14" fill="${colour(h)}" stroke="#111"/>`,
    );
    parts.push(text(lx + 20, legendY, `harness ${h}`));
    lx += 40 + h.length * 8 + 60;
  }
  parts.push("</svg>");
  return {
    svg: parts.join(""),
    table: table(
      ["model", "harness", "run", "items", "pass@1", "95% interval"],
      groups.map((g) => [
        g.model,
        g.harness ?? "",
        g.run ?? "",
        String(g.summary.items),
        formatPercent(g.summary.passAt1?.estimate),
        g.summary.passAt1 ? formatRange(g.summary.passAt1.lower, g.summary.passAt1.upper) : "–",
      ]),
      "pass@1 by model and harness",
    ),
  };
}

/** Quality (pass@1) against median latency per model, with the Pareto frontier marked. */
export function qualityLatencyChart(groups: readonly GroupFigures[]): Chart | undefined {
  const points = groups.filter(
    (g) => g.summary.passAt1 && g.medianWallMs !== undefined && g.medianWallMs > 0,
  );
  if (points.length === 0) return undefined;
  const latencies = points.map((g) => g.medianWallMs!);
  const min = Math.min(...latencies);
  const max = Math.max(...latencies);
  const log = max / min > 20;
  const left = 70;
  const right = WIDTH - 190;
  const top = 20;
  const bottom = 330;
  const span = (v: number) => (log ? Math.log10(v) : v);
  const lo = span(min) - (max === min ? 1 : (span(max) - span(min)) * 0.05);
  const hi = span(max) + (max === min ? 1 : (span(max) - span(min)) * 0.05);
  const x = (v: number) => left + ((span(v) - lo) / (hi - lo)) * (right - left);
  const y = (q: number) => bottom - q * (bottom - top);
  const frontier = new Set(
    paretoFrontier(points.map((g) => ({ latency: g.medianWallMs!, quality: g.summary.passAt1!.estimate }))),
  );
  const parts: string[] = [];
  for (const q of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${left}" x2="${right}" y1="${y(q)}" y2="${y(q)}" class="grid"/>`);
    parts.push(text(left - 8, y(q) + 4, `${q * 100}%`, 'text-anchor="end" class="axis"'));
  }
  const ticks = log ? logTicks(lo, hi) : [min, (min + max) / 2, max];
  for (const t of ticks) {
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${top}" y2="${bottom}" class="grid"/>`);
    parts.push(text(x(t), bottom + 18, formatDuration(t), 'text-anchor="middle" class="axis"'));
  }
  parts.push(
    text((left + right) / 2, bottom + 40, "median item wall time (faster ←)", 'text-anchor="middle"'),
  );
  parts.push(
    text(
      18,
      (top + bottom) / 2,
      "pass@1 (better ↑)",
      `text-anchor="middle" transform="rotate(-90 18 ${(top + bottom) / 2})"`,
    ),
  );
  const ordered = [...frontier].map((i) => points[i]!);
  if (ordered.length > 1) {
    const d = ordered
      .map(
        (g, i) =>
          `${i === 0 ? "M" : "L"}${x(g.medianWallMs!).toFixed(1)} ${y(g.summary.passAt1!.estimate).toFixed(1)}`,
      )
      .join("");
    parts.push(`<path d="${d}" class="frontier"/>`);
  }
  const placed: Box[] = points.map((g) => {
    const px = x(g.medianWallMs!);
    const py = y(g.summary.passAt1!.estimate);
    return { x: px - 8, y: py - 8, w: 16, h: 16 };
  });
  placed.push({ x: right + 8, y: 30, w: WIDTH - right - 8, h: 56 }); // the legend
  const keyed: string[] = [];
  points.forEach((g, i) => {
    const px = x(g.medianWallMs!);
    const py = y(g.summary.passAt1!.estimate);
    const on = frontier.has(i);
    const replayed = g.replayedWallItems
      ? `; latency of ${g.replayedWallItems} of ${g.summary.items} items replayed from the cache (measured when generated)`
      : "";
    parts.push(
      on
        ? `<path d="M${px.toFixed(1)} ${(py - 8).toFixed(1)}l8 8l-8 8l-8 -8z" fill="#D55E00" stroke="#111" stroke-width="1.5"><title>${escapeHtml(`${groupLabel(g)}: on the Pareto frontier${replayed}`)}</title></path>`
        : `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="6" fill="#0072B2" stroke="#111" stroke-width="1.5"><title>${escapeHtml(`${groupLabel(g)}${replayed}`)}</title></circle>`,
    );
    const label = `${on ? "◆ " : ""}${rowLabel(g, 28)}`;
    const spot = placeLabel(px, py, textWidth(label), placed, {
      left,
      right: WIDTH,
      top: 0,
      bottom: bottom + 12,
    });
    const weight = on ? ' font-weight="600"' : "";
    if (spot) {
      placed.push(spot);
      parts.push(text(spot.x, spot.y + 13, label, weight.trim()));
    } else {
      // No free spot: a number beside the mark, named in the key under the chart.
      const number = String(keyed.length + 1);
      keyed.push(`${number} ${label}`);
      parts.push(text(px + 9, py - 7, number, `font-size="11"${weight}`));
    }
  });
  keyed.forEach((entry, i) => {
    parts.push(
      text(left + (i % 3) * 230, bottom + 62 + Math.floor(i / 3) * 17, shorten(entry, 32), 'class="axis"'),
    );
  });
  const height = bottom + 52 + Math.ceil(keyed.length / 3) * 17 + 8;
  parts.unshift(
    svgOpen(
      "chart-quality",
      height,
      "Quality against latency",
      `pass@1 against median item wall time for ${points.length} models${log ? " (logarithmic time axis)" : ""}; diamonds mark the Pareto frontier: models no other model beats on both speed and quality.`,
    ),
  );
  parts.push(`<path d="M${right + 20} 38l7 7l-7 7l-7 -7z" fill="#D55E00" stroke="#111"/>`);
  parts.push(text(right + 34, 50, "◆ Pareto frontier"));
  parts.push(`<circle cx="${right + 20}" cy="72" r="6" fill="#0072B2" stroke="#111"/>`);
  parts.push(text(right + 34, 76, "● dominated"));
  parts.push("</svg>");
  return {
    svg: parts.join(""),
    table: table(
      ["model", "run", "median wall", "pass@1", "Pareto frontier"],
      points.map((g, i) => [
        g.model,
        g.run ?? "",
        `${formatDuration(g.medianWallMs)}${g.replayedWallItems ? ` ${REPLAYED_MARK} (${g.replayedWallItems} replayed)` : ""}`,
        formatPercent(g.summary.passAt1!.estimate),
        frontier.has(i) ? "◆ yes" : "no",
      ]),
      "Quality against latency",
    ),
  };
}

/** Blind against informed pass@1 per model (prompt sensitivity): a dumbbell per model. */
export function passTypeChart(rows: readonly PassTypeFigures[]): Chart | undefined {
  const both = rows.filter((r) => r.blind?.passAt1 && r.informed?.passAt1);
  if (both.length === 0) return undefined;
  const left = labelMargin(both.map((r) => rowLabel(r)));
  const plot = WIDTH - left - 210;
  const row = 28;
  const top = 34;
  const height = top + both.length * row + 36;
  const x = (v: number) => left + v * plot;
  const parts = [
    svgOpen(
      "chart-pass-type",
      height,
      "Blind against informed pass@1 per model",
      "Circles are blind prompts (names only), triangles informed prompts (exact interface); the gap is the model's sensitivity to how much the prompt tells.",
    ),
  ];
  for (const tick of [0, 0.5, 1]) {
    parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 6}" y2="${height - 30}" class="grid"/>`);
    parts.push(text(x(tick), top - 12, `${tick * 100}%`, 'text-anchor="middle" class="axis"'));
  }
  both.forEach((r, i) => {
    const y = top + i * row + 14;
    const b = r.blind!.passAt1!.estimate;
    const inf = r.informed!.passAt1!.estimate;
    parts.push(text(left - 8, y + 4, rowLabel(r), 'text-anchor="end"'));
    parts.push(`<line x1="${x(b)}" x2="${x(inf)}" y1="${y}" y2="${y}" stroke="#111" stroke-width="2"/>`);
    parts.push(`<circle cx="${x(b).toFixed(1)}" cy="${y}" r="6" fill="#0072B2" stroke="#111"/>`);
    parts.push(`<path d="M${x(inf).toFixed(1)} ${y - 7}l7 12h-14z" fill="#E69F00" stroke="#111"/>`);
    parts.push(
      text(
        x(1) + 10,
        y + 4,
        `● ${formatPercent(b, 0)} → ▲ ${formatPercent(inf, 0)} (${formatPoints(inf - b)})`,
      ),
    );
  });
  const ly = height - 10;
  parts.push(`<circle cx="${left + 6}" cy="${ly - 4}" r="6" fill="#0072B2" stroke="#111"/>`);
  parts.push(text(left + 18, ly, "● blind"));
  parts.push(`<path d="M${left + 106} ${ly - 11}l7 12h-14z" fill="#E69F00" stroke="#111"/>`);
  parts.push(text(left + 118, ly, "▲ informed"));
  parts.push("</svg>");
  return {
    svg: parts.join(""),
    table: table(
      ["model", "run", "blind pass@1", "informed pass@1", "informed − blind"],
      both.map((r) => [
        r.model,
        r.run ?? "",
        formatPercent(r.blind!.passAt1!.estimate),
        formatPercent(r.informed!.passAt1!.estimate),
        formatPoints(r.informed!.passAt1!.estimate - r.blind!.passAt1!.estimate),
      ]),
      "Blind against informed",
    ),
  };
}

const VERDICT_MARK: Record<string, { symbol: string; colour: string }> = {
  improved: { symbol: "▲ improved", colour: "#1a7f37" },
  regressed: { symbol: "▼ regressed", colour: "#b42318" },
  "within noise": { symbol: "● within noise", colour: "#57606a" },
};

/** The change of pass@1 from run A to run B per model: the paired delta, its interval as a noise band. */
export function compareChart(comparison: RunComparison): Chart {
  const groups: GroupComparison[] = [comparison.overall, ...comparison.groups];
  const bound = Math.max(
    0.1,
    ...groups
      .flatMap((g) => [g.passAt1.delta.lower, g.passAt1.delta.upper, g.passAt1.delta.delta])
      .filter(Number.isFinite)
      .map(Math.abs),
  );
  const left = labelMargin(groups.map((g) => g.label));
  const plot = WIDTH - left - 250;
  const row = 30;
  const top = 34;
  const height = top + groups.length * row + 20;
  const x = (v: number) => left + ((v + bound) / (2 * bound)) * plot;
  const parts = [
    svgOpen(
      "chart-compare",
      height,
      `pass@1 change from ${comparison.a.runId} to ${comparison.b.runId}`,
      "Per model, the paired difference of pass@1 (B − A) as a dot, with its 95% interval as a band, and the verdict of McNemar's exact test on the items that flipped.",
    ),
  ];
  for (const tick of [-bound, -bound / 2, 0, bound / 2, bound]) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 6}" y2="${height - 14}" class="${tick === 0 ? "zero" : "grid"}"/>`,
    );
    parts.push(text(x(tick), top - 12, formatPoints(tick), 'text-anchor="middle" class="axis"'));
  }
  groups.forEach((g, i) => {
    const y = top + i * row + 15;
    const d = g.passAt1.delta;
    const mark = VERDICT_MARK[g.verdict] ?? VERDICT_MARK["within noise"]!;
    parts.push(
      text(
        left - 8,
        y + 4,
        shorten(i === 0 ? "all models" : g.label, MAX_LABEL),
        `text-anchor="end"${i === 0 ? ' font-weight="600"' : ""}`,
      ),
    );
    if (g.n === 0 || !Number.isFinite(d.delta)) {
      parts.push(text(x(0) + 6, y + 4, "no matched items", 'class="muted"'));
      return;
    }
    if (Number.isFinite(d.lower) && Number.isFinite(d.upper)) {
      parts.push(
        `<rect x="${x(d.lower).toFixed(1)}" y="${y - 8}" width="${Math.max(2, x(d.upper) - x(d.lower)).toFixed(1)}" height="16" class="band"/>`,
      );
    }
    parts.push(`<circle cx="${x(d.delta).toFixed(1)}" cy="${y}" r="5" fill="${mark.colour}" stroke="#111"/>`);
    parts.push(
      text(
        left + plot + 10,
        y + 4,
        `${formatPoints(d.delta)} ${mark.symbol} (n=${g.n})`,
        `fill="${mark.colour}"`,
      ),
    );
  });
  parts.push("</svg>");
  return {
    svg: parts.join(""),
    table: table(
      ["group", "n", "pass@1 A", "pass@1 B", "B − A", "interval", "verdict", "decided by"],
      groups.map((g) => [
        g.label,
        String(g.n),
        formatPercent(g.passAt1.a.estimate),
        formatPercent(g.passAt1.b.estimate),
        formatPoints(g.passAt1.delta.delta),
        `${formatPoints(g.passAt1.delta.lower)} … ${formatPoints(g.passAt1.delta.upper)}`,
        g.verdict,
        g.verdictBasis,
      ]),
      "Compare",
    ),
  };
}

/** A small horizontal bar for a 0..1 value (gate scores, leaderboard), with its number beside it. */
export function inlineBar(value: number | undefined, label: string): string {
  if (value === undefined || !Number.isFinite(value)) return escapeHtml(label);
  const width = Math.max(0, Math.min(1, value)) * 80;
  return `<svg class="bar" viewBox="0 0 82 12" width="82" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="81" height="11" fill="#fff" stroke="#111"/><rect x="1" y="1" width="${width.toFixed(1)}" height="10" fill="#0072B2"/></svg> ${escapeHtml(label)}`;
}
