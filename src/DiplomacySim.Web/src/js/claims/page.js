// The claims page of a campaign (/games/{game}/claims), for its members: every nation with its claim
// status and who holds each ministry; a form to claim a nation's ministries with a note for the game
// masters; the member's own claims and what became of them, kept current by claim.decided; a Resign
// button beside each ministry the member holds; and for the holder of a nation's foreign ministry,
// the Cabinet, to give the nation's other ministries to members. The server decides who may do what
// (README "Claims"); the page offers only what the rules would let this member do.
import { api } from '../api.js';
import { h, fill, field, fieldErrors, withErrors, uid } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { claimStatusName, claimStateName, ministryKindName, ageInWords, claimOutcome, CLAIM_STATUS_HINTS } from '../labels.js';
import { currentSession } from '../session.js';
import { claimProblemItems, showClaimProblem } from './problems.js';

// A claim approved at once seats its claimant, which loads the campaign again as a player: the page is
// drawn anew, and says so until the seat has reached it.
let seatedNotice = null;

/**
 * Draws the claims page into `main` for `game` (a GameSession). `reopen` draws the page anew from the
 * session on screen. Returns the function that stops its live updates.
 */
export function renderClaims(main, game, { reopen }) {
  const me = currentSession()?.userName ?? null;
  let members = [];
  const seats = h('div', { class: 'table-scroll', 'data-testid': 'nation-seats', 'aria-live': 'polite' });
  const seatsProblem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const notice = h('div', { 'aria-live': 'polite' });
  const mine = h('div', { 'aria-live': 'polite', 'data-testid': 'my-claims' });
  const cabinet = h('section', { class: 'panel', 'aria-labelledby': 'cabinet-title', hidden: true });

  const nameOf = (userName) => members.find((m) => m.userName === userName)?.displayName || userName;

  const drawSeats = () => {
    fill(seats, seatsTable(game, me, nameOf, resign));
    form.refresh();
    drawCabinet();
  };
  const resign = (ministry) => async (event) => {
    if (!window.confirm(`Resign ${ministry.title}? It falls vacant, and you lose the letters it lets you read.`)) return;
    const button = event.currentTarget;
    showProblem(seatsProblem, null);
    button.disabled = true;
    try {
      await api.assignSeat(game.world.slug, ministry.id, null, null);
    } catch (error) {
      button.disabled = false;
      showClaimProblem(seatsProblem, error);
    }
  };
  const drawCabinet = () => {
    const content = cabinetContent(game, me, members, nameOf);
    cabinet.hidden = !content;
    if (content) fill(cabinet, h('h2', { id: 'cabinet-title' }, 'Cabinet'), content);
  };
  const loadMembers = async () => {
    if (!game.isMember) return;
    try {
      members = await api.members(game.world.slug);
      drawSeats();
    } catch (error) {
      showProblem(seatsProblem, error);
    }
  };
  let latestClaims = 0;
  const loadClaims = async () => {
    if (!game.isMember) return;
    const load = ++latestClaims;
    try {
      const claims = await api.claims(game.world.slug);
      if (load !== latestClaims) return;
      const own = claims.filter((c) => c.claimant === me);
      fill(mine, own.length === 0 ? h('p', { class: 'muted' }, 'You have claimed no nation in this campaign.')
        : h('ul', { class: 'claims', 'aria-labelledby': 'my-claims-title' }, own.map((c) => myClaim(game, c))));
    } catch (error) {
      if (load === latestClaims) fill(mine, problemView(error));
    }
  };

  const form = claimForm(game, async (result, nation) => {
    if (result.status === 'approved') {
      seatedNotice = { slug: game.world.slug, user: me, nation };
      reopen();
    }
    await loadClaims();
  });

  // Shown once the campaign has loaded again with the new seat; until then it waits for the next drawing.
  if (seatedNotice && seatedNotice.slug === game.world.slug && seatedNotice.user === me) {
    const nation = seatedNotice.nation;
    if (game.isPlayer && game.membership.nations?.includes(nation)) seatedNotice = null;
    fill(notice, h('div', { class: 'notice', role: 'status' },
      h('p', {}, h('strong', {}, `Your claim of ${game.nationName(nation)} was approved at once: you are now seated.`)),
      h('p', {}, 'Your desk is open: ', h('a', { href: `/games/${encodeURIComponent(game.world.slug)}/desk`, 'data-link': true }, 'Open my desk'), '.')));
  }

  fill(main, h('div', { class: 'claims-layout' },
    h('section', { class: 'panel', 'aria-labelledby': 'seats-title' },
      h('h1', { id: 'seats-title' }, 'Nations and seats'),
      h('p', { class: 'muted' }, 'Who holds each ministry, and whether its nation takes claims.'),
      notice,
      seatsProblem,
      seats),
    h('div', { class: 'claims-side' },
      h('section', { class: 'panel', 'aria-labelledby': 'claim-title' },
        h('h2', { id: 'claim-title' }, 'Claim a nation'),
        game.isMember ? form.element : h('p', {}, 'Join the campaign (the button in the header) to claim a nation.')),
      game.isMember ? h('section', { class: 'panel', 'aria-labelledby': 'my-claims-title' }, h('h2', { id: 'my-claims-title' }, 'My claims'), mine) : null,
      cabinet)));
  drawSeats();
  loadMembers();
  loadClaims();

  return game.onEvent((event) => {
    if (event.type === 'claim.submitted' || event.type === 'claim.decided') loadClaims();
    if (event.type === 'member.changed') loadMembers();
    if (event.type === 'world.changed' || event.type === 'member.changed') drawSeats();
  });
}

function seatsTable(game, me, nameOf, resign) {
  const nations = [...game.world.nations].sort((a, b) => a.name.localeCompare(b.name));
  if (nations.length === 0) return h('p', { class: 'muted' }, 'This campaign has no nations yet.');
  return h('table', { class: 'plain seats-table', 'aria-labelledby': 'seats-title' },
    h('thead', {}, h('tr', {}, ['Nation', 'Claims', 'Ministries'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, nations.map((nation) => h('tr', { 'data-testid': 'nation', 'data-code': nation.code },
      h('th', { scope: 'row' }, nation.name),
      h('td', {}, h('span', { class: `badge claim-${nation.claimStatus}`, title: CLAIM_STATUS_HINTS[nation.claimStatus] ?? null }, claimStatusName(nation.claimStatus))),
      h('td', {}, h('ul', { class: 'seats', 'aria-label': `Ministries of ${nation.name}` }, game.ministriesOf(nation.code).map((m) => h('li', {},
        h('span', { class: 'ministry-title' }, m.title), ' — ',
        m.holder === null || m.holder === undefined ? h('span', { class: 'muted' }, 'Vacant')
          : m.holder === me ? [h('strong', {}, 'You'), ' ', h('button', { type: 'button', class: 'small', 'aria-label': `Resign ${m.title}`, onclick: resign(m) }, 'Resign')]
            : nameOf(m.holder)))))))));
}

function claimForm(game, submitted) {
  const nations = [...game.world.nations].sort((a, b) => a.name.localeCompare(b.name));
  const nation = h('select', { name: 'nation' }, h('option', { value: '' }, 'Choose a nation'),
    nations.map((n) => h('option', { value: n.code }, n.name)));
  const statusLine = h('span', { class: 'hint', id: uid('claim-status') });
  nation.setAttribute('aria-describedby', statusLine.id);
  const boxes = h('div', { class: 'checks' });
  const ministries = h('fieldset', { class: 'ministries-wanted', id: uid('claim-ministries') },
    h('legend', {}, 'Ministries wanted'),
    boxes,
    h('span', { class: 'hint' }, 'Tick none to take whichever the game masters give.'));
  const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000 });
  const errorsOf = Object.fromEntries(['nation', 'ministries', 'note'].map((name) => [name, fieldErrors(`claim-${name}`)]));
  errorsOf.ministries.id = `${ministries.id}-errors`;
  ministries.setAttribute('aria-describedby', errorsOf.ministries.id);
  ministries.append(errorsOf.ministries);
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const done = h('p', { role: 'status', class: 'muted' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Submit the claim');
  const nationField = field('Nation to claim', nation);
  nationField.append(statusLine);
  const element = h('form', { 'aria-labelledby': 'claim-title', novalidate: true },
    withErrors(nationField, nation, errorsOf.nation),
    ministries,
    withErrors(field('Note to the game masters', note, 'Who you are on the forum, what you would play: up to 2,000 characters.'), note, errorsOf.note),
    problem,
    h('div', { class: 'actions' }, submit),
    done);

  // The nation's ministries as checkboxes, vacant ones enabled (with what a claim of it does under the
  // campaign's join policy); ticks kept when redrawn for the same nation.
  let shownFor = null;
  const refresh = () => {
    const chosen = game.world.nations.find((n) => n.code === nation.value);
    for (const option of nation.options) {
      const n = game.world.nations.find((x) => x.code === option.value);
      if (n) option.textContent = `${n.name} (${claimStatusName(n.claimStatus)})`;
    }
    statusLine.textContent = chosen ? `Claims: ${claimStatusName(chosen.claimStatus)}. ${claimOutcome(game.world.joinPolicy, chosen.claimStatus)}` : '';
    const ticked = shownFor === nation.value ? new Set([...boxes.querySelectorAll('input:checked')].map((b) => b.value)) : new Set();
    shownFor = nation.value;
    if (!chosen) {
      fill(boxes, h('p', { class: 'muted' }, 'Choose a nation first.'));
      return;
    }
    fill(boxes, game.ministriesOf(chosen.code).map((m) => {
      const held = Boolean(m.holder);
      const box = h('input', { type: 'checkbox', name: 'ministries', value: m.kind, id: uid('claim-ministry'), disabled: held, checked: !held && ticked.has(m.kind) });
      return h('div', { class: 'check' }, box, h('label', { for: box.id }, m.title, held ? h('span', { class: 'muted' }, ' (held)') : null));
    }));
  };
  nation.addEventListener('change', refresh);

  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    done.textContent = '';
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    if (!nation.value) {
      errorsOf.nation.append(h('li', {}, 'Choose the nation you claim.'));
      return;
    }
    submit.disabled = true;
    const claimed = nation.value;
    try {
      const kinds = [...boxes.querySelectorAll('input:checked')].map((b) => b.value);
      const result = await api.submitClaim(game.world.slug, { nation: claimed, ministries: kinds, note: note.value || null });
      note.value = '';
      for (const box of boxes.querySelectorAll('input:checked')) box.checked = false;
      done.textContent = result.status === 'approved' ? `Approved at once: you are seated in ${game.nationName(claimed)}.`
        : `Claim sent: a game master will decide. It is listed under My claims.`;
      await submitted(result, claimed);
    } catch (error) {
      const shown = claimProblemItems(error, errorsOf, { MINISTRY_TAKEN: 'ministries', MINISTRY_UNKNOWN: 'ministries' });
      if (!shown) showClaimProblem(problem, error);
    } finally {
      submit.disabled = false;
    }
  });
  return { element, refresh };
}

function myClaim(game, claim) {
  const wanted = claim.ministries.length ? claim.ministries.map(ministryKindName).join(', ') : 'whichever the game masters give';
  const seats = claim.seats.map((id) => game.ministry(id)?.title ?? id);
  const decision = claim.status === 'pending' ? null
    : claim.status === 'approved'
      ? h('p', {}, claim.decidedBy ? `Approved by ${claim.decidedBy}` : 'Approved at once by the campaign\'s rules',
        seats.length ? `: seated in ${seats.join('; ')}.` : '.')
      : h('p', {}, `Denied by ${claim.decidedBy}.`);
  return h('li', { class: 'claim', 'data-testid': 'my-claim', 'data-id': claim.id },
    h('p', {}, h('strong', {}, game.nationName(claim.nation)), ' · ', h('span', { class: `badge claim-state-${claim.status}` }, claimStateName(claim.status)),
      ' · ', h('span', { class: 'muted' }, `sent ${ageInWords(claim.ageDays, claim.ageHours)}`)),
    h('p', {}, 'Ministries wanted: ', wanted),
    claim.note ? h('p', { class: 'claim-note' }, 'Your note: ', claim.note) : null,
    decision,
    claim.decisionNote ? h('p', { class: 'claim-note' }, claim.status === 'denied' ? 'Reason: ' : 'Note: ', claim.decisionNote) : null);
}

/**
 * For the holder of a nation's foreign ministry: the nation's other ministries that are vacant or
 * theirs, each with a member to give it to. Null for anyone else.
 */
function cabinetContent(game, me, members, nameOf) {
  if (!me || !game.isMember) return null;
  const nations = game.world.ministries.filter((m) => m.kind === 'foreignAffairs' && m.holder === me).map((m) => m.nation);
  if (nations.length === 0) return null;
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const done = h('p', { role: 'status', class: 'muted' });
  const others = members.filter((m) => m.userName !== me);
  return [
    h('p', { class: 'muted' }, 'As foreign minister you may give your nation\'s other ministries, vacant or your own, to a member of the campaign.'),
    problem,
    nations.map((code) => {
      const rows = game.ministriesOf(code).filter((m) => m.kind !== 'foreignAffairs' && (!m.holder || m.holder === me));
      return h('div', { class: 'cabinet-nation' },
        h('h3', {}, game.nationName(code)),
        rows.length === 0 ? h('p', { class: 'muted' }, 'No other ministry is vacant or yours to give.')
          : h('ul', { class: 'cabinet' }, rows.map((ministry) => {
            const to = h('select', { 'aria-label': `Give ${ministry.title} to` },
              h('option', { value: '' }, others.length ? 'Choose a member' : 'No other member yet'),
              others.map((m) => h('option', { value: m.userName }, m.displayName || m.userName)));
            const give = h('button', {
              type: 'button', class: 'small', 'aria-label': `Give ${ministry.title}`, onclick: async () => {
                showProblem(problem, null);
                done.textContent = '';
                if (!to.value) {
                  fill(problem, h('p', { class: 'problem', role: 'alert' }, 'Choose the member to give it to.'));
                  return;
                }
                give.disabled = true;
                try {
                  await api.assignSeat(game.world.slug, ministry.id, to.value, null);
                  done.textContent = `${ministry.title} given to ${nameOf(to.value)}.`;
                } catch (error) {
                  showClaimProblem(problem, error);
                } finally {
                  give.disabled = false;
                }
              },
            }, 'Give');
            return h('li', {}, h('span', { class: 'ministry-title' }, ministry.title),
              h('span', { class: 'muted' }, ministry.holder ? ' (yours)' : ' (vacant)'),
              h('div', { class: 'actions' }, to, give));
          })));
    }),
    done,
  ];
}
