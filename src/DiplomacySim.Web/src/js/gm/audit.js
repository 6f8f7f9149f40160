// The event log as an audit trail, newest first, filterable by nation and by type.
import { h, fill, field } from '../dom.js';
import { agreementStatusName, claimStateName, claimStatusName, classificationName, eventTypeName, kindName, label, ministryKindName, reasonName } from '../labels.js';

const NATION_FIELDS = ['from', 'to', 'fromNation', 'toNation', 'requester', 'grantor', 'nation'];

export function auditTrail(game) {
  const nation = h('select', { name: 'nation' }, h('option', { value: '' }, 'Every nation'),
    game.world.nations.map((n) => h('option', { value: n.code }, `${n.name} (${n.code})`)));
  const type = h('select', { name: 'type' }, h('option', { value: '' }, 'Every type'));
  const body = h('tbody', {});
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const types = new Set();

  const matches = (event) => (!type.value || event.type === type.value) && (!nation.value || nationsOf(event).includes(nation.value));
  const refreshTypes = () => {
    const chosen = type.value;
    fill(type, h('option', { value: '' }, 'Every type'), [...types].sort().map((t) => h('option', { value: t, selected: t === chosen }, eventTypeName(t))));
  };
  const render = () => {
    const shown = game.events.filter(matches).slice().reverse().slice(0, 300);
    fill(body, shown.map(row));
    count.textContent = `${shown.length} of ${game.events.length} events shown${shown.length === 300 ? ' (the latest 300)' : ''}.`;
  };
  for (const e of game.events) types.add(e.type);
  refreshTypes();
  nation.addEventListener('change', render);
  type.addEventListener('change', render);
  render();

  return {
    element: h('div', {},
      h('h2', { id: 'audit-title' }, 'Audit trail'),
      h('div', { class: 'row' }, field('Nation', nation), field('Type', type)),
      count,
      h('div', { class: 'table-scroll' }, h('table', { class: 'plain audit', 'data-testid': 'audit' },
        h('thead', {}, h('tr', {}, ['#', 'Type', 'In-game date', 'Recorded', 'What'].map((t) => h('th', { scope: 'col' }, t)))),
        body))),
    add(event) {
      if (!types.has(event.type)) {
        types.add(event.type);
        refreshTypes();
      }
      render();
    },
  };
}

function nationsOf(event) {
  const p = event.payload ?? {};
  return [...NATION_FIELDS.map((f) => p[f]), ...(p.parties ?? []), p.subject === 'nation' ? p.code : null].filter(Boolean);
}

function row(event) {
  return h('tr', {},
    h('td', { class: 'num' }, event.seq),
    h('td', {}, eventTypeName(event.type)),
    h('td', {}, event.inGameDate),
    h('td', {}, new Date(event.occurredAt).toLocaleString()),
    h('td', {}, summary(event)));
}

function summary(event) {
  const p = event.payload ?? {};
  switch (event.type) {
    case 'communique.delivered':
      return `${p.fromNation} → ${p.toNation}: "${p.subject}" (${classificationName(p.classification).toLowerCase()}, ${p.clauses} clause${p.clauses === 1 ? '' : 's'})`;
    case 'communique.answered':
      return (p.decisions ?? []).map((d) => `clause ${d.clauseIndex + 1}: ${label('decision', d.decision).toLowerCase()}`).join(', ');
    case 'agreement.changed':
      return `${kindName(p.kind)} ${p.requester} ← ${p.grantor}: ${agreementStatusName(p.status).toLowerCase()}${p.ruling ? ` — "${p.ruling}"` : ''}`;
    case 'relation.changed':
      return `${p.from} → ${p.to} ${p.amount > 0 ? '+' : ''}${p.amount} (${reasonName(p.reason)}), now ${p.score}`;
    case 'clock.advanced':
      return `${p.from} → ${p.to} (${p.days} days)`;
    case 'claim.submitted':
      return `${p.claimant} claims ${p.nation}${p.ministries?.length ? ` (${p.ministries.map(ministryKindName).join(', ').toLowerCase()})` : ''}`;
    case 'claim.decided':
      return `${p.claimant}'s claim of ${p.nation}: ${claimStateName(p.status).toLowerCase()}${p.by ? ` by ${p.by}` : ' by the rules'}${p.note ? ` — "${p.note}"` : ''}`;
    case 'world.changed':
      if (p.subject === 'nation') return `${p.code}: claims ${claimStatusName(p.claimStatus).toLowerCase()}, by ${p.by}${p.note ? ` — "${p.note}"` : ''}`;
      return JSON.stringify(p);
    default:
      return JSON.stringify(p);
  }
}
