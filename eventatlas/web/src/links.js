// Links out of the data: to an article inside the app, or to the page a report came from.

import { el } from './dom.js';
import { linkTo } from './state.js';

// dir="auto" keeps an Arabic title from reordering the English sentence around it.
export function articleLink(articleId, text = 'open article', attrs = {}) {
  const href = linkTo({ view: 'article', article: articleId });
  return el('a', { href, dir: 'auto', ...attrs }, text);
}

// Only web addresses become links: a stored file path or a javascript: URL must not.
export function externalLink(url, text) {
  return /^https?:\/\//i.test(url || '')
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
    : null;
}
