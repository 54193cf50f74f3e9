// The event view: every field, the evidence behind it highlighted in each source article, and review.
// Article text is split at span boundaries into text nodes and <mark> elements: it is never parsed as HTML.
import { ApiError, get, post } from "./api.js";
import { fieldLabel, typeColor } from "./colors.js";
import { append, clear, fmt, h, option } from "./dom.js";

const PRECISION = { 1: "exact day", 2: "within a week", 3: "within a month" };
const GEO_PRECISION = { 1: "the place itself", 2: "near the place / part of a region", 3: "province only" };

/** Text split at evidence boundaries: [{text, fields: [field...], starts: [field...]}], in order. */
export function segments(text, evidence) {
  const spans = [];
  for (const [field, list] of Object.entries(evidence || {})) {
    for (const s of list || []) {
      const start = Math.max(0, Math.min(text.length, s.start | 0));
      const end = Math.max(start, Math.min(text.length, s.end | 0));
      if (end > start) spans.push({ field, start, end });
    }
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    out.push({ text: text.slice(a, b), fields: [...new Set(covering.map((s) => s.field))], starts: [...new Set(covering.filter((s) => s.start === a).map((s) => s.field))] });
  }
  return out;
}

export function highlighted(text, evidence) {
  const box = h("div", { class: "article-text" });
  for (const seg of segments(text || "", evidence)) {
    if (!seg.fields.length) { box.append(document.createTextNode(seg.text)); continue; }
    const groups = [...new Set(seg.fields.map((f) => fieldLabel(f).group))];
    for (const f of seg.starts) box.append(h("span", { class: `ev-label f-${fieldLabel(f).group}`, dataset: { field: f } }, fieldLabel(f).label));
    box.append(h("mark", { class: `ev f-${groups[0]}${groups.length > 1 ? " multi" : ""}`, dataset: { fields: seg.fields.join(" ") }, title: seg.fields.map((f) => fieldLabel(f).label).join(", ") }, seg.text));
  }
  return box;
}

function dl(rows) {
  return h("dl", { class: "fields" }, rows.filter(Boolean).map(([k, v, cls]) => [h("dt", {}, k), h("dd", { class: cls || "" }, v ?? "—")]));
}

export class EventView {
  constructor(element, meta, { onClose, onChanged, onPickStart, onFocus, review }) {
    this.element = element;
    this.meta = meta;
    this.onClose = onClose;
    this.onChanged = onChanged;
    this.onPickStart = onPickStart;
    this.onFocus = onFocus;
    this.review = review; // { token(), user() } from the review bar
    this.event = null;
  }

  async open(id) {
    this.id = id;
    this.element.hidden = false;
    clear(this.element).append(h("p", { class: "loading" }, "Loading event…"));
    try {
      const event = await get(`events/${encodeURIComponent(id)}`);
      if (this.id !== id) return;
      this.show(event);
    } catch (err) {
      clear(this.element).append(this.closeButton(), h("p", { class: "error", role: "alert" }, `Cannot show event ${id}: ${err.message}`));
    }
  }

  close() {
    this.id = null;
    this.event = null;
    this.element.hidden = true;
    clear(this.element);
  }

  closeButton() {
    return h("button", { type: "button", class: "close", "aria-label": "Close the event", on: { click: () => this.onClose() } }, "×");
  }

  show(e) {
    this.event = e;
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = typeColor(e.event_type);
    const place = [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", ");
    const counts = Object.entries(e.counts || {}).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k} ${fmt.format(v)}`).join(", ");
    const fat = e.fatalities_low !== null && e.fatalities_high !== null && e.fatalities_high !== e.fatalities_low
      ? `${fmt.format(e.fatalities ?? 0)} (reports say ${e.fatalities_low}–${e.fatalities_high})` : (e.fatalities ?? "—");
    const edited = new Set(Object.keys(e.review || {}));
    const mark = (f, v) => (edited.has(f) ? [v, h("span", { class: "edited", title: `machine: ${JSON.stringify(e.machine?.[f] ?? null)}` }, " (edited)")] : v);
    append(clear(this.element), [
      this.closeButton(),
      h("h2", { id: "event-title" }, swatch, e.event_type || "Unknown type", " · ", h("span", { class: "sub" }, e.sub_event_type || "")),
      h("p", { class: `review-state state-${e.review_status}` }, `Review: ${e.review_status}`),
      dl([
        ["Id", e.id],
        ["Date", mark("event_date", `${e.event_date ?? "unknown"}${e.time_precision ? ` (${PRECISION[e.time_precision] || e.time_precision})` : ""}`)],
        ["Type", mark("event_type", e.event_type)],
        ["Sub-type", mark("sub_event_type", e.sub_event_type)],
        ["Place", [mark("location", place || "—"), e.latitude !== null ? h("button", { type: "button", class: "link", on: { click: () => this.onFocus(e.latitude, e.longitude) } }, ` ${e.latitude?.toFixed(3)}, ${e.longitude?.toFixed(3)}`) : ""]],
        ["Geo precision", e.geo_precision ? `${e.geo_precision} (${GEO_PRECISION[e.geo_precision] || ""})` : "—"],
        ["Actor 1", mark("actor1", e.actor1)],
        e.assoc_actor_1 ? ["With actor 1", e.assoc_actor_1] : null,
        ["Actor 2", mark("actor2", e.actor2)],
        e.assoc_actor_2 ? ["With actor 2", e.assoc_actor_2] : null,
        e.interaction ? ["Interaction", e.interaction] : null,
        ["Fatalities", mark("fatalities", String(fat))],
        ["Counts", counts || "—"],
        ["Modality", e.modality, `modality-${e.modality}`],
        ["Historical", e.historical ? "yes: background, not news" : "no"],
        ["Confidence", typeof e.confidence === "number" ? e.confidence.toFixed(2) : "—"],
        ["Sources", `${e.n_sources}${e.source_scale ? ` (${e.source_scale})` : ""}`],
        e.cluster ? ["Merged because", `${e.cluster.reason ?? ""} (score ${e.cluster.score?.toFixed(2) ?? "?"})`] : null,
        ["Notes", e.notes, "notes"],
      ]),
      this.reviewSection(e),
      h("h3", {}, `Source articles (${e.sources.length})`),
      h("p", { class: "legend" }, "Highlighted: ", ["type", "place", "date", "actors", "fatalities", "counts", "modality"].map((g) => h("span", { class: `ev-label f-${g}` }, g))),
      e.sources.map((s, i) => this.source(s, i)),
      e.reviews.length ? [h("h3", {}, "Review history"), h("ol", { class: "history" }, e.reviews.map((r) => h("li", {},
        h("strong", {}, r.action), ` by ${r.user} at ${r.at.replace("T", " ").slice(0, 19)}`,
        r.changes ? ` — ${Object.entries(r.changes).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`).join("; ")}` : "",
        r.note ? ` — “${r.note}”` : "")))] : null,
    ]);
    const first = this.element.querySelector("mark.ev");
    if (first && first.scrollIntoView) first.closest(".article-text").scrollTop = Math.max(0, first.offsetTop - first.closest(".article-text").offsetTop - 40);
  }

  source(s, i) {
    const link = s.url ? h("a", { href: s.url, rel: "noopener noreferrer nofollow", target: "_blank", class: "source-url" }, s.url) : null;
    return h("section", { class: "source", dataset: { article: s.article_id } },
      h("h4", { class: "source-title" }, s.title || `Article ${s.article_id}`),
      h("p", { class: "source-meta" }, [s.source, s.published ? `published ${s.published}` : null].filter(Boolean).join(" · "),
        link && link.hasAttribute("href") ? [" · ", link] : s.url ? [" · ", h("span", { class: "source-url unsafe" }, s.url)] : null,
        s.match ? ` · joined with score ${s.match.score?.toFixed(2)} (${s.match.reason ?? ""})` : i === 0 ? "" : ""),
      highlighted(s.text, s.evidence));
  }

  reviewSection(e) {
    const box = h("section", { class: "review", "aria-labelledby": "review-h" }, h("h3", { id: "review-h" }, "Review"));
    if (!this.meta.write_enabled) {
      box.append(h("p", { class: "readonly", id: "readonly-note" }, "Read-only: this server was started without a review token, so events cannot be confirmed, rejected or edited here. Start it with `dateline serve --token …` to review."));
      return box;
    }
    if (!this.review.token()) {
      box.append(h("p", { class: "readonly", id: "readonly-note" }, "Read-only: enter the review token (top right) to confirm, reject or edit this event."));
      return box;
    }
    const message = h("p", { class: "message", id: "review-message", role: "alert", "aria-live": "polite" });
    const say = (text, ok = false) => { message.textContent = text; message.className = `message ${ok ? "ok" : "error"}`; };
    const send = async (body) => {
      const user = this.review.user();
      if (!user) { say("Say who you are (your name, top right) before reviewing."); return; }
      message.textContent = "Saving…";
      message.className = "message pending";
      try {
        const updated = await post(`events/${encodeURIComponent(e.id)}/review`, { ...body, user }, this.review.token());
        this.show(updated);
        const m = this.element.querySelector("#review-message");
        if (m) { m.textContent = `Saved: ${body.action}.`; m.className = "message ok"; }
        this.onChanged(updated);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) say(`The server refused the token: ${err.message}`);
        else say(err.message);
      }
    };
    const note = h("input", { type: "text", id: "r-note", placeholder: "optional note", maxlength: "500" });
    box.append(h("div", { class: "review-actions" },
      h("button", { type: "button", id: "r-confirm", on: { click: () => send({ action: "confirm", note: note.value || null }) } }, "Confirm"),
      h("button", { type: "button", id: "r-reject", class: "danger", on: { click: () => send({ action: "reject", note: note.value || null }) } }, "Reject"),
      note));
    box.append(this.editForm(e, send, say, message), message);
    return box;
  }

  editForm(e, send, say, message) {
    const types = Object.keys(this.meta.event_types);
    const type = h("select", { id: "r-type" }, types.map((t) => option(t, t, t === e.event_type)));
    const sub = h("select", { id: "r-sub" });
    const fillSub = () => {
      append(clear(sub), (this.meta.event_types[type.value] || []).map((s) => option(s, s, s === e.sub_event_type)));
    };
    fillSub();
    type.addEventListener("change", fillSub);
    const today = new Date().toISOString().slice(0, 10);
    const date = h("input", { id: "r-date", type: "date", value: e.event_date || "", max: today });
    const fat = h("input", { id: "r-fat", type: "number", min: "0", step: "1", value: e.fatalities ?? "" });
    const a1 = h("input", { id: "r-actor1", type: "text", value: e.actor1 || "", maxlength: "300" });
    const a2 = h("input", { id: "r-actor2", type: "text", value: e.actor2 || "", maxlength: "300" });
    const placeText = h("input", { id: "r-place", type: "search", value: e.location || "", autocomplete: "off", placeholder: "search the gazetteer" });
    const results = h("ul", { class: "place-results", id: "r-place-results" });
    const chosen = h("p", { class: "chosen", id: "r-place-chosen" });
    let location = null; // {geonameid} or {latitude, longitude, name}
    const choose = (loc, label) => { location = loc; chosen.textContent = `New place: ${label}`; clear(results); };
    const search = async () => {
      const q = placeText.value.trim();
      clear(results);
      if (!q) return [];
      let found;
      try { found = await get("places", new URLSearchParams({ q, limit: "8" })); } catch (err) { say(err.message); return []; }
      if (!found.length) say(`Unknown place “${q}”: it is not in the gazetteer. Try another spelling, or pick the spot on the map.`);
      for (const p of found) {
        const label = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
        results.append(h("li", {}, h("button", { type: "button", class: "place-choice", dataset: { geonameid: p.geonameid },
          on: { click: () => choose({ geonameid: p.geonameid }, `${label} (${p.feature_code || "place"})`) } }, label, h("small", {}, ` ${p.feature_code || ""}`))));
      }
      return found;
    };
    placeText.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); search(); } });
    const pick = h("button", { type: "button", id: "r-pick", on: { click: () => {
      chosen.textContent = "Click the map where the event happened…";
      this.onPickStart((lat, lon) => choose({ latitude: lat, longitude: lon, name: placeText.value.trim() || null }, `${lat}, ${lon} (picked on the map)`));
    } } }, "Pick on map");
    const save = async () => {
      message.textContent = "";
      message.className = "message";
      const changes = {};
      if (type.value !== e.event_type || sub.value !== e.sub_event_type) { changes.event_type = type.value; changes.sub_event_type = sub.value; }
      if (date.value && date.value !== e.event_date) {
        // the API refuses it too (422 with the same reason); checking here spares the round trip
        if (date.value > today) { say(`event_date: ${date.value} is in the future; an event cannot be dated after today.`); return; }
        changes.event_date = date.value;
      }
      if (fat.value !== "" && Number(fat.value) !== e.fatalities) {
        const n = Number(fat.value);
        if (!Number.isInteger(n) || n < 0) { say("Fatalities must be a whole number, 0 or more."); return; }
        changes.fatalities = n;
      }
      if (a1.value.trim() !== (e.actor1 || "")) changes.actor1 = a1.value.trim() || null;
      if (a2.value.trim() !== (e.actor2 || "")) changes.actor2 = a2.value.trim() || null;
      if (location) changes.location = location;
      else if (placeText.value.trim() && placeText.value.trim() !== (e.location || "")) {
        const found = await search();
        if (found.length) say(`Choose one of the places found for “${placeText.value.trim()}” (or pick on the map), then save.`);
        return;
      }
      if (!Object.keys(changes).length) { say("Nothing changed."); return; }
      await send({ action: "edit", changes });
    };
    const row = (label, control, id) => h("div", { class: "field" }, h("label", { for: id }, label), control);
    return h("form", { class: "edit", id: "r-edit", novalidate: true, on: { submit: (ev) => { ev.preventDefault(); save(); } } },
      h("h4", {}, "Correct"),
      row("Type", type, "r-type"), row("Sub-type", sub, "r-sub"), row("Date", date, "r-date"), row("Fatalities", fat, "r-fat"),
      row("Actor 1", a1, "r-actor1"), row("Actor 2", a2, "r-actor2"),
      h("div", { class: "field place" }, h("label", { for: "r-place" }, "Place"), placeText,
        h("button", { type: "button", id: "r-place-search", on: { click: search } }, "Search"), pick),
      results, chosen,
      h("button", { type: "submit", id: "r-save" }, "Save correction"));
  }
}
