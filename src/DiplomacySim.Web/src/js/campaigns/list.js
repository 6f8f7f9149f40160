// The campaigns page at "/": the campaigns the user is in (with their role, to open or leave), and
// the public ones (to join as a spectator, or for a visitor to read). One GET /api/games gives both:
// role "none" marks a public campaign the caller is not in.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { joinPolicyName, roleName, visibilityName } from '../labels.js';
import { currentSession } from '../session.js';
import { leaveCampaign } from './leave.js';

/**
 * Fills `container` with the campaign lists. `open(slug)` opens a campaign; signed out, only the
 * public list is shown, each to read.
 */
export async function renderCampaigns(container, open) {
  const session = currentSession();
  fill(container, h('p', { class: 'loading' }, 'Loading the campaigns…'));
  let games;
  try {
    games = await api.games();
  } catch (error) {
    fill(container, h('section', { class: 'panel' }, h('h1', {}, 'Campaigns'), problemView(error)));
    return;
  }
  const mine = games.filter((g) => g.role !== 'none');
  const others = games.filter((g) => g.role === 'none');
  const reload = () => renderCampaigns(container, open);

  fill(container,
    session ? h('section', { class: 'panel', 'aria-labelledby': 'my-campaigns-title' },
      h('div', { class: 'panel-head' },
        h('h1', { id: 'my-campaigns-title' }, 'My campaigns'),
        h('a', { href: '/campaigns/new', 'data-link': true, class: 'button primary' }, 'Start a campaign')),
      mine.length === 0
        ? h('p', { class: 'muted' }, 'You are in no campaign yet. Start one, join a public one below, or follow an invitation link from a game master.')
        : h('ul', { class: 'campaign-list', 'aria-label': 'My campaigns' }, mine.map((g) => myCampaign(g, open, reload)))) : null,
    h('section', { class: 'panel', 'aria-labelledby': 'public-campaigns-title' },
      h(session ? 'h2' : 'h1', { id: 'public-campaigns-title' }, 'Public campaigns'),
      session ? null : h('p', { class: 'muted' }, 'Anyone may read a public campaign; sign in to join one.'),
      others.length === 0
        ? h('p', { class: 'muted' }, session ? 'No other public campaign is running.' : 'No public campaign is running.')
        : h('ul', { class: 'campaign-list', 'aria-label': 'Public campaigns' }, others.map((g) => publicCampaign(g, open, Boolean(session))))));
}

function summary(game, ...actions) {
  const titleId = `campaign-${game.id}`;
  return h('li', { class: 'campaign', 'aria-labelledby': titleId, 'data-slug': game.slug },
    h('div', { class: 'campaign-head' },
      h('h3', { id: titleId }, game.title),
      game.role !== 'none' ? h('span', { class: `badge role ${game.role}` }, roleName(game.role)) : null),
    game.description ? h('p', { class: 'campaign-description' }, game.description) : null,
    h('p', { class: 'muted' }, `${game.slug} · in-game date ${game.inGameDate} · ${visibilityName(game.visibility)} · ${joinPolicyName(game.joinPolicy)}`),
    h('div', { class: 'actions' }, actions));
}

function myCampaign(game, open, reload) {
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const item = summary(game,
    h('button', { type: 'button', class: 'primary', onclick: () => open(game.slug) }, 'Open'),
    h('button', {
      type: 'button',
      onclick: async (event) => {
        showProblem(problem, null);
        const left = await leaveCampaign(game, event.currentTarget, (error) => showProblem(problem, error));
        if (left) reload();
      },
    }, 'Leave campaign'));
  item.append(problem);
  return item;
}

function publicCampaign(game, open, signedIn) {
  if (!signedIn) return summary(game, h('button', { type: 'button', class: 'primary', onclick: () => open(game.slug) }, 'Read'));
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const join = h('button', {
    type: 'button',
    class: 'primary',
    onclick: async () => {
      join.disabled = true;
      showProblem(problem, null);
      try {
        const joined = await api.joinGame(game.slug);
        open(joined.game ?? game.slug);
      } catch (error) {
        join.disabled = false;
        showProblem(problem, error);
      }
    },
  }, 'Join as spectator');
  const item = summary(game, join);
  item.append(problem);
  return item;
}
