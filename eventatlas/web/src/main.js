// The page: reads the state from the address, shows the filters, the chosen view and the event
// card, and draws again whenever the address changes (a link, a filter, the back button).

import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './style.css';
import * as api from './api.js';
import { showArticle } from './article.js';
import { showEventCard } from './eventcard.js';
import { bindFilters, setupFilters, showFilters } from './filters.js';
import { plural } from './format.js';
import { focusEvent, showMap } from './map.js';
import { filtersOf, followLinks, go, href, linkTo, readState, watch } from './state.js';
import { showStories, showStory } from './stories.js';
import { showTimeline } from './timeline.js';

const PAGES = {
  timeline: showTimeline,
  stories: showStories,
  story: showStory,
  article: showArticle,
};

const page = document.getElementById('page');
const mapView = document.getElementById('map-view');
const count = document.getElementById('event-count');
const banner = document.getElementById('error');

let meta = null;
let stories = new Map(); // story id -> label, for links that name a story
let shownPage = null; // the address (less the event) whose page is built
let countedKey = null; // the filters the event count is for

function showError(error) {
  document.getElementById('error-text').textContent = error.message;
  banner.hidden = false;
}

// A view without the id it needs falls back to the list it is chosen from.
function viewOf(state) {
  if (state.view === 'story' && !state.story) return 'stories';
  if (state.view === 'article' && !state.article) return 'stories';
  return state.view;
}

async function showCount(filters) {
  const key = new URLSearchParams(filters).toString();
  if (key === countedKey) return;
  countedKey = key;
  count.textContent = '… events';
  try {
    const total = await api.eventTotal(filters);
    if (key === countedKey) count.textContent = plural(total, 'event');
  } catch (error) {
    if (key !== countedKey) return;
    countedKey = null;
    count.textContent = '? events';
    showError(error);
  }
}

function showTabs(view) {
  const tab = view === 'story' || view === 'article' ? 'stories' : view;
  for (const link of document.querySelectorAll('.tabs a')) {
    link.href = linkTo({ view: link.dataset.view });
    link.toggleAttribute('aria-current', link.dataset.view === tab);
  }
}

function showPage(view, state, filters) {
  const key = href({ ...state, event: '' });
  if (key === shownPage) return;
  shownPage = key;
  const root = document.createElement('div');
  page.replaceChildren(root);
  page.scrollTop = 0;
  PAGES[view](root, { state, filters, stories, onError: showError }).catch((error) => {
    // A page replaced while it loaded is not the reader's concern any more.
    if (root.isConnected) showError(error);
  });
}

function render() {
  const state = readState();
  const filters = filtersOf(state);
  const view = viewOf(state);
  showFilters(state);
  showTabs(view);
  showCount(filters);
  mapView.hidden = view !== 'map';
  page.hidden = view === 'map';
  if (view === 'map') {
    showMap({ tileUrl: meta?.tile_url, filters, onError: showError }).catch(showError);
  } else {
    showPage(view, state, filters);
  }
  showEventCard(state.event, showError);
  // After the card, whose width the map keeps clear of.
  if (view === 'map') focusEvent(state.event);
}

async function start() {
  followLinks(document);
  // A marked quote opens the event it was read for.
  document.addEventListener('click', (event) => {
    const mark = event.target.closest('mark.quote[data-event]');
    if (mark) go({ event: mark.dataset.event });
  });
  document.getElementById('error-close').addEventListener('click', () => {
    banner.hidden = true;
  });
  bindFilters();
  // The tabs keep the address's filters from the start: a tab clicked while /api/meta loads
  // would otherwise follow the page's bare "?view=map" and drop them.
  showTabs(viewOf(readState()));
  watch(() => {
    banner.hidden = true; // the new view's own errors show again if they recur
    render();
  });
  try {
    meta = await api.meta();
    setupFilters(meta);
    stories = new Map(meta.stories_index.map((s) => [s.story_id, s.label]));
    document.getElementById('totals').textContent = [
      plural(meta.articles, 'article'),
      plural(meta.stories, 'story', 'stories'),
      plural(meta.events, 'event'),
    ].join(' · ');
  } catch (error) {
    showError(error);
  }
  render();
}

start();
