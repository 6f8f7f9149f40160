// The nations as a network: one node per nation on a circle, one line per pair, coloured by the
// pair's mean opinion and thicker the stronger it is. Hand-drawn SVG: a chart library would bring
// more code than this picture needs.
import { svg } from '../dom.js';
import { scoreColour, signed } from './colours.js';

const SIZE = 360;
const RADIUS = 135;

export function networkView(game, nations, scores, onSelect) {
  const centre = SIZE / 2;
  const place = new Map(nations.map((code, i) => {
    const angle = (2 * Math.PI * i) / nations.length - Math.PI / 2;
    return [code, { x: centre + RADIUS * Math.cos(angle), y: centre + RADIUS * Math.sin(angle) }];
  }));
  const edges = svg('g', { class: 'edges' });
  const nodes = svg('g', { class: 'nodes' });
  const picture = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'network', role: 'group',
    'aria-label': 'Network of the nations: each line is a pair, coloured by their mean opinion of each other. Choose two nations, by click or with Enter, to see their pair. The matrix holds the same numbers.',
  }, edges, nodes);

  const lines = new Map();
  for (let i = 0; i < nations.length; i++) {
    for (let j = i + 1; j < nations.length; j++) {
      const [a, b] = [nations[i], nations[j]];
      const line = svg('line', {
        x1: place.get(a).x, y1: place.get(a).y, x2: place.get(b).x, y2: place.get(b).y,
        onclick: () => onSelect(a, b),
      }, svg('title'));
      lines.set(`${a}|${b}`, { line, a, b });
      edges.append(line);
    }
  }
  // A pair chosen node by node, so that the picture works from the keyboard as well as by lines.
  let first = null;
  const nodeElements = new Map();
  const choose = (code) => {
    if (first === null || first === code) {
      first = first === code ? null : code;
    } else {
      onSelect(first, code);
      first = null;
    }
    for (const [c, node] of nodeElements) node.classList.toggle('chosen', c === first);
  };
  for (const code of nations) {
    const { x, y } = place.get(code);
    const node = svg('g', {
      class: 'node', tabindex: 0, role: 'button', 'aria-label': `${game.nationName(code)}: choose, then choose another nation`,
      onclick: () => choose(code),
      onkeydown: (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        choose(code);
      },
    },
    svg('circle', { cx: x, cy: y, r: 19 }),
    svg('text', { x, y: y + 4, 'text-anchor': 'middle' }, code),
    svg('title', {}, game.nationName(code)));
    nodeElements.set(code, node);
    nodes.append(node);
  }

  const redraw = () => {
    for (const { line, a, b } of lines.values()) {
      const there = scores.get(`${a}>${b}`);
      const back = scores.get(`${b}>${a}`);
      const known = [there, back].filter((s) => s !== undefined);
      if (known.length === 0) {
        line.setAttribute('visibility', 'hidden');
        continue;
      }
      const mean = Math.round(known.reduce((sum, s) => sum + s, 0) / known.length);
      line.setAttribute('stroke', scoreColour(mean));
      line.setAttribute('stroke-width', String(1.5 + Math.abs(mean) / 12));
      line.setAttribute('opacity', Math.abs(mean) < 5 ? '0.35' : '0.9');
      line.firstChild.textContent = `${game.nationName(a)} ↔ ${game.nationName(b)}: ${a}→${b} ${there === undefined ? '?' : signed(there)}, ${b}→${a} ${back === undefined ? '?' : signed(back)}`;
    }
  };
  redraw();
  return {
    element: picture,
    redraw,
    select(from, to) {
      for (const { line, a, b } of lines.values()) {
        line.classList.toggle('selected', (a === from && b === to) || (a === to && b === from));
      }
    },
  };
}
