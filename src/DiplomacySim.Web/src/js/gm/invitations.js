// Invitation links on the GM desk: make one (a role, for a player optionally a nation to seat them
// in, how many days and how many uses), and the list with what is left of each, to copy or revoke.
import { api } from '../api.js';
import { h, fill, field, fieldErrors, withErrors } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { roleName } from '../labels.js';

export function invitationsDesk(game) {
  const list = h('div', { class: 'table-scroll', 'data-testid': 'invitations' });
  const listProblem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const reload = async () => {
    try {
      const invitations = await api.invitations(game.world.slug);
      listProblem.replaceChildren();
      fill(list, invitations.length === 0
        ? h('p', { class: 'muted' }, 'No invitation link yet.')
        : h('table', { class: 'plain invitations' },
          h('thead', {}, h('tr', {}, ['Link', 'Gives', 'Uses', 'Expires', 'State', ''].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, invitations.map((i) => invitationRow(game, i, reload, listProblem)))));
    } catch (error) {
      fill(listProblem, problemView(error));
    }
  };
  const element = h('div', {},
    h('h2', { id: 'invitations-title' }, 'Invitation links'),
    invitationForm(game, reload),
    h('h3', {}, 'Links made'),
    listProblem,
    list);
  reload();
  return { element, reload };
}

function invitationForm(game, reload) {
  const role = h('select', { name: 'role' }, ['player', 'spectator', 'gameMaster'].map((code) => h('option', { value: code }, roleName(code))));
  const nation = h('select', { name: 'nation' },
    h('option', { value: '' }, 'No nation: the first vacant seat'),
    [...game.world.nations].sort((a, b) => a.name.localeCompare(b.name)).map((n) => h('option', { value: n.code }, n.name)));
  const days = h('input', { type: 'number', name: 'expiresInDays', min: 1, max: 365, value: 7 });
  const uses = h('input', { type: 'number', name: 'maxUses', min: 1, max: 1000, value: 1 });
  // Only a player's invitation seats someone, so only it names a nation.
  role.addEventListener('change', () => {
    nation.disabled = role.value !== 'player';
    if (nation.disabled) nation.value = '';
  });
  const errorsOf = Object.fromEntries(['role', 'nation', 'expiresInDays', 'maxUses'].map((name) => [name, fieldErrors(`invitation-${name}`)]));
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const made = h('p', { role: 'status', class: 'muted' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Make an invitation link');
  const form = h('form', { 'aria-labelledby': 'invitations-title', novalidate: true },
    h('div', { class: 'row' },
      withErrors(field('Invite as', role), role, errorsOf.role),
      withErrors(field('Nation to seat them in', nation, 'For a player: its foreign ministry if vacant, else its first vacant one.'), nation, errorsOf.nation)),
    h('div', { class: 'row' },
      withErrors(field('Valid for (days)', days), days, errorsOf.expiresInDays),
      withErrors(field('Uses', uses, 'How many people may accept it.'), uses, errorsOf.maxUses)),
    problem,
    h('div', { class: 'actions' }, submit),
    made);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    made.textContent = '';
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    submit.disabled = true;
    try {
      await api.createInvitation(game.world.slug, {
        role: role.value, nation: nation.value || null, expiresInDays: Number(days.value), maxUses: Number(uses.value),
      });
      made.textContent = 'Link made: copy it from the list below.';
      await reload();
    } catch (error) {
      let shown = false;
      const byField = error.code === 'NATION_UNKNOWN' ? { nation: [error.message] } : error.errors ?? {};
      for (const [name, messages] of Object.entries(byField)) {
        if (!errorsOf[name]) continue;
        errorsOf[name].append(...[messages].flat().map((m) => h('li', {}, m)));
        shown = true;
      }
      if (!shown) showProblem(problem, error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function invitationRow(game, invitation, reload, problem) {
  const url = new URL(invitation.url, location.origin).href;
  const link = h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'Invitation link', class: 'invitation-link' });
  const copied = h('span', { role: 'status', class: 'muted' });
  const copy = h('button', {
    type: 'button', class: 'small', onclick: async () => {
      try {
        await navigator.clipboard.writeText(url);
        copied.textContent = 'Copied.';
      } catch {
        // No clipboard (an insecure origin, or permission refused): the text is selected to copy by hand.
        link.focus();
        link.select();
        copied.textContent = 'Selected: press Ctrl+C to copy.';
      }
    },
  }, 'Copy link');
  const revoke = invitation.revoked ? null : h('button', {
    type: 'button', class: 'small danger', onclick: async () => {
      revoke.disabled = true;
      try {
        await api.revokeInvitation(game.world.slug, invitation.code);
        await reload();
      } catch (error) {
        revoke.disabled = false;
        fill(problem, problemView(error));
      }
    },
  }, 'Revoke');
  const state = invitation.revoked ? 'Revoked'
    : invitation.valid ? 'Valid'
      : invitation.usesLeft === 0 ? 'Used up' : 'Expired';
  return h('tr', { 'data-testid': 'invitation', 'data-code': invitation.code },
    h('td', {}, link),
    h('td', {}, roleName(invitation.role), invitation.nation ? ` · ${game.nationName(invitation.nation)}` : ''),
    h('td', { class: 'num' }, `${invitation.uses} of ${invitation.maxUses} · ${invitation.usesLeft} left`),
    h('td', {}, h('time', { datetime: invitation.expiresAt }, new Date(invitation.expiresAt).toLocaleString())),
    h('td', {}, h('span', { class: `badge invitation-${state.toLowerCase().replace(' ', '-')}` }, state)),
    h('td', {}, h('div', { class: 'actions' }, copy, revoke, copied)));
}

