// The map view: country borders from the bundled Natural Earth TopoJSON, province borders of the
// countries the events are in (no tiles unless the server names a tile URL, so it works offline),
// and the filtered events as clustered circles.

import L from 'leaflet';
// The cluster plugin extends the global L that the leaflet import has just set.
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import * as api from './api.js';
import { EVENT_TYPES, colorOf } from './colors.js';
import { el, fill } from './dom.js';
import { formatDate, plural } from './format.js';
import { go } from './state.js';

const BORDERS_URL = '/assets/dist/countries-50m.json';
const PROVINCES_URL = '/assets/dist/provinces/';
// Readers who ask their system for less motion get a map that jumps where it would glide.
const STILL = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let map;
let clusters;
let legend;
let shownKey = null; // the filters whose events are on the map now
let provinceFiles = null; // the countries (ISO alpha-3) whose province borders were bundled
const provincesDrawn = new Set();
const circles = new Map(); // event id -> its circle, to point at the event the card shows
let focused = ''; // the id of the event the card shows
const panel = document.getElementById('panel'); // the event card covers the map's right side
const LINE = { color: '#333', weight: 1 };
const FOCUSED_LINE = { color: '#000', weight: 3 };

// Bigger circles for deadlier events; the root keeps one massacre from hiding its neighbours.
function radiusOf(fatalities) {
  return Math.min(22, 5 + 2.5 * Math.sqrt(fatalities || 0));
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 30 : count < 100 ? 38 : 46;
  return L.divIcon({
    html: el('span', {}, count),
    className: 'event-cluster',
    iconSize: [size, size],
  });
}

const placed = (event) => event.latitude != null && event.longitude != null;

function marker(event) {
  const circle = L.circleMarker([event.latitude, event.longitude], {
    className: 'event-marker',
    radius: radiusOf(event.fatalities),
    ...LINE,
    fillColor: colorOf(event.event_type),
    fillOpacity: 0.85,
  });
  const place = [event.location, event.country].filter(Boolean).join(', ');
  circle.bindTooltip(
    el('span', {}, `${formatDate(event.event_date)} · ${event.event_type}`, el('br'), place),
  );
  circle.on('click', () => go({ event: event.event_id }));
  circles.set(event.event_id, circle);
  return circle;
}

// Natural Earth rings are cut at the antimeridian for a globe. On a flat map a ring's step from
// 180° to -180° would be drawn right across the world, so the longitudes are made continuous.
function unwrap(ring) {
  let shift = 0;
  let previous = ring[0][0];
  return ring.map(([lon, lat]) => {
    const step = lon + shift - previous;
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    previous = lon + shift;
    return [previous, lat];
  });
}

function flatten({ geometry }) {
  if (geometry?.type === 'Polygon') geometry.coordinates = geometry.coordinates.map(unwrap);
  if (geometry?.type === 'MultiPolygon') {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrap));
  }
}

async function drawBorders(pane) {
  const response = await fetch(BORDERS_URL);
  if (!response.ok) throw new Error(`The country borders did not load (${response.status}).`);
  const topology = await response.json();
  const countries = feature(topology, topology.objects.countries);
  countries.features.forEach(flatten);
  L.geoJSON(countries, {
    pane,
    // Canvas draws the many border vertices faster than SVG; the borders take no clicks.
    renderer: L.canvas({ pane }),
    interactive: false,
    style: { color: '#9a9a9a', weight: 0.6, fillColor: '#f6f3ec', fillOpacity: 1 },
  }).addTo(map);
}

async function drawProvinces(events) {
  provinceFiles ??= fetch(`${PROVINCES_URL}index.json`).then((r) => (r.ok ? r.json() : []));
  const bundled = new Set(await provinceFiles);
  const wanted = new Set(events.map((event) => event.iso3).filter((code) => bundled.has(code)));
  for (const code of wanted) {
    if (provincesDrawn.has(code)) continue;
    provincesDrawn.add(code);
    const response = await fetch(`${PROVINCES_URL}${code}.json`);
    if (!response.ok) throw new Error(`The province borders of ${code} did not load.`);
    L.geoJSON(await response.json(), {
      pane: 'borders',
      renderer: L.canvas({ pane: 'borders' }),
      interactive: false,
      style: { color: '#b5b0a6', weight: 0.6, dashArray: '3 3', fill: false },
    }).addTo(map);
    // For the reader of the page's markup (and its tests): which provinces are drawn.
    map.getContainer().dataset.provinces = [...provincesDrawn].sort().join(' ');
  }
}

function createLegend() {
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => el('div', { class: 'legend', 'data-testid': 'legend' });
  return control;
}

function showLegend({ events, total }) {
  const perType = new Map(EVENT_TYPES.map((type) => [type, 0]));
  for (const event of events) {
    perType.set(event.event_type, (perType.get(event.event_type) || 0) + 1);
  }
  const unplaced = events.filter((event) => !placed(event)).length;
  fill(
    legend.getContainer(),
    el('h2', {}, 'Event types'),
    el(
      'ul',
      {},
      [...perType].map(([type, count]) =>
        el(
          'li',
          {},
          el('span', { class: 'swatch', style: `background:${colorOf(type)}` }),
          el('span', { class: 'legend-type' }, type),
          el('span', { class: 'legend-count' }, count),
        ),
      ),
    ),
    el('p', { class: 'legend-note' }, 'Circle size: fatalities.'),
    unplaced
      ? el('p', { class: 'legend-note' }, `${plural(unplaced, 'event')} without a place.`)
      : null,
    total > events.length
      ? el('p', { class: 'legend-note' }, `The first ${events.length} of ${total}.`)
      : null,
  );
}

function createMap(tileUrl, onError) {
  map = L.map('map', {
    minZoom: 2,
    maxZoom: 12,
    worldCopyJump: true,
    zoomAnimation: !STILL,
    fadeAnimation: !STILL,
    markerZoomAnimation: !STILL,
  }).setView([30, 30], 3);
  map.attributionControl.setPrefix(false).addAttribution('Borders: Natural Earth');
  // Panes keep the order tiles < borders < events whichever loads first.
  map.createPane('borders').style.zIndex = 250;
  if (tileUrl) L.tileLayer(tileUrl).addTo(map);
  drawBorders('borders').catch(onError);
  clusters = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    animate: !STILL,
    maxClusterRadius: 40,
    chunkedLoading: true,
    // The last chunk is drawn right after its report: the map is busy until then.
    chunkProgress: (added, all) => {
      if (added === all) setTimeout(() => map.getContainer().removeAttribute('aria-busy'));
    },
  }).addTo(map);
  legend = createLegend().addTo(map);
}

export async function showMap({ tileUrl, filters, onError }) {
  if (!map) createMap(tileUrl, onError);
  // The map was hidden while another view was shown: Leaflet measures its box again.
  map.invalidateSize();
  const key = new URLSearchParams(filters).toString();
  if (key === shownKey) return;
  shownKey = key;
  map.getContainer().setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await api.events(filters);
  } catch (error) {
    if (key === shownKey) {
      shownKey = null; // so that the same filters are tried again
      map.getContainer().removeAttribute('aria-busy');
    }
    throw error;
  }
  if (key !== shownKey) return; // newer filters were applied meanwhile
  const onMap = page.events.filter(placed);
  clusters.clearLayers();
  circles.clear();
  clusters.addLayers(onMap.map(marker));
  showLegend(page);
  drawProvinces(onMap).catch(onError);
  // From the events, not the cluster group: chunked loading may still be adding markers.
  const bounds = L.latLngBounds(onMap.map((event) => [event.latitude, event.longitude]));
  if (onMap.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
  pointAt(focused);
}

function pointAt(eventId) {
  const circle = circles.get(eventId);
  if (!circle) return;
  circle.setStyle(FOCUSED_LINE);
  if (!map.hasLayer(circle)) return; // inside a cluster, which keeps it until it is opened
  circle.bringToFront();
  map.panInside(circle.getLatLng(), {
    paddingTopLeft: [40, 40],
    paddingBottomRight: [panel.hidden ? 40 : panel.offsetWidth + 40, 40],
  });
}

// Marks the event the card shows, and moves the map to keep it beside the card. Its events may
// still be loading: they mark it when they come.
export function focusEvent(eventId) {
  if (eventId === focused) return;
  circles.get(focused)?.setStyle(LINE);
  focused = eventId;
  pointAt(eventId);
}
