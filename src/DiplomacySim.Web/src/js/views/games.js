import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView } from '../problems.js';

/** The games the server runs; picking one opens its relations. */
export async function renderGamePicker(main, pick) {
  fill(main, h('p', { class: 'loading' }, 'Loading the games…'));
  try {
    const games = await api.games();
    fill(main, h('section', { class: 'panel narrow', 'aria-labelledby': 'games-title' },
      h('h1', { id: 'games-title' }, 'Choose a game'),
      games.length === 0 ? h('p', {}, 'There are no games on this server yet.') : null,
      h('ul', { class: 'game-list' }, games.map((game) => h('li', {},
        h('button', { type: 'button', class: 'game-choice', onclick: () => pick(game.slug) },
          h('strong', {}, game.title),
          h('span', { class: 'muted' }, ` ${game.slug} · in-game date ${game.inGameDate}`)))))));
  } catch (error) {
    fill(main, h('section', { class: 'panel narrow' }, h('h1', {}, 'Games'), problemView(error)));
  }
}
