// Bundles src/ into static/dist/ (app.js and app.css, Leaflet's CSS included) and copies the
// Natural Earth borders and Swagger UI (the API's /docs page) there, so that nothing is fetched
// from the internet.

import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
