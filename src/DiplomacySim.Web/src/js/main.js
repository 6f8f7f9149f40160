// The page's shell: sign-in, the game picker, the navigation between the three desks, the live
// banner, and a router on the History API (the server answers /games/... with this same page).
import { whenSignedOut } from './api.js';
import { GameSession } from './game.js';
import { h, fill } from './dom.js';
import { problemView } from './problems.js';
import { clearSession, currentSession, onSessionChange } from './session.js';
import { clearUnsaved, hasUnsaved } from './drafts.js';
import { renderSignIn } from './views/signin.js';
import { renderGamePicker } from './views/games.js';
import { renderInvitation } from './views/join.js';
import { renderRelations } from './relations/dashboard.js';
import { renderDesk } from './desk/desk.js';
import { renderGameMasterDesk } from './gm/gmdesk.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const account = document.getElementById('account');
const banner = document.getElementById('live-banner');

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
  const session = currentSession();
  renderAccount(session);
  const [, section, slug, desk] = location.pathname.split('/').map(decodeURIComponent);

  if (!session) {
    await leaveGame();
    renderNav(null);
    document.title = 'Sign in · DiplomacySim';
    renderSignIn(main, () => navigate(location.pathname === '/' ? '/' : location.pathname, { replace: true }));
    return;
  }
  // An invitation link, /join/<code>: signed in first (above), then accepted here.
  if (section === 'join' && slug) {
    await leaveGame();
    renderNav(null);
    document.title = 'Invitation · DiplomacySim';
    renderInvitation(main, slug, (joined) => navigate(`/games/${encodeURIComponent(joined)}/relations`, { replace: true }));
    return;
  }
  if (section !== 'games' || !slug) {
    await leaveGame();
    renderNav(null);
    document.title = 'Games · DiplomacySim';
    renderGamePicker(main, (picked) => navigate(`/games/${encodeURIComponent(picked)}/relations`));
    return;
  }
  try {
    await enterGame(slug);
  } catch (error) {
    await leaveGame();
    renderNav(null);
    fill(main, h('section', { class: 'panel' }, h('h1', {}, 'This game could not be opened'), problemView(error),
      h('p', {}, h('a', { href: '/', 'data-link': true }, 'Back to the games'))));
    return;
  }
  const view = desk || 'relations';
  renderNav(view);
  const views = {
    relations: () => renderRelations(main, game),
    desk: () => renderDesk(main, game),
    gm: () => renderGameMasterDesk(main, game),
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
  if (game && (game.slug === slug || game.world?.id === slug)) return;
  await leaveGame();
  fill(main, h('p', { class: 'loading' }, 'Loading the game…'));
  const next = new GameSession(slug);
  next.addEventListener('state', (e) => showLiveState(e.detail));
  next.addEventListener('event', (e) => {
    if (e.detail.type === 'clock.advanced') updateHeaderDate();
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

function viewTitle(view) {
  return { relations: 'Relations', desk: game?.isPlayer || game?.isGameMaster ? 'Desk' : 'Reading room', gm: 'GM desk' }[view] ?? view;
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
    game.isGameMaster ? item('gm', 'GM desk') : null);
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
