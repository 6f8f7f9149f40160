// A player's desk: inbox, sent and every visible communique, the reader, and the compose form. It
// follows communique events live, so a new letter appears without a reload.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView } from '../problems.js';
import { renderCompose } from './compose.js';
import { isConsentRequest, renderReader } from './reader.js';
import { classificationName } from '../labels.js';
import { loadDraft } from '../drafts.js';

const BOXES = [['inbox', 'Inbox'], ['sent', 'Sent'], ['all', 'All I may read']];

export function renderDesk(main, game) {
  // A spectator holds no ministry: the desk is a reading room of the letters it may read (the
  // public ones), with nothing to write or answer.
  const readingRoom = !game.isPlayer && !game.isGameMaster;
  let box = readingRoom ? 'all' : 'inbox';
  let openId = null;
  let compose = null;
  let unseen = 0;
  const list = h('ul', { class: 'communique-list', 'data-testid': 'communique-list', 'aria-live': 'polite' });
  const listProblem = h('div', { class: 'problem-slot' });
  const pane = h('section', { class: 'panel desk-pane', 'aria-label': 'Communique' });
  const buttons = new Map(BOXES.map(([value, label]) => [value, h('button', {
    type: 'button', class: 'tab', 'aria-pressed': String(value === box), onclick: () => showBox(value),
  }, label)]));
  const newButton = h('button', { type: 'button', class: 'primary', onclick: () => showCompose() }, 'Write a communique');

  // Only the latest load fills the list: an inbox answer that arrives after the player chose the
  // sent box must not replace it.
  let latestLoad = 0;
  const loadList = async () => {
    const load = ++latestLoad;
    try {
      const items = await api.communiques(game.slug, box);
      if (load !== latestLoad) return;
      fill(listProblem);
      fill(list, items.length === 0
        ? h('li', { class: 'muted empty' }, readingRoom ? 'No public letter has been sent yet.' : box === 'inbox' ? 'Your inbox is empty.' : 'Nothing here yet.')
        : items.map((c) => listItem(game, c, c.id === openId, () => openCommunique(c.id))));
    } catch (error) {
      if (load === latestLoad) fill(listProblem, problemView(error));
    }
  };
  const markInbox = () => {
    buttons.get('inbox').textContent = unseen > 0 ? `Inbox (${unseen} new)` : 'Inbox';
  };
  const showBox = (value) => {
    box = value;
    if (box === 'inbox') unseen = 0;
    markInbox();
    for (const [v, b] of buttons) b.setAttribute('aria-pressed', String(v === box));
    loadList();
  };
  const openCommunique = (id) => {
    openId = id;
    compose?.stop();
    compose = null;
    for (const item of list.querySelectorAll('[data-id]')) item.setAttribute('aria-current', String(item.dataset.id === id));
    renderReader(pane, game, id, {
      onOpen: openCommunique,
      onAnswered: () => { openCommunique(id); loadList(); },
    });
  };
  const showCompose = () => {
    openId = null;
    compose?.stop();
    compose = renderCompose(pane, game, {
      onSent: (id) => { showBox('sent'); openCommunique(id); },
    });
    pane.querySelector('select, input')?.focus();
  };

  fill(main, h('div', { class: 'desk-layout' },
    h('section', { class: 'panel boxes', 'aria-labelledby': 'desk-title' },
      h('h1', { id: 'desk-title' }, readingRoom ? 'Public reading room' : game.isGameMaster ? 'Communiques' : 'My desk'),
      h('p', { class: 'muted' }, readingRoom ? 'The public letters of this game, to read. Spectators write and answer nothing.' : ministriesLine(game)),
      readingRoom ? null : newButton,
      readingRoom ? null : h('div', { class: 'tabs', role: 'group', 'aria-label': 'Boxes' }, [...buttons.values()]),
      listProblem,
      list),
    pane));
  // A draft kept from before (another view, a reload) opens again where it was left.
  if (game.ownMinistries.length && loadDraft(game.slug, game.ownMinistries.map((m) => m.id))) showCompose();
  else fill(pane, h('p', { class: 'muted' }, readingRoom ? 'Choose a letter to read it.' : 'Choose a communique to read it, or write one.'));
  loadList();

  const stop = game.onEvent((event) => {
    if (event.type === 'communique.delivered') {
      const own = new Set(game.ownMinistries.map((m) => m.id));
      if (own.has(event.payload.toMinistry) && box !== 'inbox') {
        unseen += 1;
        markInbox();
      }
      loadList();
    } else if (event.type === 'communique.answered') {
      loadList();
      if (openId && (event.payload.communique === openId || event.payload.reply === openId)) openCommunique(openId);
    }
  });
  return () => {
    stop();
    compose?.stop();
  };
}

function ministriesLine(game) {
  const own = game.ownMinistries;
  if (own.length === 0) return 'You hold no ministry in this game.';
  if (game.isGameMaster) return `As GM you write for the ministries no player holds (${own.length}).`;
  return `You hold: ${own.map((m) => m.title).join('; ')}.`;
}

function listItem(game, c, open, onOpen) {
  const pending = c.clauses.filter((k) => k.status === 'pending').length;
  return h('li', {}, h('button', {
    type: 'button', class: 'communique-item', 'data-id': c.id, 'data-testid': 'communique-item', 'aria-current': String(open), onclick: onOpen,
  },
  h('span', { class: 'subject' }, c.subject),
  h('span', { class: 'meta' }, isConsentRequest(c) ? `Request for consent (Article 45) · ${c.toNation} · ${c.inGameDate} · ` : `${c.fromNation} → ${c.toNation} · ${c.inGameDate} · `,
    h('span', { class: `badge ${c.classification}` }, classificationName(c.classification)),
    c.clauses.length ? ` · ${c.clauses.length} clause${c.clauses.length === 1 ? '' : 's'}${pending ? `, ${pending} awaiting an answer` : ''}` : '')));
}
