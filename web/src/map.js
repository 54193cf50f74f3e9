// The map: Leaflet with no tile server.  Land and country borders come from Natural Earth (world-atlas),
// admin-1 borders from Natural Earth's states and provinces (built into geo/admin1.json), and events are
// clusters the API bins in the database (GET /clusters), coloured by event type and sized by fatalities.
import L from "leaflet";
import { feature, mesh } from "topojson-client";

import { get, latest } from "./api.js";
import { typeColor } from "./colors.js";
import { fmt, h } from "./dom.js";
import { filterParams } from "./state.js";

const ADMIN1_MIN_ZOOM = 4;
const VIEWPORT_MIN_ZOOM = 6;

export function radiusFor(fatalities, n) {
  // area grows with fatalities (log scale: one event with 300 dead must not cover a country); clusters a bit bigger
  const base = n > 1 ? 11 : 5;
  return base + 3.2 * Math.log2(1 + (fatalities || 0));
}

export class EventMap {
  constructor(element, { onOpen, onPick, onView }) {
    this.onOpen = onOpen;
    this.onPick = onPick;
    this.onView = onView;
    this.picking = false;
    this.run = latest();
    this.map = L.map(element, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 1, attributionControl: true });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Borders: Natural Earth");
    this.renderer = L.canvas({ padding: 0.3 });
    // borders get their own pane and canvas under the events, whatever order they arrive in
    this.map.createPane("basemap").style.zIndex = "350";
    this.baseRenderer = L.canvas({ padding: 0.3, pane: "basemap" });
    this.basemap = L.layerGroup().addTo(this.map);
    this.admin1 = null;
    this.markers = L.layerGroup().addTo(this.map);
    this.pickMarker = null;
    // the event panel opening or closing resizes the map: keep Leaflet's idea of its size (and centre) right
    new ResizeObserver(() => this.map.invalidateSize({ debounceMoveend: true })).observe(element);
    this.map.on("moveend", () => {
      this.onView?.(this.viewString());
      this.refresh();
      this.toggleAdmin1();
    });
    this.map.on("click", (e) => { if (this.picking) this.pickAt(e.latlng); });
  }

  /** Picking a place for a review: wherever the analyst clicks, on a marker or not. */
  pickAt(latlng) {
    this.setPicking(false);
    const lat = Math.round(latlng.lat * 1e5) / 1e5;
    const lon = Math.round(L.Util.wrapNum(latlng.lng, [-180, 180], true) * 1e5) / 1e5;
    this.showPick(lat, lon);
    this.onPick?.(lat, lon);
  }

  setView(view) {
    const m = /^(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(view || "");
    if (m) this.map.setView([Number(m[2]), Number(m[3])], Number(m[1]), { animate: false });
    else this.map.setView([15, 20], 2, { animate: false });
  }

  viewString() {
    const c = this.map.getCenter();
    return `${this.map.getZoom()}/${c.lat.toFixed(3)}/${L.Util.wrapNum(c.lng, [-180, 180], true).toFixed(3)}`;
  }

  async loadBasemap() {
    const world = await get("static/geo/countries-50m.json");
    const countries = unwrapAntimeridian(feature(world, world.objects.countries));
    L.geoJSON(countries, { renderer: this.baseRenderer, pane: "basemap", interactive: false, style: { color: "#8a8f98", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 } })
      .addTo(this.basemap);
  }

  async loadAdmin1() {
    if (this.admin1) return;
    const topo = await get("static/geo/admin1.json");
    const lines = mesh(topo, topo.objects.admin1, (a, b) => a !== b);
    this.admin1 = L.geoJSON(lines, { renderer: this.baseRenderer, pane: "basemap", interactive: false, style: { color: "#b3b8c0", weight: 0.6, dashArray: "2 3" } });
    this.toggleAdmin1();
  }

  toggleAdmin1() {
    if (!this.admin1) return;
    const show = this.map.getZoom() >= ADMIN1_MIN_ZOOM;
    if (show && !this.basemap.hasLayer(this.admin1)) this.basemap.addLayer(this.admin1);
    if (!show && this.basemap.hasLayer(this.admin1)) this.basemap.removeLayer(this.admin1);
  }

  setFilters(filters) {
    this.filters = filters;
    return this.refresh();
  }

  /** The box to ask clusters for: none when zoomed out (the whole world is a few hundred cells and the same
   *  answer for everyone, so the API caches it), else the viewport with a margin; always within the user's own bbox. */
  viewportBbox() {
    if (this.map.getZoom() < VIEWPORT_MIN_ZOOM) return this.filters.bbox || undefined;
    const b = this.map.getBounds().pad(0.25);
    let [x0, y0, x1, y1] = [b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())];
    if (x1 - x0 >= 360) [x0, x1] = [-180, 180];
    else {
      x0 = L.Util.wrapNum(x0, [-180, 180], true);
      x1 = L.Util.wrapNum(x1, [-180, 180], true);
    }
    const own = (this.filters.bbox || "").split(",").map(Number);
    if (own.length === 4 && own.every(Number.isFinite) && own[0] <= own[2] && x0 <= x1) {
      [x0, y0, x1, y1] = [Math.max(x0, own[0]), Math.max(y0, own[1]), Math.min(x1, own[2]), Math.min(y1, own[3])];
      if (x0 > x1 || y0 > y1) return null;
    }
    return [x0, y0, x1, y1].map((v) => v.toFixed(4)).join(",");
  }

  refresh() {
    if (!this.filters) return Promise.resolve();
    return this.run(async (signal) => {
      const bbox = this.viewportBbox();
      if (bbox === null) return this.draw({ clusters: [], n_events: 0, n_unmapped: 0 });
      const params = filterParams(this.filters, { without: ["bbox"] });
      if (bbox) params.set("bbox", bbox);
      params.set("zoom", String(this.map.getZoom()));
      const data = await get("clusters", params, signal);
      if (data) this.draw(data);
    });
  }

  draw(data) {
    this.markers.clearLayers();
    for (const c of data.clusters) {
      const types = Object.entries(c.types).sort((a, b) => b[1] - a[1]);
      const tip = h("div", { class: "map-tip" },
        h("strong", {}, c.n === 1 ? "1 event" : `${fmt.format(c.n)} events`), ` · ${fmt.format(c.fatalities)} fatalities`,
        h("ul", {}, types.map(([t, n]) => h("li", {}, `${t}: ${fmt.format(n)}`))));
      if (c.n === 1) {
        const marker = L.circleMarker([c.latitude, c.longitude], {
          renderer: this.renderer, radius: radiusFor(c.fatalities, 1), color: "#222", weight: 1,
          fillColor: typeColor(types[0][0]), fillOpacity: 0.85,
        });
        marker.bindTooltip(tip, { direction: "top" });
        marker.on("click", (e) => { if (this.picking) this.pickAt(e.latlng); else this.onOpen?.(c.id); });
        this.markers.addLayer(marker);
      } else {
        const size = Math.round(2 * radiusFor(c.fatalities, c.n));
        const icon = L.divIcon({ className: "cluster", iconSize: [size, size], html: clusterElement(c, types, size) });
        const marker = L.marker([c.latitude, c.longitude], { icon, keyboard: false, riseOnHover: true });
        marker.bindTooltip(tip, { direction: "top" });
        marker.on("click", (e) => { if (this.picking) this.pickAt(e.latlng); else this.expand(c); });
        this.markers.addLayer(marker);
      }
    }
    this.shown = data;
    const status = document.getElementById("map-status");
    if (status) {
      status.textContent = `${fmt.format(data.n_events)} events on the map`
        + (data.n_unmapped ? `, ${fmt.format(data.n_unmapped)} without coordinates` : "");
    }
    const el = document.getElementById("map");
    el.dataset.drawn = String(data.clusters.length);
    el.dataset.events = String(data.n_events);
  }

  /** A cluster click zooms to the box its events lie in; events that share one point are listed instead. */
  expand(c) {
    const [x0, y0, x1, y1] = c.bbox;
    const bounds = L.latLngBounds([y0, x0], [y1, x1]);
    const target = this.map.getBoundsZoom(bounds.pad(0.2));
    if (x1 - x0 > 1e-4 || y1 - y0 > 1e-4) {
      if (target > this.map.getZoom()) { this.map.fitBounds(bounds.pad(0.2), { maxZoom: this.map.getMaxZoom() }); return; }
    }
    this.listAt(c);
  }

  async listAt(c) {
    const [x0, y0, x1, y1] = c.bbox;
    const params = filterParams(this.filters, { without: ["bbox"] });
    params.set("bbox", [x0 - 1e-5, y0 - 1e-5, x1 + 1e-5, y1 + 1e-5].map((v) => v.toFixed(5)).join(","));
    params.set("limit", "25");
    const page = await get("events", params);
    const list = h("div", { class: "cluster-list" },
      h("strong", {}, `${fmt.format(page.total)} events here`),
      h("ul", {}, page.items.map((e) => h("li", {}, h("button", { type: "button", class: "link", dataset: { id: e.id },
        on: { click: () => { this.map.closePopup(); this.onOpen?.(e.id); } } }, `${e.event_date ?? "?"} · ${e.sub_event_type ?? e.event_type ?? "?"} · ${e.location ?? ""}`)))),
      page.total > page.items.length ? h("p", {}, `and ${fmt.format(page.total - page.items.length)} more in the table`) : null);
    L.popup({ maxWidth: 360, maxHeight: 260 }).setLatLng([c.latitude, c.longitude]).setContent(list).openOn(this.map);
  }

  setPicking(on) {
    this.picking = on;
    this.map.getContainer().classList.toggle("picking", on);
  }

  showPick(lat, lon) {
    if (this.pickMarker) this.pickMarker.remove();
    this.pickMarker = L.circleMarker([lat, lon], { renderer: this.renderer, radius: 7, color: "#000", weight: 2, fillColor: "#fff", fillOpacity: 1 }).addTo(this.map);
  }

  clearPick() {
    if (this.pickMarker) this.pickMarker.remove();
    this.pickMarker = null;
    this.setPicking(false);
  }

  focus(lat, lon) {
    if (lat === null || lat === undefined || lon === null || lon === undefined) return;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 6));
  }
}

/** Rings that cross ±180° (Fiji, Chukotka) are shifted to be continuous, so Leaflet draws no line across the world. */
export function unwrapAntimeridian(collection) {
  const fixRing = (ring) => {
    if (ring.some(([, lat]) => lat < -60)) return ring; // Antarctica wraps the pole on purpose
    let shift = 0;
    return ring.map(([lon, lat], i) => {
      if (i > 0) {
        const prev = ring[i - 1][0];
        if (lon - prev > 180) shift -= 360;
        else if (prev - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(fixRing));
  }
  return collection;
}

function clusterElement(c, types, size) {
  // a ring whose arcs show each type's share, with the event count inside
  let acc = 0;
  const stops = types.map(([t, n]) => {
    const from = (acc / c.n) * 360;
    acc += n;
    return `${typeColor(t)} ${from.toFixed(1)}deg ${((acc / c.n) * 360).toFixed(1)}deg`;
  });
  const ring = h("div", { class: "cluster-ring" }, h("span", { class: "cluster-count" }, c.n >= 1000 ? `${Math.round(c.n / 100) / 10}k` : String(c.n)));
  ring.style.width = `${size}px`;
  ring.style.height = `${size}px`;
  ring.style.background = `conic-gradient(${stops.join(", ")})`;
  return ring;
}
