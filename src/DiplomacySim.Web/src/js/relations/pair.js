// One directed pair: the score, the modifiers behind it (GET relations/{from}/{to}) and its
// history from the event log.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView } from '../problems.js';
import { signed } from './colours.js';
import { historyChart } from './history.js';
import { reasonName } from '../labels.js';

export async function renderPair(panel, game, from, to) {
  fill(panel, h('h2', { id: 'pair-title' }, `${game.nationName(from)} → ${game.nationName(to)}`), h('p', { class: 'loading' }, 'Loading…'));
  let detail;
  try {
    detail = await api.relation(game.slug, from, to);
  } catch (error) {
    fill(panel, h('h2', { id: 'pair-title' }, `${from} → ${to}`), problemView(error));
    return;
  }
  const swap = h('button', { type: 'button', class: 'secondary', 'data-action': 'swap' }, `See ${to} → ${from}`);
  fill(panel,
    h('div', { class: 'pair-head' },
      h('h2', { id: 'pair-title' }, `${game.nationName(from)} → ${game.nationName(to)}`),
      h('span', { class: 'score-badge', 'data-testid': 'pair-score' }, signed(detail.score))),
    swap,
    h('h3', {}, 'Why: the modifiers behind the score'),
    detail.modifiers.length === 0
      ? h('p', { class: 'muted' }, 'No modifiers: the score is neutral.')
      : h('div', { class: 'table-scroll' }, h('table', { class: 'modifiers' },
        h('thead', {}, h('tr', {}, ['Reason', 'Amount', 'Today', 'Since', 'Fades', 'Event'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, detail.modifiers.map((m) => h('tr', {},
          h('td', {}, reasonName(m.reason)), h('td', { class: 'num' }, signed(m.amount)), h('td', { class: 'num' }, signed(m.value ?? m.amount)),
          h('td', {}, m.since ?? '—'), h('td', {}, m.reason === 'undisclosed' ? '—' : m.decay ? `over ${m.decay.overDays} days` : 'lasts'),
          h('td', {}, m.sourceEventSeq ? `#${m.sourceEventSeq}` : '—')))))),
    h('h3', {}, 'History'),
    historyChart(game.events, from, to, game, detail.score));
  return swap;
}
