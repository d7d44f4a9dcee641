// Dates as the sources give them: a month-level date stays a month, never a made-up first day.

const MONTH = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(date) {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  if (!day) return MONTH.format(Date.UTC(year, month - 1, 1));
  return DAY.format(Date.UTC(year, month - 1, day));
}

// ACLED's time_precision and geo_precision codes, in words.
export const TIME_PRECISION = { 1: 'exact day', 2: 'within a week', 3: 'within the month' };
export const GEO_PRECISION = { 1: 'the place itself', 2: 'near the place', 3: 'the wider region' };

const LANGUAGES = new Intl.DisplayNames('en', { type: 'language' });

// "Swedish (sv)": the code alone is opaque to many readers, the name alone hides the filter value.
export function languageName(code) {
  const name = LANGUAGES.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}

export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
