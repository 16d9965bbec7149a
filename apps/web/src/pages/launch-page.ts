// The launch page: models (as the configured servers list them), harnesses, suites, the config's
// old-project roots, repeats and concurrency; "Preview plan" shows `plan`'s counts and time estimate,
// "Start" starts a `run` or a `dev-cycle` (with the demo's simulator when asked) and opens the live page.
import { DEMO_MODELS, type InstalledModel } from "@benchloop/core";
import { type Html, html } from "../html.js";
import { page } from "./layout.js";

/** What the launch form offers. */
export interface LaunchChoices {
  models: InstalledModel[];
  harnesses: string[];
  suites: { suite: string; tests: number }[];
  legacyRoots: string[];
  repeats: number;
  concurrency: number;
  /** Why no model is listed (no server answered), if so. */
  modelNote?: string;
}

function checkboxes(
  name: string,
  legend: string,
  values: { value: string; label: string }[],
  empty: string,
): Html {
  const boxes = values.map(
    (v, i) =>
      html`<div><input type="checkbox" id="${name}-${i}" name="${name}" value="${v.value}"><label for="${name}-${i}">${v.label}</label></div>`,
  );
  return html`<fieldset><legend>${legend}</legend>${values.length ? boxes : html`<p class="hint">${empty}</p>`}</fieldset>`;
}

/** The launch page. */
export function launchPage(choices: LaunchChoices): string {
  const models = [
    ...choices.models.map((m) => ({
      value: m.name,
      label: `${m.name} (${m.harness}${m.parameterSize ? `, ${m.parameterSize}` : ""})`,
    })),
    ...DEMO_MODELS.map((name) => ({
      value: name,
      label: `${name} (demo only: the simulator's scripted model)`,
    })),
  ];
  const body = html`<form id="launch-form" data-api="/api/launch" data-then="/live" aria-describedby="launch-help">
<p id="launch-help" class="hint">Empty selections mean the config's choice (every model, harness and suite). A run started here is an ordinary run: the CLI can resume it (<code>benchloop run --resume &lt;run&gt;</code>).</p>
<fieldset><legend>What to start</legend>
<div><input type="radio" id="kind-dev-cycle" name="kind" value="dev-cycle" checked><label for="kind-dev-cycle">dev-cycle (benchmark every suite, then gate per role)</label></div>
<div><input type="radio" id="kind-run" name="kind" value="run"><label for="kind-run">run (benchmark only)</label></div>
<div><input type="checkbox" id="demo" name="demo" value="true"><label for="demo">Demo: the built-in simulator with scripted models (results are labelled simulated)</label></div>
</fieldset>
${choices.modelNote ? html`<p class="hint">${choices.modelNote}</p>` : ""}
${checkboxes("models", "Models", models, "No server listed any model.")}
${checkboxes(
  "harnesses",
  "Harnesses",
  choices.harnesses.map((h) => ({ value: h, label: h })),
  "No harness is installed.",
)}
${checkboxes(
  "suites",
  "Suites",
  choices.suites.map((s) => ({ value: s.suite, label: `${s.suite} (${s.tests} tests)` })),
  "No test source gave tests.",
)}
${checkboxes(
  "legacyRoots",
  "Old-project roots (from the config's sources.legacy.roots)",
  choices.legacyRoots.map((r) => ({ value: r, label: r })),
  "The config names no legacy roots.",
)}
<fieldset><legend>Size</legend>
<div><label for="repeats">Repeats of every item</label><input type="number" id="repeats" name="repeats" min="1" max="100" value="${choices.repeats}"></div>
<div><label for="concurrency">Generations in flight at once</label><input type="number" id="concurrency" name="concurrency" min="1" max="256" value="${choices.concurrency}"></div>
</fieldset>
<div class="actions">
<button type="button" data-preview="/api/plan">Preview plan</button>
<button type="submit">Start</button>
</div>
<div class="result" role="status" aria-live="polite"></div>
</form>`;
  return page("Launch", "/launch", body);
}
