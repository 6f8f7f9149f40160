// The GMs' queue of claims on the GM desk, beside the members and the invitation links: the pending
// claims first, oldest first (as GET .../claims orders them), each with its age, its claimant, the
// nation, the ministries wanted and the note; Approve with the ministries of that nation to seat them
// in (those asked for ticked) and a note, or Deny with a reason. Decided claims below, folded away.
// gmdesk.js reloads it on claim.submitted, claim.decided and member.changed.
import { api } from '../api.js';
import { h, fill, field, fieldErrors, withErrors, uid } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { ageInWords, claimStateName, ministryKindName } from '../labels.js';
import { claimProblemItems, showClaimProblem } from '../claims/problems.js';

export function claimsQueue(game) {
  const pending = h('div', { class: 'claim-queue', 'data-testid': 'claims-queue', 'aria-live': 'polite' });
  const decided = h('div', {});
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  let latest = 0;
  let open = false;
  const reload = async () => {
    const load = ++latest;
    try {
      const claims = await api.claims(game.world.slug);
      if (load !== latest) return;
      problem.replaceChildren();
      const waiting = claims.filter((c) => c.status === 'pending');
      const done = claims.filter((c) => c.status !== 'pending');
      fill(pending, waiting.length === 0 ? h('p', { class: 'muted' }, 'No claim is waiting.') : waiting.map((c) => pendingClaim(game, c, reload)));
      const details = h('details', { class: 'decided-claims', open, ontoggle: () => { open = details.open; } },
        h('summary', {}, `Decided claims (${done.length})`),
        done.length === 0 ? h('p', { class: 'muted' }, 'None yet.') : h('div', { class: 'table-scroll' }, decidedTable(game, done)));
      fill(decided, details);
    } catch (error) {
      if (load === latest) fill(problem, problemView(error));
    }
  };
  const element = h('div', {},
    h('h2', { id: 'claims-title' }, 'Claims'),
    h('p', { class: 'muted' }, 'Members asking for a nation\'s ministries, the oldest first.'),
    problem,
    pending,
    decided);
  reload();
  return { element, reload };
}

const claimantOf = (claim) => claim.claimantDisplayName || claim.claimant;
const wantedOf = (claim) => claim.ministries.length ? claim.ministries.map(ministryKindName).join(', ') : 'Any: whichever you give';

function pendingClaim(game, claim, reload) {
  const who = claimantOf(claim);
  const nation = game.nationName(claim.nation);
  const headingId = uid('claim');
  const asked = new Set(claim.ministries);
  const ministries = game.ministriesOf(claim.nation);
  // None asked for: the foreign ministry if vacant, as the rules would give at once.
  const preselect = (m) => asked.size ? asked.has(m.kind) : m.kind === 'foreignAffairs';
  const boxes = ministries.map((m) => {
    const heldByOther = Boolean(m.holder) && m.holder !== claim.claimant;
    const box = h('input', { type: 'checkbox', value: m.id, id: uid('approve'), checked: !heldByOther && preselect(m), disabled: heldByOther });
    return { box, node: h('div', { class: 'check' }, box, h('label', { for: box.id }, m.title, heldByOther ? h('span', { class: 'muted' }, ` (held by ${m.holder})`) : null)) };
  });
  const seatsSet = h('fieldset', { id: uid('approve-seats') }, h('legend', {}, 'Seat them in'), boxes.map((b) => b.node));
  const note = h('input', { type: 'text', name: 'note', maxlength: 2000 });
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 2000 });
  const errorsOf = { ministries: fieldErrors(`approve-${claim.id}`), note: fieldErrors(`approve-note-${claim.id}`), reason: fieldErrors(`deny-${claim.id}`) };
  errorsOf.ministries.id = `${seatsSet.id}-errors`;
  seatsSet.setAttribute('aria-describedby', errorsOf.ministries.id);
  seatsSet.append(errorsOf.ministries);
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const buttons = [];
  const decide = (work) => async () => {
    showProblem(problem, null);
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    for (const b of buttons) b.disabled = true;
    try {
      if (await work() === false) return;
      await reload();
    } catch (error) {
      if (!claimProblemItems(error, errorsOf, { MINISTRY_TAKEN: 'ministries', MINISTRY_UNKNOWN: 'ministries' })) showClaimProblem(problem, error);
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  const approve = h('button', {
    type: 'button', class: 'primary', onclick: decide(async () => {
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.box.value);
      await api.approveClaim(game.world.slug, claim.id, chosen, note.value || null);
    }),
  }, 'Approve');
  const deny = h('button', {
    type: 'button', class: 'danger', onclick: decide(async () => {
      if (!reason.value.trim()) {
        errorsOf.reason.append(h('li', {}, 'Give a reason: the claimant reads it.'));
        reason.focus();
        return false;
      }
      await api.denyClaim(game.world.slug, claim.id, reason.value);
      return true;
    }),
  }, 'Deny');
  buttons.push(approve, deny);
  return h('article', { class: 'claim-card', 'data-testid': 'pending-claim', 'data-id': claim.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${who} claims ${nation}`),
    h('p', { class: 'muted' }, h('time', { datetime: claim.submittedAt, title: new Date(claim.submittedAt).toLocaleString() }, ageInWords(claim.ageDays, claim.ageHours)),
      claim.claimantDisplayName ? ` · ${claim.claimant}` : ''),
    h('p', {}, 'Ministries wanted: ', wantedOf(claim)),
    claim.note ? h('blockquote', { class: 'claim-note' }, claim.note) : h('p', { class: 'muted' }, 'No note.'),
    h('div', { class: 'claim-decision' },
      h('div', {},
        seatsSet,
        withErrors(field('Note to the claimant', note), note, errorsOf.note),
        approve),
      h('div', {},
        withErrors(field('Reason for denying', reason, 'Required: the claimant reads it.'), reason, errorsOf.reason),
        deny)),
    problem);
}

function decidedTable(game, claims) {
  return h('table', { class: 'plain' },
    h('thead', {}, h('tr', {}, ['Claimant', 'Nation', 'Wanted', 'Outcome', 'Decided by', 'Note or reason'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, claims.map((c) => h('tr', { 'data-testid': 'decided-claim', 'data-id': c.id },
      h('td', {}, claimantOf(c)),
      h('td', {}, game.nationName(c.nation)),
      h('td', {}, wantedOf(c)),
      h('td', {}, h('span', { class: `badge claim-state-${c.status}` }, claimStateName(c.status)),
        c.seats.length ? h('span', { class: 'muted' }, ` · ${c.seats.map((id) => game.ministry(id)?.title ?? id).join('; ')}`) : null),
      h('td', {}, c.decidedBy ?? 'The rules (at once)'),
      h('td', {}, c.decisionNote ?? '—')))));
}
