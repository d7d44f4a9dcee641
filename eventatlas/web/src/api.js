// The HTTP API, one function per endpoint. Errors come back as {"error": {code, message}};
// their message is thrown, for the views to show in the banner while the page carries on.

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error(`The eventatlas server does not answer (${path}).`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.error?.message || `${path}: ${response.status} ${response.statusText}`);
  }
  return body;
}

const id = (value) => encodeURIComponent(value);
const EVENT_LIMIT = 5000; // the most one page of /api/events holds

export const meta = () => get('/api/meta');
export const events = (filters) => get('/api/events', { ...filters, limit: EVENT_LIMIT });
export const eventTotal = (filters) =>
  get('/api/events', { ...filters, limit: 1 }).then((page) => page.total);
export const event = (eventId) => get(`/api/events/${id(eventId)}`);
export const counts = (filters) => get('/api/counts', { ...filters, by: 'month' });
export const timeline = (params) => get('/api/timeline', params);
export const stories = (params) => get('/api/stories', params);
export const story = (storyId) => get(`/api/stories/${id(storyId)}`);
export const article = (articleId) => get(`/api/articles/${id(articleId)}`);
