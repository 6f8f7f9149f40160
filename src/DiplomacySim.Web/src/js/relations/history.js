// A pair's history from the event log: each relation.changed event carries the new score of one
// direction, so the two directions are step lines over the in-game date, each change a point. The
// first point of each line is the score before its first recorded change (score minus that change's
// amount), on the date of that change. The same history is also given as a table.
import { h, svg } from '../dom.js';
import { signed } from './colours.js';
import { reasonName } from '../labels.js';
import { dateScale, scoreTicks, shortDate } from './scales.js';

const WIDTH = 560;
const HEIGHT = 210;
const PAD = { left: 38, right: 16, top: 12, bottom: 30 };

export function historyPoints(events, from, to) {
  const series = { [`${from}>${to}`]: [], [`${to}>${from}`]: [] };
  for (const event of events) {
    if (event.type !== 'relation.changed') continue;
    const p = event.payload;
    const key = `${p.from}>${p.to}`;
    if (!(key in series)) continue;
    if (series[key].length === 0) series[key].push({ seq: 0, score: p.score - p.amount, date: event.inGameDate, reason: 'start' });
    series[key].push({ seq: event.seq, score: p.score, date: event.inGameDate, reason: p.reason, amount: p.amount });
  }
  return series;
}

export function historyChart(events, from, to, game, score) {
  const series = historyPoints(events, from, to);
  const there = series[`${from}>${to}`];
  const back = series[`${to}>${from}`];
  if (there.length === 0 && back.length === 0) {
    return h('p', { class: 'muted', 'data-testid': 'history-empty' }, `No change between ${from} and ${to} is in the event log yet: ${from}→${to} has stood at ${signed(score)} since the game began.`);
  }
  const all = [...there, ...back];
  const today = game.world.inGameDate;
  const x = dateScale([...all.map((p) => p.date), today], PAD.left, WIDTH - PAD.right);
  const scores = all.map((p) => p.score);
  const low = Math.max(-100, Math.min(0, ...scores) - 10);
  const high = Math.min(100, Math.max(0, ...scores) + 10);
  const y = (value) => PAD.top + ((HEIGHT - PAD.top - PAD.bottom) * (high - value)) / (high - low || 1);

  const grid = svg('g', { class: 'grid' });
  for (const tick of scoreTicks(low, high)) {
    grid.append(svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(tick), y2: y(tick), class: tick === 0 ? 'zero' : null }),
      svg('text', { x: PAD.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, signed(tick)));
  }
  const dates = x.ticks(4);
  const axis = svg('g', { class: 'axis', 'data-testid': 'history-dates' }, dates.map((date, i) => svg('text', {
    x: x(date), y: HEIGHT - 8, 'text-anchor': dates.length === 1 ? 'middle' : i === 0 ? 'start' : i === dates.length - 1 ? 'end' : 'middle',
  }, shortDate(date))));

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'history', role: 'img', 'data-testid': 'history-chart',
    'aria-label': `History of ${from}→${to} and ${to}→${from} opinions by in-game date; the table below gives every change.`,
  }, grid, axis, line(there, x, y, today, 'there'), line(back, x, y, today, 'back'));

  const changes = all.filter((p) => p.reason !== 'start').sort((a, b) => b.seq - a.seq);
  const pairOf = (p) => (there.includes(p) ? `${from} → ${to}` : `${to} → ${from}`);
  return h('div', { class: 'history-block' },
    chart,
    h('p', { class: 'legend' },
      h('span', { class: 'key there' }, `${game.nationName(from)} → ${game.nationName(to)}`),
      h('span', { class: 'key back' }, `${game.nationName(to)} → ${game.nationName(from)}`)),
    h('h4', { id: 'history-table-title' }, 'Every change, newest first'),
    h('div', { class: 'table-scroll history-table-scroll' }, h('table', { class: 'plain history-table', 'data-testid': 'history-table', 'aria-labelledby': 'history-table-title' },
      h('thead', {}, h('tr', {}, ['In-game date', 'Opinion', 'Change', 'Reason', 'Score', 'Event'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, changes.map((p) => h('tr', {},
        h('td', {}, shortDate(p.date)), h('td', {}, pairOf(p)), h('td', { class: 'num' }, signed(p.amount)),
        h('td', {}, reasonName(p.reason)), h('td', { class: 'num' }, signed(p.score)), h('td', { class: 'num' }, `#${p.seq}`)))))));
}

function line(points, x, y, today, kind) {
  if (points.length === 0) return svg('g');
  let path = `M${x(points[0].date)},${y(points[0].score)}`;
  for (const point of points.slice(1)) path += ` H${x(point.date)} V${y(point.score)}`;
  path += ` H${x(today)}`;
  const dots = points.slice(1).map((p) => svg('circle', { cx: x(p.date), cy: y(p.score), r: 3.5, 'data-date': p.date },
    svg('title', {}, `${shortDate(p.date)} (#${p.seq}): ${signed(p.amount)} ${reasonName(p.reason)} → ${signed(p.score)}`)));
  return svg('g', { class: `series ${kind}` }, svg('path', { d: path }), dots);
}
