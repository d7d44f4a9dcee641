// An article's stored text with the quotes events were read from marked in it, and the article
// view that shows one article with links back to its story.

import * as api from './api.js';
import { el } from './dom.js';
import { formatDate } from './format.js';
import { articleLink, externalLink } from './links.js';
import { linkTo } from './state.js';

// The API counts offsets in Unicode code points (Python's str); a JS string counts UTF-16
// units, which differ past the BMP, so the text is cut as an array of code points.
export function articleText(article) {
  const chars = Array.from(article.text);
  const node = el('div', {
    class: 'article-text',
    'data-testid': 'article-text',
    lang: article.lang,
    dir: 'auto',
  });
  const spans = [...article.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of spans) {
    // A quote inside one already marked stays reachable from the events list; marks cannot nest.
    if (span.start < at) continue;
    node.append(chars.slice(at, span.start).join(''));
    node.append(
      el(
        'mark',
        {
          class: 'quote',
          title: 'Open the event read from these words',
          dataset: { event: span.event_id, start: span.start, end: span.end },
        },
        chars.slice(span.start, span.end).join(''),
      ),
    );
    at = span.end;
  }
  node.append(chars.slice(at).join(''));
  return node;
}

export function articleFacts(article) {
  const original = externalLink(article.url, 'original');
  const copied = article.duplicate_of
    ? articleLink(article.duplicate_of, 'an earlier article')
    : null;
  return [
    el('span', { class: 'lang-tag' }, article.lang || '?'),
    ` ${formatDate(article.published)}`,
    article.source ? ` · ${article.source}` : '',
    copied ? [' · a copy of ', copied] : '',
    original ? [' · ', original] : '',
  ];
}

export async function showArticle(root, { state, stories }) {
  const article = await api.article(state.article);
  const label = stories.get(article.story_id) || 'its story';
  root.append(
    el(
      'article',
      { class: 'article-view' },
      el('h2', { dir: 'auto', lang: article.lang }, article.title || 'Untitled article'),
      el('p', { class: 'facts' }, articleFacts(article)),
      article.story_id
        ? el(
            'p',
            { class: 'back' },
            'In the story ',
            el('a', { href: linkTo({ view: 'story', story: article.story_id }) }, label),
            ' · ',
            el(
              'a',
              { href: linkTo({ view: 'timeline', story: article.story_id }) },
              'its timeline',
            ),
          )
        : null,
      articleText(article),
    ),
  );
}
