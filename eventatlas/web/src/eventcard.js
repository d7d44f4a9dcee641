// The event card in the side panel: every field of one event with the words each source gave,
// so that a reader can check the record against the articles it came from.

import * as api from './api.js';
import { colorOf } from './colors.js';
import { el, quote } from './dom.js';
import { GEO_PRECISION, TIME_PRECISION, formatDate } from './format.js';
import { articleLink, externalLink } from './links.js';
import { go } from './state.js';

const panel = document.getElementById('panel');
const body = document.getElementById('panel-body');
let wanted = ''; // the event the card shows or is loading

function actor(name, associate) {
  return associate ? `${name} (with ${associate})` : name;
}

function row(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

function fatalities(event) {
  const rows = [row('Fatalities', event.fatalities ?? 'not reported')];
  if (event.injured != null) rows.push(row('Injured', event.injured));
  if (event.size != null) rows.push(row('Size', event.size));
  return rows;
}

function disagreements(event, titles) {
  const fields = Object.entries(event.disagreements || {});
  if (!fields.length) return null;
  return el(
    'section',
    { class: 'disagreements' },
    el('h3', {}, 'Sources differ'),
    el(
      'dl',
      {},
      fields.map(([field, values]) =>
        row(
          field.replaceAll('_', ' '),
          el(
            'ul',
            {},
            values.map(({ value, article_ids: ids }) =>
              el(
                'li',
                {},
                el('strong', {}, value ?? 'not given'),
                ': ',
                [...new Set(ids)].map((id, i) => [
                  i ? ', ' : '',
                  articleLink(id, titles.get(id) || id),
                ]),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function source(item) {
  const original = externalLink(item.url, 'original');
  return el(
    'li',
    { class: 'source' },
    el(
      'p',
      { class: 'source-head' },
      el('span', { class: 'lang-tag' }, item.lang || '?'),
      item.title
        ? el('span', { class: 'source-title', dir: 'auto', lang: item.lang }, item.title)
        : null,
    ),
    quote(item.quote, item.lang),
    el(
      'p',
      { class: 'source-links' },
      formatDate(item.published),
      ' · ',
      articleLink(item.article_id),
      original ? [' · ', original] : null,
    ),
  );
}

function card(event) {
  const titles = new Map(event.sources.map((s) => [s.article_id, s.title]));
  const place = [event.location, event.admin2, event.admin1, event.country].filter(Boolean);
  return el(
    'article',
    { class: 'event-card', 'data-testid': 'event-card' },
    el(
      'p',
      { class: 'card-date' },
      el('time', { datetime: event.event_date }, formatDate(event.event_date)),
      ` (${TIME_PRECISION[event.time_precision] || 'precision unknown'})`,
    ),
    el(
      'h2',
      {},
      el('span', { class: 'swatch', style: `background:${colorOf(event.event_type)}` }),
      event.event_type,
    ),
    el('p', { class: 'subtype' }, event.sub_event_type),
    el(
      'dl',
      { class: 'fields' },
      row(
        'Actors',
        actor(event.actor1, event.assoc_actor_1),
        event.actor2 ? ` vs ${actor(event.actor2, event.assoc_actor_2)}` : '',
      ),
      row(
        'Place',
        place.join(', ') || 'unknown',
        GEO_PRECISION[event.geo_precision] ? ` (${GEO_PRECISION[event.geo_precision]})` : '',
      ),
      fatalities(event),
    ),
    el('p', { class: 'notes' }, event.notes),
    disagreements(event, titles),
    el('h3', {}, `Sources (${event.sources.length})`),
    el('ol', { class: 'sources' }, event.sources.map(source)),
  );
}

export async function showEventCard(eventId, onError) {
  panel.hidden = !eventId;
  if (eventId === wanted) return;
  wanted = eventId;
  if (!eventId) return;
  body.replaceChildren(el('p', { class: 'loading' }, 'Loading the event…'));
  try {
    const event = await api.event(eventId);
    if (wanted === eventId) body.replaceChildren(card(event));
  } catch (error) {
    if (wanted !== eventId) return;
    wanted = ''; // so that showing it again tries again
    body.replaceChildren(el('p', {}, 'This event could not be shown.'));
    onError(error);
  }
}

document.getElementById('panel-close').addEventListener('click', () => go({ event: '' }));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) go({ event: '' });
});
