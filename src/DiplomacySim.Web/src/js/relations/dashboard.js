// The relations dashboard: matrix, network and the selected pair, all moving with relation.changed
// events from the live feed.
import { api } from '../api.js';
import { h, fill, debounce } from '../dom.js';
import { problemView } from '../problems.js';
import { matrixView } from './matrix.js';
import { networkView } from './network.js';
import { renderPair } from './pair.js';

export function renderRelations(main, game) {
  let stop = () => {};
  let left = false;
  fill(main, h('p', { class: 'loading' }, 'Loading relations…'));

  (async () => {
    let relations;
    try {
      relations = await api.relations(game.slug);
    } catch (error) {
      fill(main, h('section', { class: 'panel' }, h('h1', {}, 'Relations'), problemView(error)));
      return;
    }
    if (left) return;
    const scores = new Map(relations.opinions.map((o) => [`${o.from}>${o.to}`, o.score]));
    const nations = relations.nations;
    const own = game.membership?.nations?.[0];
    let selected = own ? [own, nations.find((n) => n !== own)] : [nations[0], nations[1]];

    const pairPanel = h('section', { class: 'panel pair', 'aria-labelledby': 'pair-title', 'data-testid': 'pair-panel' });
    const select = async (from, to) => {
      selected = [from, to];
      matrix.select(from, to);
      network.select(from, to);
      const swap = await renderPair(pairPanel, game, from, to);
      swap?.addEventListener('click', () => select(to, from));
    };
    const matrix = matrixView(game, nations, scores, select);
    const network = networkView(game, nations, scores, select);

    fill(main, h('div', { class: 'relations-layout' },
      h('section', { class: 'panel matrix-panel', 'aria-labelledby': 'matrix-title' },
        h('h1', { id: 'matrix-title' }, 'Relations'),
        h('p', { class: 'muted' }, 'Each cell is the row nation\'s opinion of the column nation. Choose a cell for the reasons behind it and its history.'),
        matrix.element,
        h('div', { class: 'scale', 'aria-hidden': 'true' }, h('span', {}, '−100'), h('span', { class: 'scale-bar' }), h('span', {}, '+100'))),
      h('section', { class: 'panel network-panel', 'aria-labelledby': 'network-title' },
        h('h2', { id: 'network-title' }, 'Network'),
        network.element),
      pairPanel));
    await select(...selected);

    // Coalesces bursts (a ratification moves several scores at once) into one refresh.
    const refreshPair = debounce(() => select(...selected), 150);
    stop = game.onEvent((event) => {
      if (event.type !== 'relation.changed') return;
      const { from, to, score } = event.payload;
      scores.set(`${from}>${to}`, score);
      matrix.update(from, to, score);
      network.redraw();
      const [a, b] = selected;
      if ((from === a && to === b) || (from === b && to === a)) refreshPair();
    });
  })();

  return () => {
    left = true;
    stop();
  };
}
