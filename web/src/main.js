// dateline's review page: filters (kept in the URL) drive the map, the timeline and the table;
// an event opens beside them with its evidence; review writes go to the API with the analyst's token.
import "leaflet/dist/leaflet.css";
import "./style.css";

import { get } from "./api.js";
import { h } from "./dom.js";
import { EventView } from "./event.js";
import { FilterPanel } from "./filters.js";
import { EventMap } from "./map.js";
import { readState, writeState } from "./state.js";
import { EventTable } from "./table.js";
import { Timeline, autoPeriod } from "./timeline.js";
import { TYPE_COLORS } from "./colors.js";

const TOKEN_KEY = "dateline.token";
const USER_KEY = "dateline.user";

async function boot() {
  const state = readState();
  // the map, its borders and the table need nothing from /meta: start them all at once
  const metaLoad = get("meta");
  let view = null;
  let pickCallback = null;
  const map = new EventMap(document.getElementById("map"), {
    onOpen: (id) => openEvent(id),
    onPick: (lat, lon) => { if (pickCallback) pickCallback(lat, lon); pickCallback = null; },
    onView: (v) => { state.view.map = v; writeState(state); },
  });
  const table = new EventTable(document.getElementById("table"), {
    onOpen: (id) => openEvent(id),
    onSort: (sort) => { state.view.sort = sort; writeState(state); table.load(state.filters, sort); },
  });
  map.setView(state.view.map);
  map.filters = state.filters;
  const first = [map.loadBasemap(), map.refresh(), table.load(state.filters, state.view.sort)];

  const meta = await metaLoad;
  document.getElementById("n-events").textContent = `${new Intl.NumberFormat("en").format(meta.n_events)} events`;
  const review = reviewBar(meta, () => { if (state.view.event) view.open(state.view.event); });
  const timeline = new Timeline(document.getElementById("timeline"), {
    onRange: (from, to) => apply({ ...state.filters, date_from: from || "", date_to: to || "" }, { timeline: false }),
  });
  view = new EventView(document.getElementById("event"), meta, {
    onClose: () => { state.view.event = ""; writeState(state); view.close(); table.highlight(null); map.clearPick(); },
    onChanged: () => refresh({ keepEvent: true }),
    onPickStart: (cb) => { pickCallback = cb; map.setPicking(true); document.getElementById("map").scrollIntoView({ block: "nearest" }); },
    onFocus: (lat, lon) => map.focus(lat, lon),
    review,
  });
  const panel = new FilterPanel(document.getElementById("filters"), meta, { onChange: (f) => apply(f) });
  const period = document.getElementById("period");
  period.value = state.view.by || autoPeriod(meta.date_min, meta.date_max);
  period.addEventListener("change", () => { state.view.by = period.value; writeState(state); timeline.load(state.filters, period.value); });
  legend();

  function openEvent(id) {
    if (!view) return undefined;
    state.view.event = id;
    writeState(state, { push: true });
    table.highlight(id);
    return view.open(id);
  }

  function apply(filters, { timeline: redraw = true } = {}) {
    state.filters = filters;
    panel.set(filters);
    writeState(state, { push: true });
    return refresh({ timeline: redraw });
  }

  function refresh({ timeline: redraw = true, keepEvent = false } = {}) {
    const jobs = [map.setFilters(state.filters), table.load(state.filters, state.view.sort)];
    if (redraw || keepEvent) jobs.push(timeline.load(state.filters, period.value));
    else timeline.setRange(state.filters);
    return Promise.all(jobs);
  }

  window.addEventListener("popstate", () => {
    const next = readState();
    state.filters = next.filters;
    state.view = next.view;
    panel.set(state.filters);
    refresh();
    if (state.view.event) view.open(state.view.event); else view.close();
  });

  panel.set(state.filters);
  await Promise.all([...first, timeline.load(state.filters, period.value), state.view.event ? view.open(state.view.event) : null]);
  const ready = performance.now();
  document.body.dataset.ready = "1";
  document.body.dataset.readyMs = String(Math.round(ready));
  map.loadAdmin1().catch((err) => showError(`Admin-1 borders: ${err.message}`));
}

function reviewBar(meta, onChange) {
  const bar = document.getElementById("review-bar");
  if (!meta.write_enabled) {
    bar.append(h("span", { class: "readonly", id: "readonly-banner" }, "Read-only: review is off on this server (no token)."));
    return { token: () => "", user: () => "" };
  }
  const token = h("input", { type: "password", id: "token", placeholder: "review token", autocomplete: "off", value: sessionStorage.getItem(TOKEN_KEY) || "" });
  const user = h("input", { type: "text", id: "user", placeholder: "your name", autocomplete: "name", value: localStorage.getItem(USER_KEY) || "" });
  const state = h("span", { class: "readonly", id: "readonly-banner" });
  const sync = () => {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    localStorage.setItem(USER_KEY, user.value.trim());
    state.textContent = token.value ? "" : "Read-only until you enter the review token.";
    state.hidden = Boolean(token.value);
  };
  token.addEventListener("change", () => { sync(); onChange(); });
  user.addEventListener("change", sync);
  sync();
  // a form around the token field: browsers expect password fields in one; it never submits
  bar.append(h("form", { class: "review-form", on: { submit: (e) => { e.preventDefault(); sync(); onChange(); } } },
    h("label", { for: "user" }, "Reviewer"), user, h("label", { for: "token" }, "Token"), token, state));
  return { token: () => token.value, user: () => user.value.trim() };
}

function legend() {
  const box = document.getElementById("legend");
  for (const [t, c] of Object.entries(TYPE_COLORS)) {
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = c;
    box.append(h("span", { class: "legend-item" }, swatch, t));
  }
  box.append(h("span", { class: "legend-item note" }, "Size: fatalities. Rings: clusters, split by type."));
}

function showError(message) {
  const box = document.getElementById("errors");
  box.hidden = false;
  box.append(h("p", {}, message));
}

window.addEventListener("unhandledrejection", (e) => {
  showError(e.reason?.message || String(e.reason));
});

boot().catch((err) => showError(`The page could not start: ${err.message}`));
