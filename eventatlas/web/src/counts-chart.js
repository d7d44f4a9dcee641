// Events per month stacked by type, with the month's fatalities as a line on a second axis.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { EVENT_TYPES, colorOf } from './colors.js';
import { formatDate } from './format.js';

// Only the parts this chart uses, which keeps the bundle small.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

let current; // one chart on the page at a time; a replaced one must release its canvas

// Every month from the first to the last, so that quiet months show as gaps, not as nothing.
function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function drawCounts(canvas, rows) {
  current?.destroy();
  current = undefined;
  if (!rows.length) return false;
  const periods = rows.map((row) => row.period).sort();
  const months = monthsBetween(periods[0], periods.at(-1));
  const present = new Set(rows.map((row) => row.event_type));
  const types = [...EVENT_TYPES, ...[...present].filter((t) => !EVENT_TYPES.includes(t)).sort()];
  const events = new Map(rows.map((row) => [`${row.period} ${row.event_type}`, row.events]));
  const deaths = new Map();
  for (const row of rows) deaths.set(row.period, (deaths.get(row.period) || 0) + row.fatalities);
  current = new Chart(canvas, {
    data: {
      labels: months.map(formatDate),
      datasets: [
        // Listed first so that it is drawn over the bars.
        {
          type: 'line',
          label: 'Fatalities',
          data: months.map((month) => deaths.get(month) || 0),
          yAxisID: 'deaths',
          borderColor: '#222',
          backgroundColor: '#222',
          borderWidth: 1.5,
          pointRadius: 2,
        },
        ...types
          .filter((type) => present.has(type))
          .map((type) => ({
            type: 'bar',
            label: type,
            data: months.map((month) => events.get(`${month} ${type}`) || 0),
            yAxisID: 'events',
            backgroundColor: colorOf(type),
            maxBarThickness: 56,
          })),
      ],
    },
    options: {
      // Drawn at once: a reader compares months, and nothing is learnt from watching bars grow.
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' } },
      scales: {
        x: { stacked: true },
        events: {
          type: 'linear',
          position: 'left',
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: 'events' },
        },
        deaths: {
          type: 'linear',
          position: 'right',
          beginAtZero: true,
          ticks: { precision: 0 },
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'fatalities' },
        },
      },
    },
  });
  return true;
}
