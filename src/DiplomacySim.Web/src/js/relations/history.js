// A pair's history from the event log: each relation.changed event carries the new score of one
// direction, so the two directions are step lines over the log's seq. The first point of each line
// is the score before its first recorded change (score minus that change's amount).
import { h, svg } from '../dom.js';
import { signed } from './colours.js';
import { reasonName } from '../labels.js';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 38, right: 12, top: 12, bottom: 26 };

export function historyPoints(events, from, to) {
  const series = { [`${from}>${to}`]: [], [`${to}>${from}`]: [] };
  for (const event of events) {
    if (event.type !== 'relation.changed') continue;
    const p = event.payload;
    const key = `${p.from}>${p.to}`;
    if (!(key in series)) continue;
    if (series[key].length === 0) series[key].push({ seq: 0, score: p.score - p.amount, date: null, reason: 'start' });
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
  const lastSeq = Math.max(1, ...all.map((p) => p.seq));
  const scores = all.map((p) => p.score);
  const low = Math.max(-100, Math.min(0, ...scores) - 10);
  const high = Math.min(100, Math.max(0, ...scores) + 10);
  const x = (seq) => PAD.left + ((WIDTH - PAD.left - PAD.right) * seq) / lastSeq;
  const y = (score) => PAD.top + ((HEIGHT - PAD.top - PAD.bottom) * (high - score)) / (high - low || 1);

  const grid = svg('g', { class: 'grid' });
  for (const tick of ticks(low, high)) {
    grid.append(svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(tick), y2: y(tick), class: tick === 0 ? 'zero' : null }),
      svg('text', { x: PAD.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, signed(tick)));
  }
  const axis = svg('g', { class: 'axis' },
    svg('text', { x: PAD.left, y: HEIGHT - 6 }, 'start'),
    svg('text', { x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' }, `event #${lastSeq}`));

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'history', role: 'img', 'data-testid': 'history-chart',
    'aria-label': `History of ${from}→${to} and ${to}→${from} opinions over the event log; the list below gives the changes.`,
  }, grid, axis, line(there, x, y, lastSeq, 'there'), line(back, x, y, lastSeq, 'back'));

  const recent = all.filter((p) => p.reason !== 'start').sort((a, b) => b.seq - a.seq).slice(0, 8);
  const pairOf = (p) => (there.includes(p) ? `${from}→${to}` : `${to}→${from}`);
  return h('div', { class: 'history-block' },
    chart,
    h('p', { class: 'legend' },
      h('span', { class: 'key there' }, `${game.nationName(from)} → ${game.nationName(to)}`),
      h('span', { class: 'key back' }, `${game.nationName(to)} → ${game.nationName(from)}`)),
    h('h4', {}, 'Latest changes'),
    h('ol', { class: 'changes' }, recent.map((p) =>
      h('li', {}, h('span', { class: 'seq' }, `#${p.seq}`), ` ${p.date} · ${pairOf(p)} ${signed(p.amount)} (${reasonName(p.reason)}) → ${signed(p.score)}`))));
}

function line(points, x, y, lastSeq, kind) {
  if (points.length === 0) return svg('g');
  let path = `M${x(points[0].seq)},${y(points[0].score)}`;
  for (const point of points.slice(1)) path += ` H${x(point.seq)} V${y(point.score)}`;
  path += ` H${x(lastSeq)}`;
  const dots = points.slice(1).map((p) => svg('circle', { cx: x(p.seq), cy: y(p.score), r: 3 },
    svg('title', {}, `#${p.seq} ${p.date}: ${signed(p.amount)} ${reasonName(p.reason)} → ${signed(p.score)}`)));
  return svg('g', { class: `series ${kind}` }, svg('path', { d: path }), dots);
}

function ticks(low, high) {
  const step = high - low > 100 ? 50 : high - low > 40 ? 20 : 10;
  const result = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) result.push(t);
  return result;
}
