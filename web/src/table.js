// The table: a page of events from GET /events, sortable by the API's sort keys, paged by its cursors.
import { get, latest } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, fmt, h } from "./dom.js";
import { filterParams } from "./state.js";

const PAGE = 100;
const COLUMNS = [
  { key: "event_date", label: "Date", sort: "event_date" },
  { key: "event_type", label: "Type" },
  { key: "sub_event_type", label: "Sub-type" },
  { key: "actor1", label: "Actor 1" },
  { key: "actor2", label: "Actor 2" },
  { key: "location", label: "Place", sort: "location" },
  { key: "admin1", label: "Admin1" },
  { key: "country", label: "Country", sort: "country" },
  { key: "fatalities", label: "Fatalities", sort: "fatalities", numeric: true },
  { key: "n_sources", label: "Sources", numeric: true },
  { key: "review_status", label: "Review" },
];

export class EventTable {
  constructor(element, { onOpen, onSort }) {
    this.element = element;
    this.onOpen = onOpen;
    this.onSort = onSort;
    this.run = latest();
    this.cursors = [null]; // cursors[i] opens page i
    this.pageIndex = 0;
    this.sort = "-event_date";
    this.status = h("p", { class: "table-status", role: "status" });
    this.head = h("thead");
    this.body = h("tbody");
    this.prev = h("button", { type: "button", class: "page-prev", on: { click: () => this.go(this.pageIndex - 1) } }, "‹ Previous");
    this.next = h("button", { type: "button", class: "page-next", on: { click: () => this.go(this.pageIndex + 1) } }, "Next ›");
    element.append(h("div", { class: "table-bar" }, this.status, h("div", { class: "pager" }, this.prev, this.next)),
      h("div", { class: "table-scroll" }, h("table", { class: "events" }, this.head, this.body)));
  }

  load(filters, sort) {
    this.filters = filters;
    this.sort = sort || "-event_date";
    this.cursors = [null];
    return this.go(0);
  }

  go(index) {
    if (index < 0 || index >= this.cursors.length) return Promise.resolve();
    return this.run(async (signal) => {
      const params = filterParams(this.filters);
      params.set("sort", this.sort);
      params.set("limit", String(PAGE));
      if (this.cursors[index]) params.set("cursor", this.cursors[index]);
      const page = await get("events", params, signal);
      if (!page) return;
      this.pageIndex = index;
      this.cursors.length = index + 1;
      if (page.next_cursor) this.cursors.push(page.next_cursor);
      this.draw(page);
    });
  }

  draw(page) {
    clear(this.head).append(h("tr", {}, COLUMNS.map((c) => {
      if (!c.sort) return h("th", { scope: "col", class: c.numeric ? "num" : "" }, c.label);
      const active = this.sort.replace("-", "") === c.sort;
      const desc = this.sort.startsWith("-");
      const next = active && !desc ? `-${c.sort}` : active && desc ? c.sort : (c.sort === "event_date" || c.sort === "fatalities" ? `-${c.sort}` : c.sort);
      return h("th", { scope: "col", class: c.numeric ? "num" : "", "aria-sort": active ? (desc ? "descending" : "ascending") : "none" },
        h("button", { type: "button", class: "sort", dataset: { sort: c.sort }, on: { click: () => this.onSort(next) } },
          c.label, active ? (desc ? " ▼" : " ▲") : ""));
    })));
    clear(this.body);
    for (const item of page.items) {
      const row = h("tr", { dataset: { id: item.id }, class: `status-${item.review_status}`, tabindex: "0",
        on: { click: () => this.onOpen(item.id), keydown: (e) => { if (e.key === "Enter") this.onOpen(item.id); } } },
      COLUMNS.map((c) => {
        const value = item[c.key];
        if (c.key === "event_type") {
          const swatch = h("span", { class: "swatch" });
          swatch.style.background = typeColor(value);
          return h("td", { class: "type" }, swatch, value ?? "");
        }
        if (c.key === "event_date") return h("td", { class: "date" }, value ?? "", item.time_precision > 1 ? h("span", { class: "approx", title: item.time_precision === 2 ? "week" : "month" }, " ~") : "");
        return h("td", { class: `${c.numeric ? "num " : ""}col-${c.key}` }, value === null || value === undefined ? "" : c.numeric ? fmt.format(value) : String(value));
      }));
      this.body.append(row);
    }
    const first = this.pageIndex * PAGE + (page.items.length ? 1 : 0);
    const last = this.pageIndex * PAGE + page.items.length;
    this.status.textContent = page.total ? `${fmt.format(first)}–${fmt.format(last)} of ${fmt.format(page.total)} events` : "No events match these filters.";
    this.prev.disabled = this.pageIndex === 0;
    this.next.disabled = !page.next_cursor;
    this.element.dataset.total = String(page.total);
    this.element.dataset.rows = String(page.items.length);
  }

  highlight(id) {
    for (const tr of this.body.querySelectorAll("tr")) tr.classList.toggle("open", tr.dataset.id === id);
  }
}
