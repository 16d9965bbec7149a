// benchloop HTML report: the filterable item table and the per-item drill-down. Item data comes from the
// JSON script element and reaches the page only through textContent and createElement, never as markup:
// answers are untrusted text.
(() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const items = data.items;
  const runsByLabel = new Map(data.runs.map((run) => [run.label, run]));
  const STATUS = { passed: "✓ passed", failed: "✗ failed", error: "! error", skipped: "– skipped" };
  const PAGE = 200;

  const tbody = document.querySelector("#item-table tbody");
  const count = document.getElementById("item-count");
  const more = document.getElementById("more");
  const dialog = document.getElementById("detail");
  const detailTitle = document.getElementById("detail-title");
  const detailBody = document.getElementById("detail-body");
  const filters = {
    r: document.getElementById("filter-run"),
    m: document.getElementById("filter-model"),
    h: document.getElementById("filter-harness"),
    t: document.getElementById("filter-test"),
    p: document.getElementById("filter-pass-type"),
    s: document.getElementById("filter-status"),
  };
  const search = document.getElementById("filter-search");
  let limit = PAGE;
  let shown = [];
  let lastRow = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function pct(v) {
    return typeof v === "number" && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : "–";
  }
  function dur(ms) {
    if (typeof ms !== "number" || !Number.isFinite(ms)) return "–";
    if (ms < 1000) return `${Math.round(ms)} ms`;
    if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  }

  for (const [field, select] of Object.entries(filters)) {
    if (!select) continue;
    const values = [...new Set(items.map((item) => item[field]))].sort();
    for (const value of values) {
      const option = el("option", field === "s" ? STATUS[value] || value : value);
      option.value = value;
      select.append(option);
    }
  }

  function matches(item) {
    for (const [field, select] of Object.entries(filters)) {
      if (select && select.value !== "" && item[field] !== select.value) return false;
    }
    const q = search ? search.value.trim().toLowerCase() : "";
    return q === "" || item.k.toLowerCase().includes(q);
  }

  function render() {
    const matching = [];
    for (let i = 0; i < items.length; i++) if (matches(items[i])) matching.push(i);
    shown = matching.slice(0, limit);
    const rows = document.createDocumentFragment();
    for (const index of shown) {
      const item = items[index];
      const tr = el("tr");
      tr.tabIndex = 0;
      tr.dataset.index = String(index);
      tr.setAttribute("aria-label", `${STATUS[item.s] || item.s}: ${item.k}. Press Enter for details.`);
      // A repaired item keeps its first answer's status, followed by what repair did.
      const repaired = item.pa !== undefined && item.pa > 1 ? ` → ✓ @${item.pa}` : "";
      tr.append(el("td", `${STATUS[item.s] || item.s}${repaired}`, `status-${item.s}`));
      if (data.runs.length > 1) tr.append(el("td", item.r));
      tr.append(el("td", item.m), el("td", item.h), el("td", item.t), el("td", item.p));
      tr.append(el("td", item.n, "num"));
      tr.append(
        el("td", item.v === undefined ? (item.cc ? `${item.cc[0]}/${item.cc[1]}` : "–") : pct(item.v), "num"),
      );
      tr.append(el("td", item.js === "judge_error" ? "! judge error" : pct(item.j), "num"));
      tr.append(el("td", item.rp === undefined ? dur(item.w) : `${dur(item.w)} †`, "num"));
      tr.append(el("td", item.f ? item.f.type : ""));
      rows.append(tr);
    }
    tbody.replaceChildren(rows);
    count.textContent = `Showing ${shown.length} of ${matching.length} matching items (${items.length} in total).`;
    more.hidden = shown.length >= matching.length;
  }

  function section(title, ...children) {
    const wrap = el("section");
    wrap.append(el("h3", title), ...children);
    return wrap;
  }
  function facts(pairs) {
    const dl = el("dl", undefined, "facts");
    for (const [name, value] of pairs) {
      if (value === undefined || value === null || value === "") continue;
      dl.append(el("dt", name), el("dd", value));
    }
    return dl;
  }
  function pre(text, label) {
    const node = el("pre", text);
    node.tabIndex = 0;
    node.setAttribute("aria-label", label);
    return node;
  }

  function open(index, row) {
    const item = items[index];
    const run = runsByLabel.get(item.r);
    lastRow = row || null;
    detailTitle.textContent = item.k;
    const body = document.createDocumentFragment();
    body.append(
      facts([
        ["status", STATUS[item.s] || item.s],
        ["run", run ? `${run.label} · ${run.runId}` : item.r],
        ["model", item.m],
        ["harness", item.h],
        ["test", item.t],
        ["pass type", item.p],
        ["repeat", item.n],
        ["skipped because", item.skip],
      ]),
    );
    if (item.f) {
      body.append(
        section(
          "Failure",
          facts([
            ["stage", item.f.stage],
            ["type", item.f.type],
            ["message", item.f.message],
          ]),
        ),
      );
    }
    if (item.rep || item.ru !== undefined) {
      const list = el("ul");
      for (const round of item.rep || []) {
        const parts = [`attempt ${round.n}: ${round.s}`];
        if (round.v !== undefined) parts.push(`checks ${pct(round.v)}`);
        parts.push(`${round.tk} tokens`, dur(round.w));
        list.append(el("li", parts.join(" · "), `status-${round.s === "error" ? "error" : round.s}`));
      }
      if (item.ru !== undefined) list.append(el("li", `no repair round: ${item.ru}`));
      const outcome = item.pa === undefined ? "no attempt passed" : `passed at attempt ${item.pa}`;
      body.append(section(`Repair (${outcome})`, list));
    }
    const tk = item.tk || {};
    body.append(
      section(
        "Timings and tokens",
        facts([
          ["wall", dur(item.w)],
          [
            "timings",
            item.rp === undefined
              ? undefined
              : `† replayed from the cache: measured when the generation was made (${item.rp})`,
          ],
          ["time to first token", item.tt === undefined ? undefined : dur(item.tt)],
          ["load", item.lo === undefined ? undefined : dur(item.lo)],
          ["prompt eval", item.pe === undefined ? undefined : dur(item.pe)],
          ["generation", item.ev === undefined ? undefined : dur(item.ev)],
          ["decode speed", item.tps === undefined ? undefined : `${item.tps.toFixed(1)} tokens/s`],
          ["prompt tokens", tk.prompt],
          ["answer tokens", tk.completion],
          ["reasoning tokens", tk.reasoning],
        ]),
      ),
    );
    if (item.c && item.c.length > 0) {
      const list = el("ul");
      for (const check of item.c) {
        const li = el("li");
        li.append(el("span", check.p ? "✓ passed" : "✗ failed", check.p ? "status-passed" : "status-failed"));
        li.append(document.createTextNode(` ${check.n}`));
        const extra = [];
        if (check.e !== undefined) extra.push(`expected ${check.e}`);
        if (check.a !== undefined) extra.push(`got ${check.a}`);
        if (check.x !== undefined) extra.push(`error ${check.x}`);
        if (extra.length > 0) li.append(el("div", extra.join(" · "), "muted"));
        list.append(li);
      }
      const passed = item.c.filter((check) => check.p).length;
      body.append(section(`Checks (${passed} of ${item.c.length} passed, ${pct(item.v)})`, list));
    } else if (item.cc) {
      body.append(section("Checks", el("p", `${item.cc[0]} of ${item.cc[1]} passed (names not recorded)`)));
    }
    if (item.js) {
      const judge = [];
      if (item.js === "judge_error")
        judge.push(el("p", `! judge error: ${item.je || "no verdict"}`, "status-error"));
      else judge.push(el("p", `overall ${pct(item.j)}`));
      if (item.jc) {
        const list = el("ul");
        for (const c of item.jc) list.append(el("li", `${c.name} (weight ${c.weight}): ${pct(c.score)}`));
        judge.push(list);
      }
      if (item.jr) judge.push(el("p", item.jr));
      body.append(section("Judge", ...judge));
    }
    if (item.a !== undefined) body.append(section("Answer", pre(item.a, "answer")));
    if (item.code !== undefined) body.append(section("Extracted code", pre(item.code, "extracted code")));
    if (item.th !== undefined) {
      const details = el("details");
      details.append(el("summary", "Thinking"), pre(item.th, "thinking"));
      body.append(details);
    }
    detailBody.replaceChildren(body);
    if (!dialog.open) dialog.showModal();
    document.getElementById("detail-close").focus();
  }

  function rowOf(target) {
    return target instanceof Element ? target.closest("tr[data-index]") : null;
  }

  tbody.addEventListener("click", (event) => {
    const row = rowOf(event.target);
    if (row) open(Number(row.dataset.index), row);
  });
  tbody.addEventListener("keydown", (event) => {
    const row = rowOf(event.target);
    if (!row) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(Number(row.dataset.index), row);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
      if (next) next.focus();
    }
  });
  document.getElementById("detail-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (lastRow?.isConnected) lastRow.focus();
  });
  for (const select of Object.values(filters)) {
    if (!select) continue;
    select.addEventListener("change", () => {
      limit = PAGE;
      render();
    });
  }
  if (search) {
    search.addEventListener("input", () => {
      limit = PAGE;
      render();
    });
  }
  document.getElementById("filters").addEventListener("submit", (event) => event.preventDefault());
  more.addEventListener("click", () => {
    limit += PAGE;
    render();
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    for (const select of Object.values(filters)) if (select) select.value = "";
    if (search) search.value = "";
    limit = PAGE;
    render();
  });
  render();
  document.documentElement.dataset.ready = "true";
})();
