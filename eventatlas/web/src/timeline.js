// The timeline: the month chart of the filtered events, then the dated milestones of a story or
// of a query. The story page shows the same component for its story.

import * as api from './api.js';
import { drawCounts } from './counts-chart.js';
import { el, quote } from './dom.js';
import { formatDate } from './format.js';
import { articleLink } from './links.js';
import { linkTo } from './state.js';

function milestone(entry) {
  // The first source is the sentence the quote was taken from, so it carries its language.
  const lang = entry.sources[0]?.lang;
  const articles = [...new Map(entry.sources.map((s) => [s.article_id, s])).values()];
  return el(
    'li',
    { class: 'milestone', 'data-testid': 'milestone' },
    el('time', { datetime: entry.date }, formatDate(entry.date)),
    el('h3', { dir: 'auto' }, entry.headline),
    quote(entry.text, lang),
    el(
      'p',
      { class: 'milestone-links' },
      'Sources: ',
      articles.map((s, i) => [
        i ? ', ' : '',
        articleLink(s.article_id, s.lang || '?', { title: s.quote, class: 'lang-link' }),
      ]),
      entry.event_ids.map((eventId, i) => [
        i ? ', ' : ' · ',
        el(
          'a',
          { href: linkTo({ event: eventId }) },
          entry.event_ids.length > 1 ? `event ${i + 1}` : 'the event',
        ),
      ]),
    ),
  );
}

async function showMilestones(heading, list, filters) {
  // The API takes one of the two: a story when one is chosen, else the words.
  const subject = filters.story ? { story: filters.story } : { q: filters.q };
  const { title, entries } = await api.timeline({ ...subject, from: filters.from, to: filters.to });
  heading.textContent = `Milestones: ${title}`;
  list.replaceChildren(
    ...(entries.length
      ? entries.map(milestone)
      : [el('li', { class: 'hint' }, 'No dated milestones for this choice.')]),
  );
}

async function showChart(box, filters) {
  const { rows } = await api.counts(filters);
  if (!box.isConnected) return; // another view replaced this one; its chart must stay
  const canvas = el('canvas', {
    'data-testid': 'chart',
    role: 'img',
    'aria-label': 'Events per month by type, with fatalities',
  });
  box.replaceChildren(canvas);
  if (!drawCounts(canvas, rows)) {
    box.replaceChildren(el('p', { class: 'hint' }, 'No events match these filters.'));
  }
}

export async function showTimeline(root, { filters }) {
  const box = el('div', { class: 'chart-box' });
  const heading = el('h3', { dir: 'auto' }, 'Milestones');
  const list = el('ol', { class: 'milestones' });
  root.append(
    el(
      'section',
      { class: 'timeline', 'data-testid': 'timeline' },
      el('h3', {}, 'Events per month'),
      box,
      heading,
      list,
    ),
  );
  const work = [showChart(box, filters)];
  if (filters.story || filters.q) {
    list.append(el('li', { class: 'loading' }, 'Reading the articles for milestones…'));
    work.push(showMilestones(heading, list, filters));
  } else {
    list.append(el('li', { class: 'hint' }, 'Choose a story or type words to get milestones.'));
  }
  await Promise.all(work);
}
