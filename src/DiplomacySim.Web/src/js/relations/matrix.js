// The opinion matrix: row nation's opinion of the column nation, every cell coloured and numbered,
// every cell a button that selects the pair.
import { h } from '../dom.js';
import { scoreColour, signed, textColour } from './colours.js';

export function matrixView(game, nations, scores, onSelect) {
  const cells = new Map();
  const head = h('tr', {}, h('th', { scope: 'col', class: 'corner' }, h('span', { class: 'sr-only' }, 'Opinion of row toward column')),
    nations.map((code) => h('th', { scope: 'col', title: game.nationName(code) }, code)));
  const rows = nations.map((from) => h('tr', {},
    h('th', { scope: 'row', title: game.nationName(from) }, from),
    nations.map((to) => {
      if (from === to) return h('td', { class: 'self' }, h('span', { 'aria-hidden': 'true' }, '·'));
      const key = `${from}>${to}`;
      const button = h('button', {
        type: 'button', class: 'cell', 'data-testid': `cell-${from}-${to}`,
        onclick: () => onSelect(from, to),
      });
      cells.set(key, button);
      paint(button, game, from, to, scores.get(key));
      return h('td', {}, button);
    })));
  const table = h('table', { class: 'matrix' },
    h('caption', {}, 'Opinion of each row nation toward each column nation, from −100 to +100'),
    h('thead', {}, head), h('tbody', {}, rows));

  return {
    element: h('div', { class: 'matrix-scroll' }, table),
    update(from, to, score) {
      const button = cells.get(`${from}>${to}`);
      if (!button) return;
      paint(button, game, from, to, score);
      button.classList.remove('changed');
      // Restart the highlight so that a change is seen even when the colour barely moves.
      void button.offsetWidth;
      button.classList.add('changed');
    },
    select(from, to) {
      for (const [key, button] of cells) button.setAttribute('aria-pressed', String(key === `${from}>${to}`));
    },
  };
}

function paint(button, game, from, to, score) {
  if (score === undefined) {
    button.textContent = '?';
    button.disabled = true;
    button.setAttribute('aria-label', `${game.nationName(from)}'s opinion of ${game.nationName(to)} is hidden`);
    return;
  }
  button.textContent = signed(score);
  button.dataset.score = String(score);
  button.style.setProperty('background-color', scoreColour(score));
  button.style.setProperty('color', textColour(score));
  button.setAttribute('aria-label', `${game.nationName(from)}'s opinion of ${game.nationName(to)}: ${signed(score)}`);
}
