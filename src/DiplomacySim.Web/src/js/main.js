// The page's shell: sign-in, the campaigns page, the navigation between the three desks, the live
// banner, and a router on the History API (the server answers /games/... (the claims page
// /games/{game}/claims among them), /join/... and /campaigns/new with this same page).
import { api, whenSignedOut } from './api.js';
import { GameSession } from './game.js';
import { h, fill } from './dom.js';
import { problemView } from './problems.js';
import { clearSession, currentSession, onSessionChange } from './session.js';
import { clearUnsaved, hasUnsaved } from './drafts.js';
import { renderSignIn } from './views/signin.js';
import { renderCampaigns } from './campaigns/list.js';
import { renderNewCampaign } from './campaigns/create.js';
import { leaveCampaign } from './campaigns/leave.js';
import { renderInvitation } from './views/join.js';
import { renderRelations } from './relations/dashboard.js';
import { renderDesk } from './desk/desk.js';
import { renderGameMasterDesk } from './gm/gmdesk.js';
import { renderClaims } from './claims/page.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const account = document.getElementById('account');
const banner = document.getElementById('live-banner');
const pageProblem = document.getElementById('page-problem');

let game = null; // the GameSession of the game on screen
let leaveView = () => {};

export function navigate(path, { replace = false } = {}) {
  if (!replace && hasUnsaved() && !window.confirm('Leave this page? What you have written here and not sent will be lost.')) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route();
}

// Links marked data-link move within the page instead of reloading it.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', () => route());
whenSignedOut(() => navigate('/', { replace: true }));
// Another tab signed out (or in): this one follows.
onSessionChange(async (session) => {
  if (!session) {
    clearUnsaved();
    await leaveGame();
  }
  route();
});

async function route() {
  clearUnsaved();
  leaveView();
  leaveView = () => {};
  pageProblem.replaceChildren();
  const session = currentSession();
  renderAccount(session);
  const [, section, slug, desk] = location.pathname.split('/').map(decodeURIComponent);

  // A campaign opens for anyone the API lets read it: its members, and anyone at all for a public
  // or unlisted one. Anything else (a private campaign, signed out) asks to sign in first.
  if (section === 'games' && slug) {
    try {
      await enterGame(slug);
    } catch (error) {
      await leaveGame();
      renderNav(null);
      if (!session && (error.status === 401 || error.status === 404)) {
        showSignIn(main);
        return;
      }
      fill(main, h('section', { class: 'panel' }, h('h1', {}, 'This campaign could not be opened'), problemView(error),
        h('p', {}, h('a', { href: '/', 'data-link': true }, 'Back to the campaigns'))));
      return;
    }
    showGame(slug, desk || 'relations');
    return;
  }

  await leaveGame();
  renderNav(null);
  if (section === 'join' && slug) {
    // An invitation link, /join/<code>: signed in first, then accepted here.
    if (!session) return showSignIn(main);
    document.title = 'Invitation · DiplomacySim';
    renderInvitation(main, slug, (joined) => navigate(`/games/${encodeURIComponent(joined)}/relations`, { replace: true }));
    return;
  }
  if (section === 'campaigns' && slug === 'new') {
    if (!session) return showSignIn(main);
    document.title = 'Start a campaign · DiplomacySim';
    renderNewCampaign(main, (created) => navigate(`/games/${encodeURIComponent(created)}/gm`, { replace: true }));
    return;
  }
  document.title = 'Campaigns · DiplomacySim';
  const open = (picked) => navigate(`/games/${encodeURIComponent(picked)}/relations`);
  if (session) {
    renderCampaigns(main, open);
    return;
  }
  // Signed out, the front page is the sign-in form beside the public campaigns anyone may read.
  const signIn = h('div', { class: 'home-sign-in' });
  const campaigns = h('div', { class: 'home-campaigns' });
  fill(main, h('div', { class: 'home-layout' }, signIn, campaigns));
  renderSignIn(signIn, () => route());
  renderCampaigns(campaigns, open);
}

function showSignIn(container) {
  document.title = 'Sign in · DiplomacySim';
  renderSignIn(container, () => navigate(location.pathname, { replace: true }));
}

function showGame(slug, view) {
  renderNav(view);
  const views = {
    relations: () => renderRelations(main, game),
    desk: () => renderDesk(main, game),
    gm: () => renderGameMasterDesk(main, game),
    claims: () => renderClaims(main, game, { reopen: () => navigate(location.pathname, { replace: true }) }),
  };
  if (!views[view]) {
    navigate(`/games/${encodeURIComponent(slug)}/relations`, { replace: true });
    return;
  }
  document.title = `${viewTitle(view)} · ${game.world.title} · DiplomacySim`;
  leaveView = views[view]() ?? (() => {});
  main.focus({ preventScroll: true });
}

async function enterGame(slug) {
  // The same campaign for the same user stays loaded; signing in (or out) loads it again as who they are now.
  const user = currentSession()?.userName ?? null;
  if (game && game.user === user && (game.slug === slug || game.world?.id === slug)) return;
  await leaveGame();
  fill(main, h('p', { class: 'loading' }, 'Loading the game…'));
  const next = new GameSession(slug);
  next.user = user;
  next.addEventListener('state', (e) => showLiveState(e.detail));
  next.addEventListener('event', (e) => {
    if (e.detail.type === 'clock.advanced') updateHeaderDate();
  });
  next.addEventListener('described', () => {
    if (game === next) renderNav(currentView());
  });
  // A change of this user's own place: a new role (or none) changes the desks, so the campaign loads
  // again as they now are; new seats only change the header.
  next.addEventListener('membership', async (e) => {
    if (game !== next) return;
    if (e.detail.before === e.detail.after) {
      renderNav(currentView());
      return;
    }
    await leaveGame();
    route();
  });
  game = next;
  try {
    await next.load();
  } catch (error) {
    game = null;
    await next.close();
    throw error;
  }
}

async function leaveGame() {
  if (!game) return;
  const leaving = game;
  game = null;
  banner.hidden = true;
  await leaving.close();
}

function currentView() {
  return location.pathname.split('/')[3] || 'relations';
}

function viewTitle(view) {
  return { relations: 'Relations', desk: game?.isPlayer || game?.isGameMaster ? 'Desk' : 'Reading room', gm: 'GM desk', claims: 'Claims' }[view] ?? view;
}

function renderNav(active) {
  if (!game) {
    nav.replaceChildren();
    return;
  }
  const base = `/games/${encodeURIComponent(game.world.slug)}`;
  const item = (view, label) => h('a', {
    href: `${base}/${view}`, 'data-link': true, class: view === active ? 'active' : null,
    'aria-current': view === active ? 'page' : null,
  }, label);
  fill(nav,
    h('span', { class: 'game-title', title: game.world.title }, game.world.title, ' · ', h('span', { class: 'in-game-date', 'data-testid': 'in-game-date' }, game.world.inGameDate)),
    item('relations', 'Relations'),
    item('desk', game.isGameMaster ? 'Communiques' : game.isPlayer ? 'My desk' : 'Reading room'),
    game.isGameMaster ? item('gm', 'GM desk') : null,
    game.isMember && !game.isGameMaster ? item('claims', 'Claims') : null,
    campaignAction());
}

/** In a campaign's header: a member may leave it; a signed-in reader from outside may join it. */
function campaignAction() {
  const session = currentSession();
  const here = game;
  // A visitor reading a public campaign signs in where they are, and comes back to it signed in.
  if (!session) {
    return h('button', {
      type: 'button', class: 'link-button nav-action', onclick: () => {
        leaveView();
        leaveView = () => {};
        renderNav(null);
        showSignIn(main);
      },
    }, 'Sign in to join');
  }
  if (!here.isMember) {
    return h('button', {
      type: 'button', class: 'link-button nav-action', onclick: async (event) => {
        event.currentTarget.disabled = true;
        try {
          await api.joinGame(here.world.slug);
          await leaveGame();
          route();
        } catch (error) {
          event.currentTarget.disabled = false;
          fill(pageProblem, problemView(error));
        }
      },
    }, 'Join as spectator');
  }
  return h('button', {
    type: 'button', class: 'link-button nav-action', onclick: async (event) => {
      pageProblem.replaceChildren();
      const left = await leaveCampaign(here.world, event.currentTarget, (error) => fill(pageProblem, problemView(error)));
      if (!left) return;
      await leaveGame();
      navigate('/');
    },
  }, 'Leave campaign');
}

function renderAccount(session) {
  if (!session) {
    account.replaceChildren();
    return;
  }
  fill(account,
    h('span', { class: 'user', 'data-testid': 'signed-in-as' }, session.userName),
    h('button', {
      type: 'button', class: 'link-button', onclick: async () => {
        if (hasUnsaved() && !window.confirm('Sign out? What you have written here and not sent will be lost.')) return;
        clearUnsaved();
        clearSession();
        await leaveGame();
        navigate('/');
      },
    }, 'Sign out'));
}

let bannerTimer = null;
function showLiveState({ state, lastSeq }) {
  clearTimeout(bannerTimer);
  const messages = {
    connecting: 'Connecting to live updates…',
    live: null,
    lost: 'Live connection lost. Reconnecting… What you see may be out of date.',
    'catching-up': 'Reconnected. Catching up on what was missed…',
    'caught-up': `Live again: caught up to event #${lastSeq}.`,
    'not-member': 'Live updates are for the members of this game; reload the page to see changes.',
    visitor: 'You are reading this campaign as a visitor: sign in to join it. Reload the page to see what changed.',
    outsider: 'You are reading this campaign from outside: join it to follow it live. Reload the page to see what changed.',
  };
  banner.dataset.state = state;
  document.body.dataset.live = state;
  const message = messages[state];
  banner.hidden = !message;
  banner.textContent = message ?? '';
  if (state === 'caught-up') bannerTimer = setTimeout(() => { banner.hidden = true; }, 6000);
}

/** The in-game date in the header follows the GM's clock. */
function updateHeaderDate() {
  const date = nav.querySelector('.in-game-date');
  if (date && game?.world) date.textContent = game.world.inGameDate;
}

route();
