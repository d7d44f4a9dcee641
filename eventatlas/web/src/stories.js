// The stories list, and one story's page: its events, its timeline and its articles with the
// quotes marked.

import * as api from './api.js';
import { articleFacts, articleText } from './article.js';
import { colorOf } from './colors.js';
import { el } from './dom.js';
import { formatDate, plural } from './format.js';
import { articleLink } from './links.js';
import { linkTo } from './state.js';
import { showTimeline } from './timeline.js';

const PAGE = 100;

function dates(first, last) {
  if (!first) return 'dates unknown';
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

function storyRow(story) {
  return el(
    'tr',
    { 'data-testid': 'story-item' },
    el(
      'td',
      {},
      el('a', { href: linkTo({ view: 'story', story: story.story_id }), dir: 'auto' }, story.label),
    ),
    el('td', { class: 'nowrap' }, dates(story.first_date, story.last_date)),
    el('td', {}, story.languages.join(' ')),
    el('td', { class: 'number' }, story.articles),
    el('td', { class: 'number' }, story.events),
  );
}

export async function showStories(root, { filters, onError }) {
  const params = { lang: filters.lang, from: filters.from, to: filters.to, limit: PAGE };
  const rows = el('tbody');
  const heading = el('h2', {}, 'Stories');
  const more = el('button', { type: 'button', class: 'more', hidden: true }, 'Show more');
  root.append(
    el(
      'section',
      { class: 'stories', 'data-testid': 'stories-list' },
      heading,
      el('p', { class: 'hint' }, 'Largest first; filtered by language and dates.'),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['Story', 'Dates', 'Languages', 'Articles', 'Events'].map((h) => el('th', {}, h)),
          ),
        ),
        rows,
      ),
      more,
    ),
  );
  async function load(offset) {
    const page = await api.stories({ ...params, offset });
    rows.append(...page.stories.map(storyRow));
    heading.textContent = `Stories (${page.total})`;
    more.hidden = rows.children.length >= page.total;
  }
  more.addEventListener('click', () => {
    more.disabled = true; // one page at a time, or a double click would list it twice
    load(rows.children.length)
      .catch(onError)
      .finally(() => {
        more.disabled = false;
      });
  });
  await load(0);
}

function eventRow(event) {
  return el(
    'li',
    {},
    el(
      'a',
      { href: linkTo({ event: event.event_id }) },
      el('span', { class: 'swatch', style: `background:${colorOf(event.event_type)}` }),
      el('time', { datetime: event.event_date }, formatDate(event.event_date)),
      ` ${event.event_type}`,
      event.location ? `, ${event.location}` : '',
      event.fatalities ? ` (${plural(event.fatalities, 'death')})` : '',
    ),
  );
}

// Each article's text is fetched when it is first opened; the first one is open from the start.
function articleBlock(summary, open, onError) {
  const slot = el('div', { class: 'loading' }, 'Loading the text…');
  const details = el('details', { open }, el('summary', {}, 'show text'), slot);
  let loading = null;
  function load() {
    loading ??= api.article(summary.article_id).then(
      (article) => slot.replaceWith(articleText(article)),
      (error) => {
        loading = null; // opening it again tries again
        throw error;
      },
    );
    return loading;
  }
  details.addEventListener('toggle', () => details.open && load().catch(onError));
  const title = articleLink(summary.article_id, summary.title || 'Untitled article');
  return {
    node: el(
      'article',
      { class: 'story-article' },
      el('h3', { dir: 'auto', lang: summary.lang }, title),
      el('p', { class: 'facts' }, articleFacts(summary)),
      details,
    ),
    load,
  };
}

async function listEvents(list, filters) {
  const { events } = await api.events(filters);
  list.replaceChildren(
    ...(events.length
      ? events.map(eventRow)
      : [el('li', { class: 'hint' }, 'No events of this story match the filters.')]),
  );
}

// The story is one of the filters, so its events here are those the map and the count show.
export async function showStory(root, { filters, onError }) {
  const story = await api.story(filters.story);
  const events = el(
    'ul',
    { class: 'event-list' },
    el('li', { class: 'loading' }, 'Loading events…'),
  );
  const blocks = story.articles.map((summary, i) => articleBlock(summary, i === 0, onError));
  const timeline = el('div');
  root.append(
    el(
      'section',
      { class: 'story-page', 'data-testid': 'story-page' },
      el('h2', { dir: 'auto', 'data-testid': 'story-label' }, story.label),
      el(
        'p',
        { class: 'facts' },
        `${dates(story.first_date, story.last_date)} · ${story.languages.join(' ')} · `,
        `${plural(story.article_ids.length, 'article')} · ${plural(story.event_ids.length, 'event')}`,
      ),
      el(
        'div',
        { class: 'story-columns' },
        el('div', {}, el('h3', {}, 'Events'), events, timeline),
        el(
          'div',
          {},
          el('h3', {}, 'Articles'),
          blocks.map((block) => block.node),
        ),
      ),
    ),
  );
  await Promise.all([
    listEvents(events, filters),
    showTimeline(timeline, { filters }),
    blocks[0]?.load(),
  ]);
}
