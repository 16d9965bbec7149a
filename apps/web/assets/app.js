// benchloop serve: the pages' only script. Forms marked data-api send their fields as JSON to the
// app's API (same origin, the token travels in the cookie); the live page follows /api/live (Server-
// Sent Events) and shows every finished item as its event arrives.

function formJson(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled || el.tagName === "BUTTON") continue;
    if (el.type === "checkbox" && el.value === "true") out[el.name] = el.checked;
    else if (el.type === "checkbox") {
      out[el.name] = out[el.name] || [];
      if (el.checked) out[el.name].push(el.value);
    } else if (el.type === "radio") {
      if (el.checked) out[el.name] = el.value;
    } else if (el.type === "number") {
      if (el.value !== "") out[el.name] = Number(el.value);
    } else out[el.name] = el.value;
  }
  return out;
}

async function post(url, body) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = await res.json().catch(() => ({}));
  return { ok: res.ok, data };
}

function showResult(form, nodes, isError) {
  const region = form.querySelector(".result");
  if (!region) return;
  region.replaceChildren(...nodes);
  region.classList.toggle("error", Boolean(isError));
}

function text(tag, content, className) {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function link(href, content) {
  const a = text("a", content);
  a.href = href;
  return a;
}

function errorNodes(data) {
  const e = data?.error || { message: "The request failed." };
  return [text("p", `✗ ${e.message}`), ...(e.hint ? [text("p", e.hint)] : [])];
}

function outcomeNodes(url, data) {
  if (url === "/api/apply") {
    const changed = data.plan.changes.filter((c) => c.changed).length;
    if (data.status === "unchanged")
      return [text("p", "✓ the target already holds every model; nothing written")];
    const name = data.checkpointFile.split(/[\\/]/).pop();
    return [
      text("p", `✓ applied ${changed} key(s); checkpoint ${data.checkpointFile}`),
      link(`/promote?checkpoint=${encodeURIComponent(name)}`, "Preview the rollback of this checkpoint"),
    ];
  }
  if (url === "/api/rollback") {
    if (data.status === "unchanged")
      return [text("p", "✓ the target already holds the state before the apply; nothing written")];
    return [text("p", `✓ restored ${Object.keys(data.restore).length} key(s); record ${data.recordFile}`)];
  }
  if (url === "/api/stop")
    return [text("span", data.stopped ? "Stopping: no new items start." : "Nothing is running.")];
  return [text("p", "✓ done")];
}

document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-api]");
  if (!form) return;
  event.preventDefault();
  const button = form.querySelector("button[type=submit]");
  if (button) button.disabled = true;
  try {
    const url = form.dataset.api;
    const { ok, data } = await post(url, formJson(form));
    if (ok && data.location) {
      window.location.assign(data.location);
      return;
    }
    showResult(form, ok ? outcomeNodes(url, data) : errorNodes(data), !ok);
  } finally {
    if (button) button.disabled = false;
  }
});

document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-preview]");
  if (!button) return;
  event.preventDefault();
  const form = button.form;
  showResult(form, [text("p", "Planning…")]);
  const { ok, data } = await post(button.dataset.preview, formJson(form));
  showResult(form, ok ? [text("pre", data.text, "plan")] : errorNodes(data), !ok);
});

// The live page.
const TERMINAL = ["completed", "interrupted", "failed"];

function seconds(ms) {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return "–";
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

function setText(id, value) {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
}

function itemNode(item) {
  const li = document.createElement("li");
  li.className = `item ${item.status}`;
  li.dataset.time = item.time;
  li.dataset.shown = String(performance.timeOrigin + performance.now());
  const mark =
    item.status === "passed"
      ? "✓ PASS"
      : item.status === "failed"
        ? "✗ FAIL"
        : item.status === "error"
          ? "! ERROR"
          : "– SKIP";
  li.append(text("span", mark, "mark"), " ", text("code", item.key), ` ${Math.round(item.wallMs)} ms`);
  if (item.cache === "hit") li.append(" (cached)");
  if (item.failureType) li.append(` — ${item.failureType}`);
  return li;
}

function renderCounters(state) {
  setText("phase", state.phase);
  const progress = document.getElementById("progress");
  if (progress) {
    progress.max = state.total || 1;
    progress.value = state.done;
  }
  setText("counts", `${state.done}/${state.total}`);
  setText("passed", String(state.passed));
  setText("failed", String(state.failed));
  setText("errors", String(state.errors));
  setText("throughput", state.throughput ? `${state.throughput.toFixed(2)} items/s` : "–");
  setText("eta", TERMINAL.includes(state.phase) ? "–" : seconds(state.etaMs));
  setText("message", state.message || "");
  const runLink = document.getElementById("run-link");
  if (runLink && state.runId && !runLink.querySelector("a")) {
    runLink.replaceChildren(" — run ", link(`/runs/${state.runId}`, state.runId));
  }
  const next = document.getElementById("next");
  if (next && TERMINAL.includes(state.phase) && state.runId && !next.childElementCount) {
    if (state.gated) next.append(link(`/runs/${state.runId}/gate`, "Read the gate"), " · ");
    next.append(link(`/runs/${state.runId}`, "Open the report"));
    if (state.phase === "interrupted")
      next.append(
        ` · resume with \`benchloop run --resume ${state.runId}\` or here:`,
        resumeForm(state.runId),
      );
  }
}

function resumeForm(runId) {
  const form = document.createElement("form");
  form.dataset.api = "/api/resume";
  const input = document.createElement("input");
  input.type = "hidden";
  input.name = "runId";
  input.value = runId;
  const button = text("button", "Resume this run");
  button.type = "submit";
  form.append(input, button, text("span", "", "result"));
  return form;
}

/** Items the page keeps on screen (the newest). */
const SHOWN_ITEMS = 500;
let snapshotShown = false;

function renderState(state) {
  renderCounters(state);
  // The first state is the snapshot of items so far; later ones only move counters and phase, so the
  // items already shown keep their own moment of arrival.
  const items = document.getElementById("items");
  if (items && !snapshotShown) items.replaceChildren(...state.items.slice().reverse().map(itemNode));
  snapshotShown = true;
  const problems = document.getElementById("problems");
  if (problems) problems.replaceChildren(...state.problems.map((p) => text("li", p)));
}

function follow(section) {
  const source = new EventSource(section.dataset.stream);
  source.addEventListener("state", (event) => {
    const { state } = JSON.parse(event.data);
    renderState(state);
    if (TERMINAL.includes(state.phase)) source.close();
  });
  source.addEventListener("item", (event) => {
    const { item, state } = JSON.parse(event.data);
    const items = document.getElementById("items");
    if (items) {
      items.prepend(itemNode(item));
      if (items.childElementCount > SHOWN_ITEMS) items.lastElementChild.remove();
    }
    if (item.status === "error")
      document.getElementById("problems")?.append(text("li", `${item.key}: ${item.failureType || "error"}`));
    renderCounters(state);
  });
  // "idle": nothing runs yet; the server keeps the stream open and sends the next job's events on it.
}

const live = document.querySelector("[data-stream]");
if (live) follow(live);
