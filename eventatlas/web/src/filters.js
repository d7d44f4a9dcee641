// The filter bar: its choices come from /api/meta, its values from the address. Applying it
// (button or Enter) writes the filters into the address; every view reads them from there.

import { el } from './dom.js';
import { languageName } from './format.js';
import { FILTER_KEYS, go } from './state.js';

const form = document.getElementById('filters');
let regionsOf = new Map(); // country -> its admin1 names

// choices: [value, label] pairs after the first option, the "any ..." one.
function fill(select, choices) {
  const any = select.options[0];
  select.replaceChildren(any, ...choices.map(([value, label]) => el('option', { value }, label)));
}

const same = (values) => values.map((value) => [value, value]);

function fillRegions(country) {
  fill(form.elements.admin1, same(regionsOf.get(country) || []));
}

export function setupFilters(meta) {
  regionsOf = new Map(meta.countries.map((c) => [c.country, c.admin1]));
  fill(form.elements.type, same(meta.event_types));
  fill(form.elements.country, same([...regionsOf.keys()]));
  fill(
    form.elements.lang,
    meta.languages.map((code) => [code, languageName(code)]),
  );
  fill(
    form.elements.story,
    meta.stories_index.map((s) => [s.story_id, s.label]),
  );
  document
    .getElementById('actors')
    .replaceChildren(...meta.actors.map((actor) => el('option', { value: actor })));
  if (meta.first_date) form.elements.from.placeholder = meta.first_date;
  if (meta.last_date) form.elements.to.placeholder = meta.last_date;
}

// A value from the address that the choices lack (a typo, or a store that changed) is added, so
// that the bar shows what the views are really filtered by.
function select(control, value) {
  if (value && ![...control.options].some((option) => option.value === value)) {
    control.append(el('option', { value }, value));
  }
  control.value = value;
}

export function showFilters(state) {
  fillRegions(state.country);
  for (const key of FILTER_KEYS) {
    const control = form.elements[key];
    if (control.tagName === 'SELECT') select(control, state[key]);
    else control.value = state[key];
  }
}

export function bindFilters() {
  form.elements.country.addEventListener('change', () => fillRegions(form.elements.country.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      FILTER_KEYS.map((key) => [key, form.elements[key].value.trim()]),
    );
    go(values);
  });
  document.getElementById('reset').addEventListener('click', () => {
    go(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])));
  });
}
