// The GM desk: agreements waiting for ratification with their terms, ratify or veto with a
// ruling; the in-game clock and the campaign's settings; the people of the campaign (members,
// invitation links, the claims queue and each nation's claim status); the event log as an audit trail.
import { api } from '../api.js';
import { h, fill, field } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { describeTerms } from '../desk/terms.js';
import { agreementStatusName, classificationName, kindName } from '../labels.js';
import { forumTextPanel } from '../desk/forumText.js';
import { auditTrail } from './audit.js';
import { campaignSettings } from './settings.js';
import { membersDesk } from './members.js';
import { invitationsDesk } from './invitations.js';
import { claimsQueue } from './claims.js';
import { nationsDesk } from './nations.js';

export function renderGameMasterDesk(main, game) {
  if (!game.isGameMaster) {
    fill(main, h('section', { class: 'panel' }, h('h1', {}, 'GM desk'), h('p', {}, 'Only the game masters of this game have a GM desk.')));
    return () => {};
  }
  const pendingList = h('div', { class: 'agreements', 'data-testid': 'pending-agreements' });
  const decided = h('div', { class: 'table-scroll' });
  const audit = auditTrail(game);

  const load = async () => {
    try {
      const agreements = await api.agreements(game.slug);
      const pending = agreements.filter((a) => a.status === 'pendingRatification');
      fill(pendingList, pending.length === 0
        ? h('p', { class: 'muted' }, 'No agreement is waiting for ratification.')
        : pending.map((a) => agreementCard(game, a, load)));
      const others = agreements.filter((a) => a.status !== 'pendingRatification');
      fill(decided, others.length === 0 ? h('p', { class: 'muted' }, 'None yet.') : h('table', { class: 'plain' },
        h('thead', {}, h('tr', {}, ['Kind', 'Parties', 'Status', 'Since', 'Ruling', 'For the forum'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, others.map((a) => h('tr', {},
          h('td', {}, kindName(a.kind)), h('td', {}, `${a.requester} → ${a.grantor}`), h('td', {}, h('span', { class: `badge ${a.status}` }, agreementStatusName(a.status))),
          h('td', {}, a.inForceSince ?? a.concludedOn), h('td', {}, a.ruling ?? '—'),
          h('td', {}, forumTextPanel('Treaty text', (format) => api.exportAgreement(game.slug, a.id, format))))))));
    } catch (error) {
      fill(pendingList, problemView(error));
    }
  };

  const clock = clockForm(game);
  const settings = campaignSettings(game);
  const members = membersDesk(game);
  const invitations = invitationsDesk(game);
  const claims = claimsQueue(game);
  const nations = nationsDesk(game);
  fill(main, h('div', { class: 'gm-layout' },
    h('section', { class: 'panel', 'aria-labelledby': 'ratify-title' },
      h('h1', { id: 'ratify-title' }, 'Awaiting ratification'),
      pendingList,
      h('h2', {}, 'Decided agreements'),
      decided),
    h('div', { class: 'gm-side' },
      h('section', { class: 'panel clock', 'aria-labelledby': 'clock-title' }, clock.element),
      h('section', { class: 'panel settings', 'aria-labelledby': 'settings-title' }, settings.element)),
    // The campaign's people, side by side: who is in, the links that bring others in, the claims
    // of those who ask, and which nations may be claimed.
    h('div', { class: 'people', role: 'region', 'aria-label': 'People' },
      h('section', { class: 'panel', 'aria-labelledby': 'members-title' }, members.element),
      h('section', { class: 'panel', 'aria-labelledby': 'invitations-title' }, invitations.element),
      h('section', { class: 'panel', 'aria-labelledby': 'claims-title' }, claims.element),
      h('section', { class: 'panel', 'aria-labelledby': 'nation-claims-title' }, nations.element)),
    h('section', { class: 'panel audit-panel', 'aria-labelledby': 'audit-title' }, audit.element)));
  load();

  // One listener for the whole desk, removed with it (a listener per part would outlive the desk).
  const stop = game.onEvent((event) => {
    audit.add(event);
    clock.show(event);
    if (event.type === 'agreement.changed') load();
    nations.show(event);
    if (event.type === 'member.changed') {
      members.reload();
      invitations.reload();
    }
    if (event.type === 'claim.submitted' || event.type === 'claim.decided' || event.type === 'member.changed') claims.reload();
  });
  return stop;
}

function agreementCard(game, agreement, reload) {
  const ruling = h('textarea', { rows: 2, name: 'ruling' });
  const problem = h('div', { class: 'problem-slot' });
  const decide = (verb) => async () => {
    showProblem(problem, null);
    for (const b of buttons) b.disabled = true;
    try {
      await (verb === 'ratify' ? api.ratify : api.veto)(game.slug, agreement.id, ruling.value);
      reload();
    } catch (error) {
      showProblem(problem, error);
      for (const b of buttons) b.disabled = false;
    }
  };
  const buttons = [
    h('button', { type: 'button', class: 'primary', onclick: decide('ratify') }, 'Ratify'),
    h('button', { type: 'button', class: 'danger', onclick: decide('veto') }, 'Veto'),
  ];
  return h('article', { class: 'agreement', 'data-testid': 'agreement', 'data-id': agreement.id },
    h('h3', {}, `${kindName(agreement.kind)}: ${game.nationName(agreement.grantor)} grants ${game.nationName(agreement.requester)}`),
    h('p', {}, describeTerms(game, agreement.terms)),
    h('p', { class: 'muted' }, `Concluded ${agreement.concludedOn} · `, h('span', { class: `badge ${agreement.classification}` }, classificationName(agreement.classification)),
      agreement.awaiting?.length ? ` · waiting for: ${agreement.awaiting.join(', ')}` : ''),
    forumTextPanel('Treaty text', (format) => api.exportAgreement(game.slug, agreement.id, format)),
    field('Ruling', ruling, 'Your written ruling, shown to the parties.'),
    problem,
    h('div', { class: 'actions' }, buttons));
}

function clockForm(game) {
  const days = h('input', { type: 'number', min: 1, max: 3650, value: 30, name: 'days' });
  const today = h('strong', { 'data-testid': 'clock-date' }, game.world.inGameDate);
  const problem = h('div', { class: 'problem-slot' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Advance the clock');
  const form = h('form', {},
    h('h2', { id: 'clock-title' }, 'In-game clock'),
    h('p', {}, 'Today: ', today),
    field('Days to advance', days, 'Modifiers decay as the days pass.'),
    problem,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    submit.disabled = true;
    try {
      const result = await api.advanceClock(game.slug, Number(days.value));
      today.textContent = result.inGameDate;
    } catch (error) {
      showProblem(problem, error);
    } finally {
      submit.disabled = false;
    }
  });
  return {
    element: form,
    show(event) {
      if (event.type === 'clock.advanced') today.textContent = event.payload.to;
    },
  };
}
