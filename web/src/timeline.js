// The timeline: events per day, week or month stacked by event type (GET /aggregates), with a brush.
// It shows every date (the date filters are not applied to it) and draws the chosen range as the brush,
// so brushing narrows the map and the table while the whole history stays in view.
import { axisBottom, axisLeft } from "d3-axis";
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { stack } from "d3-shape";
import { utcDay, utcMonday, utcMonth } from "d3-time";
import { utcFormat } from "d3-time-format";

import { get, latest } from "./api.js";
import { TYPE_COLORS, typeColor } from "./colors.js";
import { fmt } from "./dom.js";
import { filterParams } from "./state.js";

const INTERVALS = { day: utcDay, week: utcMonday, month: utcMonth };
const MIN_PERIODS = { day: 14, week: 8, month: 6 }; // a short history still gets a readable axis of dates
const TICK_FORMAT = { day: utcFormat("%b %d"), week: utcFormat("%b %d"), month: utcFormat("%b %Y") };
const M = { top: 8, right: 12, bottom: 22, left: 44 };

/** Every step-th period counted from a fixed origin (interval.every restarts each month, crowding the ends). */
function everyNth(interval, step) {
  if (step <= 1) return interval;
  const origin = new Date(Date.UTC(1970, 0, 5)); // a Monday
  return interval.filter((d) => interval.count(origin, d) % step === 0);
}

export function iso(date) {
  return date.toISOString().slice(0, 10);
}

export function parseDay(s) {
  return new Date(`${s}T00:00:00Z`);
}

export function autoPeriod(dateMin, dateMax) {
  if (!dateMin || !dateMax) return "month";
  const days = (parseDay(dateMax) - parseDay(dateMin)) / 864e5;
  return days <= 120 ? "day" : days <= 3 * 365 ? "week" : "month";
}

export class Timeline {
  constructor(element, { onRange }) {
    this.element = element;
    this.onRange = onRange;
    this.run = latest();
    this.svg = select(element).append("svg").attr("class", "timeline-svg").attr("role", "img").attr("aria-label", "Events over time by type");
    this.plot = this.svg.append("g").attr("transform", `translate(${M.left},${M.top})`);
    this.bars = this.plot.append("g").attr("class", "bars");
    this.xAxis = this.plot.append("g").attr("class", "axis x");
    this.yAxis = this.plot.append("g").attr("class", "axis y");
    this.brushLayer = this.plot.append("g").attr("class", "brush");
    this.data = null;
    new ResizeObserver(() => this.data && this.draw()).observe(element);
  }

  load(filters, by) {
    this.filters = filters;
    this.by = by;
    return this.run(async (signal) => {
      const params = filterParams(filters, { without: ["date_from", "date_to"] });
      params.set("by", by);
      params.set("group", "event_type");
      const data = await get("aggregates", params, signal);
      if (!data) return;
      this.data = data;
      this.draw();
    });
  }

  /** Only the brush moves (after a date filter changed elsewhere): no refetch. */
  setRange(filters) {
    this.filters = filters;
    if (this.data) this.placeBrush();
  }

  draw() {
    const width = Math.max(200, this.element.clientWidth);
    const height = Math.max(80, this.element.clientHeight || 140);
    const w = width - M.left - M.right;
    const hgt = height - M.top - M.bottom;
    this.svg.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);
    const interval = INTERVALS[this.data.by] || utcMonth;
    const keys = [...new Set(this.data.buckets.map((b) => b.key || "Unknown"))]
      .sort((a, b) => Object.keys(TYPE_COLORS).indexOf(a) - Object.keys(TYPE_COLORS).indexOf(b));
    const byPeriod = new Map();
    for (const b of this.data.buckets) {
      const row = byPeriod.get(b.period) || { period: b.period };
      row[b.key || "Unknown"] = (row[b.key || "Unknown"] || 0) + b.events;
      byPeriod.set(b.period, row);
    }
    const rows = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
    for (const r of rows) for (const k of keys) r[k] = r[k] || 0;
    let lo = rows.length ? parseDay(rows[0].period) : utcMonth.floor(new Date());
    let hi = rows.length ? interval.offset(parseDay(rows[rows.length - 1].period), 1) : utcMonth.offset(lo, 1);
    const by = INTERVALS[this.data.by] ? this.data.by : "month";
    const missing = MIN_PERIODS[by] - interval.count(lo, hi);
    if (missing > 0) {
      lo = interval.offset(lo, -Math.floor(missing / 2));
      hi = interval.offset(hi, Math.ceil(missing / 2));
    }
    this.x = scaleUtc().domain([lo, hi]).range([0, w]);
    this.interval = interval;
    const series = stack().keys(keys)(rows);
    const top = Math.max(1, ...rows.map((r) => keys.reduce((s, k) => s + r[k], 0)));
    const y = scaleLinear().domain([0, top]).nice().range([hgt, 0]);
    const x = this.x;
    this.bars.selectAll("g.series").data(series, (s) => s.key).join("g")
      .attr("class", "series").attr("fill", (s) => typeColor(s.key)).attr("data-type", (s) => s.key)
      .selectAll("rect").data((s) => s.map((d) => ({ d, key: s.key }))).join("rect")
      .attr("x", ({ d }) => x(parseDay(d.data.period)))
      .attr("width", ({ d }) => Math.max(1, x(interval.offset(parseDay(d.data.period), 1)) - x(parseDay(d.data.period)) - 1))
      .attr("y", ({ d }) => y(d[1]))
      .attr("height", ({ d }) => Math.max(0, y(d[0]) - y(d[1])))
      .selectAll("title").data(({ d, key }) => [`${d.data.period} · ${key}: ${fmt.format(d.data[key])}`]).join("title").text((t) => t);
    const periods = interval.count(lo, hi);
    const step = Math.max(1, Math.ceil(periods / Math.max(2, Math.floor(w / 80))));
    this.xAxis.attr("transform", `translate(0,${hgt})`)
      .call(axisBottom(x).ticks(everyNth(interval, step)).tickFormat(TICK_FORMAT[by]));
    this.yAxis.call(axisLeft(y).ticks(Math.min(3, top)).tickFormat((v) => (Number.isInteger(v) ? fmt.format(v) : "")));
    this.brush = brushX().extent([[0, 0], [w, hgt]]).on("end", (event) => this.brushed(event));
    this.brushLayer.call(this.brush);
    this.placeBrush();
    this.element.dataset.periods = String(rows.length);
  }

  placeBrush() {
    const { date_from: from, date_to: to } = this.filters;
    this.moving = true;
    if (from || to) {
      const [d0, d1] = this.x.domain();
      const a = from ? parseDay(from) : d0;
      const b = to ? utcDay.offset(parseDay(to), 1) : d1;
      this.brushLayer.call(this.brush.move, [Math.max(0, this.x(a)), Math.min(this.x.range()[1], this.x(b))]);
    } else {
      this.brushLayer.call(this.brush.move, null);
    }
    this.moving = false;
  }

  brushed(event) {
    if (this.moving || !event.sourceEvent) return; // our own placeBrush, not the user
    if (!event.selection) {
      this.onRange(null, null);
      return;
    }
    // snap to whole periods: the first period touched to the last
    const [a, b] = event.selection.map((px) => this.x.invert(px));
    const start = this.interval.floor(a);
    let end = this.interval.ceil(b);
    if (end <= start) end = this.interval.offset(start, 1);
    this.onRange(iso(start), iso(utcDay.offset(end, -1)));
  }
}
