// One fixed colour per ACLED event type, the same on the map, its legend and the chart, so that
// a colour learnt in one view reads the same in the others.

export const EVENT_TYPES = [
  'Battles',
  'Violence against civilians',
  'Explosions/Remote violence',
  'Riots',
  'Protests',
  'Strategic developments',
];

const PALETTE = {
  Battles: '#c23b22',
  'Violence against civilians': '#7b3fa0',
  'Explosions/Remote violence': '#e8821e',
  Riots: '#c9a227',
  Protests: '#2f7fc1',
  'Strategic developments': '#2e9b5f',
};

const OTHER = '#7d8a8c';

export function colorOf(eventType) {
  return PALETTE[eventType] || OTHER;
}
