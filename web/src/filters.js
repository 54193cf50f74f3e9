// The filter panel: country, admin1, type, sub-type, actor, date range, text, review state.
// Every change goes through onChange(filters); main.js keeps them in the URL.
import { typeColor } from "./colors.js";
import { append, clear, h, option } from "./dom.js";
import { filterParams } from "./state.js";

const EXPORTS = [["acled-csv", "ACLED CSV"], ["geojson", "GeoJSON"], ["parquet", "Parquet"], ["jsonl", "JSON Lines"]];

function selected(select) {
  return [...select.selectedOptions].map((o) => o.value);
}

export class FilterPanel {
  constructor(form, meta, { onChange }) {
    this.form = form;
    this.meta = meta;
    this.onChange = onChange;
    this.country = h("select", { id: "f-country", name: "country", multiple: true, size: "5" }, meta.countries.map((c) => option(c)));
    this.admin1 = h("select", { id: "f-admin1", name: "admin1", multiple: true, size: "5" });
    this.types = Object.keys(meta.event_types).map((t) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.background = typeColor(t);
      const box = h("input", { type: "checkbox", name: "event_type", value: t });
      return { t, box, label: h("label", { class: "type-choice" }, box, swatch, t) };
    });
    this.sub = h("select", { id: "f-sub", name: "sub_event_type", multiple: true, size: "6" });
    this.actor = h("input", { id: "f-actor", type: "search", name: "actor", placeholder: "part of a name", autocomplete: "off" });
    this.from = h("input", { id: "f-from", type: "date", name: "date_from" });
    this.to = h("input", { id: "f-to", type: "date", name: "date_to" });
    this.q = h("input", { id: "f-q", type: "search", name: "q", placeholder: "words in notes, places, articles", autocomplete: "off" });
    this.reviewed = h("select", { id: "f-reviewed", name: "reviewed" }, option("", "reviewed or not"), option("reviewed", "reviewed"), option("unreviewed", "not yet reviewed"));
    this.status = h("select", { id: "f-status", name: "status" }, option("", "all but rejected"), option("any", "all, with rejected"),
      option("confirmed", "confirmed or edited"), option("open", "open"), option("rejected", "rejected"));
    this.minFat = h("input", { id: "f-minfat", type: "number", min: "0", step: "1", name: "min_fatalities", placeholder: "0" });
    this.exports = h("div", { class: "exports" });
    const field = (label, control, id) => h("div", { class: "field" }, h("label", { for: id }, label), control);
    clear(form).append(
      field("Country", this.country, "f-country"),
      field("Admin1", this.admin1, "f-admin1"),
      h("fieldset", { class: "field types" }, h("legend", {}, "Event type"), this.types.map((x) => x.label)),
      field("Sub-type", this.sub, "f-sub"),
      field("Actor", this.actor, "f-actor"),
      h("div", { class: "field dates" }, h("label", { for: "f-from" }, "From"), this.from, h("label", { for: "f-to" }, "to"), this.to),
      field("Text", this.q, "f-q"),
      field("Review", this.reviewed, "f-reviewed"),
      field("Status", this.status, "f-status"),
      field("Fatalities at least", this.minFat, "f-minfat"),
      h("div", { class: "field buttons" }, h("button", { type: "button", id: "f-clear", on: { click: () => this.clearAll() } }, "Clear filters")),
      h("div", { class: "field" }, h("span", { class: "label" }, "Export these events"), this.exports),
    );
    const changed = () => this.emit();
    for (const el of [this.country, this.admin1, this.sub, this.reviewed, this.status, this.from, this.to]) el.addEventListener("change", changed);
    for (const { box } of this.types) box.addEventListener("change", changed);
    for (const el of [this.actor, this.q, this.minFat]) {
      let timer = null;
      el.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(changed, 450); });
      el.addEventListener("change", () => { clearTimeout(timer); changed(); });
    }
    form.addEventListener("submit", (e) => { e.preventDefault(); changed(); });
  }

  /** Show these filters in the controls (from the URL, the brush, or a clear). */
  set(filters) {
    this.filters = filters;
    for (const o of this.country.options) o.selected = filters.country.includes(o.value);
    this.fillAdmin1(filters);
    for (const { t, box } of this.types) box.checked = filters.event_type.includes(t);
    this.fillSub(filters);
    this.actor.value = filters.actor;
    this.from.value = filters.date_from;
    this.to.value = filters.date_to;
    this.q.value = filters.q;
    this.reviewed.value = filters.reviewed;
    this.status.value = filters.status;
    this.minFat.value = filters.min_fatalities;
    this.fillExports(filters);
  }

  fillAdmin1(filters) {
    const countries = filters.country.length ? filters.country : this.meta.countries;
    clear(this.admin1);
    for (const c of countries) {
      const names = this.meta.admin1[c] || [];
      if (names.length) this.admin1.append(h("optgroup", { label: c }, names.map((a) => option(a, a, filters.admin1.includes(a)))));
    }
    // a value from the URL that no longer exists stays selectable (and visible) rather than silently dropped
    for (const a of filters.admin1) if (![...this.admin1.options].some((o) => o.value === a)) this.admin1.append(option(a, a, true));
  }

  fillSub(filters) {
    const types = filters.event_type.length ? filters.event_type : Object.keys(this.meta.event_types);
    clear(this.sub);
    for (const t of types) {
      this.sub.append(h("optgroup", { label: t }, (this.meta.event_types[t] || []).map((s) => option(s, s, filters.sub_event_type.includes(s)))));
    }
    for (const s of filters.sub_event_type) if (![...this.sub.options].some((o) => o.value === s)) this.sub.append(option(s, s, true));
  }

  fillExports(filters) {
    const params = filterParams(filters);
    append(clear(this.exports), EXPORTS.map(([format, label]) => {
      const p = new URLSearchParams(params);
      p.set("format", format);
      return h("a", { href: `export?${p}`, class: "export", dataset: { format }, download: "" }, label);
    }));
  }

  read() {
    return {
      ...this.filters,
      country: selected(this.country),
      admin1: selected(this.admin1),
      event_type: this.types.filter((x) => x.box.checked).map((x) => x.t),
      sub_event_type: selected(this.sub),
      actor: this.actor.value.trim(),
      date_from: this.from.value,
      date_to: this.to.value,
      q: this.q.value.trim(),
      reviewed: this.reviewed.value,
      status: this.status.value,
      min_fatalities: this.minFat.value,
    };
  }

  emit() {
    const next = this.read();
    // sub-types of a type no longer chosen go away with it
    if (next.event_type.length) {
      const allowed = new Set(next.event_type.flatMap((t) => this.meta.event_types[t] || []));
      next.sub_event_type = next.sub_event_type.filter((s) => allowed.has(s));
    }
    if (next.country.length) {
      const allowed = new Set(next.country.flatMap((c) => this.meta.admin1[c] || []));
      next.admin1 = next.admin1.filter((a) => allowed.has(a));
    }
    this.set(next);
    this.onChange(next);
  }

  clearAll() {
    const empty = { country: [], admin1: [], event_type: [], sub_event_type: [], actor: "", date_from: "", date_to: "", q: "", reviewed: "", status: "", min_fatalities: "", bbox: "" };
    this.set(empty);
    this.onChange(empty);
  }
}
