import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView } from '../problems.js';

/**
 * An invitation link (/join/<code>), opened by someone signed in: one button accepts it, and the
 * campaign opens. The server says nothing of the campaign before that (an unknown, expired or used-up
 * code is the same 410), so neither does the page.
 */
export function renderInvitation(main, code, joined) {
  const status = h('div', { 'aria-live': 'polite' });
  const accept = h('button', {
    type: 'button',
    class: 'primary',
    onclick: async () => {
      accept.disabled = true;
      fill(status, h('p', { class: 'loading' }, 'Accepting…'));
      try {
        const membership = await api.acceptInvitation(code);
        joined(membership.game);
      } catch (error) {
        accept.disabled = false;
        fill(status, problemView(error), h('p', {}, h('a', { href: '/', 'data-link': true }, 'Back to the campaigns')));
      }
    },
  }, 'Accept the invitation');
  fill(main, h('section', { class: 'panel narrow', 'aria-labelledby': 'join-title' },
    h('h1', { id: 'join-title' }, 'You are invited to a campaign'),
    h('p', {}, 'Accepting makes you a member of the campaign the link was made for, in the role it gives: a player (with a seat, when it names a nation), a spectator or a game master.'),
    accept,
    status));
}
