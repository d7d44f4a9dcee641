// The whole state of the page lives in the query string, so that any view can be bookmarked,
// shared and reached again with the back button.

export const FILTER_KEYS = [
  'from',
  'to',
  'type',
  'actor',
  'country',
  'admin1',
  'lang',
  'story',
  'q',
];
const KEYS = ['view', ...FILTER_KEYS, 'event', 'article'];
const VIEWS = ['map', 'timeline', 'stories', 'story', 'article'];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = Object.fromEntries(KEYS.map((key) => [key, (params.get(key) || '').trim()]));
  if (!VIEWS.includes(state.view)) state.view = 'map';
  return state;
}

export function filtersOf(state) {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, state[key]]));
}

// The link to a state; empty values are left out to keep addresses short.
export function href(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  return `?${params}`;
}

export function linkTo(changes) {
  return href({ ...readState(), ...changes });
}

// One listener, set by main.js, redraws the page whenever the address changes.
let onChange = () => {};

export function watch(listener) {
  onChange = listener;
  window.addEventListener('popstate', () => onChange());
}

function navigate(target) {
  if (target !== window.location.search) window.history.pushState(null, '', target);
  onChange();
}

export function go(changes) {
  navigate(linkTo(changes));
}

// In-app links are ordinary <a href="?..."> (they open in a new tab too); a plain click moves
// through history instead of reloading the page.
export function followLinks(root) {
  root.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="?"]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href'));
  });
}
