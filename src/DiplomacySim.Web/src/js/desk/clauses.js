// The clause editor: one form per kind of clause, reading back the clause as API.md writes it. A
// term left empty is sent as null, and the server's validation names it.
import { h, field, uid } from '../dom.js';
import { CLAUSE_KINDS } from './terms.js';
import { installationKindName, kindName, lower, options } from '../labels.js';

/**
 * An editor for one clause. `recipientNation` (a function) orders installations so the recipient's
 * come first. Returns { element, read(), setProblems(list) }.
 */
export function clauseEditor(game, { kind, terms = {}, recipientNation, onChange, onRemove, legend }) {
  const inputs = [];
  const add = (control) => {
    control.addEventListener('input', onChange);
    control.addEventListener('change', onChange);
    inputs.push(control);
    return control;
  };
  const builders = {
    basingRights, protectingPower, tradeAgreement, refuelingRights, delegationVisit, cooperation, investment,
    otherRequest, diplomaticRelations, statusOfForces, defencePact, overflightRights, intelligenceSharing, armsPurchase, visaFacilitation,
  };
  const built = builders[kind](game, terms, add, recipientNation);
  const problems = h('ul', { class: 'clause-problems', 'aria-live': 'polite', 'data-testid': 'clause-problems' });
  const title = h('legend', {}, legend ?? kindName(kind));
  const element = h('fieldset', { class: 'clause', 'data-kind': kind },
    title,
    built.element,
    problems,
    onRemove ? h('button', { type: 'button', class: 'secondary small', onclick: onRemove }, `Remove this ${kindName(kind).toLowerCase()} clause`) : null);
  return {
    element,
    kind,
    read: () => ({ kind, ...built.read() }),
    /** Re-orders the installations when the recipient changes. */
    refresh: () => built.refresh?.(),
    setLegend: (text) => { title.textContent = text; },
    setProblems(list) {
      problems.replaceChildren(...list.map((p) => h('li', { class: 'violation', 'data-code': p.code ?? '' },
        p.code ? h('code', {}, p.code) : null, p.code ? ' ' : null, p.message)));
      element.classList.toggle('has-problems', list.length > 0);
    },
  };
}

/** A select of every kind, for "add a clause" and counter-proposals. */
export function kindSelect() {
  return h('select', {}, CLAUSE_KINDS.map(([value, label]) => h('option', { value }, label)));
}

// ---- fields ------------------------------------------------------------------------------------

const text = (value) => h('input', { type: 'text', value: value ?? '' });
const num = (value, step = '1') => h('input', { type: 'number', step, value: value ?? '' });
const readNumber = (input) => (input.value.trim() === '' ? null : Number(input.value));
const readText = (input) => input.value.trim();
const readOptional = (input) => input.value.trim() || null;
const readList = (input) => input.value.split(',').map((s) => s.trim()).filter(Boolean);
const yesNo = (value) => h('input', { type: 'checkbox', checked: value === true });

function select(options, value) {
  return h('select', {}, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

function nationSelect(game, value) {
  return select([['', 'Choose a nation…'], ...game.world.nations.map((n) => [n.code, `${n.name} (${n.code})`])], value ?? '');
}

function checkboxes(legendText, options, chosen, add) {
  const boxes = options.map(([value, label]) => {
    const box = add(h('input', { type: 'checkbox', value, checked: chosen.includes(value), id: uid('c') }));
    return h('label', { class: 'check', for: box.id }, box, ` ${label}`);
  });
  return {
    element: h('fieldset', { class: 'checks' }, h('legend', {}, legendText), boxes),
    read: () => boxes.map((label) => label.querySelector('input')).filter((b) => b.checked).map((b) => b.value),
  };
}

/** Installations grouped by nation, the recipient's first, every one pickable (the rules judge). */
function installationPicker(game, chosen, add, recipientNation, legendText) {
  const box = h('div', { class: 'installations' });
  const selected = new Set(chosen);
  const render = () => {
    const first = recipientNation();
    const nations = [...new Set(game.world.installations.map((i) => i.nation))]
      .sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
    box.replaceChildren(...nations.map((nation) => h('fieldset', { class: 'installation-group' },
      h('legend', {}, game.nationName(nation), nation === first ? ' (recipient)' : ''),
      game.world.installations.filter((i) => i.nation === nation).map((installation) => {
        const input = add(h('input', { type: 'checkbox', value: installation.id, checked: selected.has(installation.id), id: uid('i') }));
        input.addEventListener('change', () => (input.checked ? selected.add(installation.id) : selected.delete(installation.id)));
        const free = installation.capacity - installation.foreignPersonnel - installation.reservedPersonnel;
        return h('label', { class: 'check', for: input.id }, input, ` ${installation.name}`,
          h('span', { class: 'muted' }, ` · ${lower(installationKindName(installation.kind))}, room for ${free.toLocaleString('en')}`));
      }))));
  };
  render();
  return {
    element: h('fieldset', { class: 'checks' }, h('legend', {}, legendText), box),
    read: () => [...selected],
    refresh: render,
  };
}

function basingRights(game, t, add, recipientNation) {
  const installations = installationPicker(game, t.installations ?? [], add, recipientNation, 'Installations');
  const peacetime = add(num(t.peacetimePersonnelCap ?? ''));
  const emergency = add(num(t.emergencyPersonnelCap ?? ''));
  const capabilities = checkboxes('Capabilities', options('capability'), t.capabilities ?? [], add);
  const term = add(num(t.termYears ?? ''));
  return {
    element: h('div', { class: 'clause-fields' }, installations.element,
      h('div', { class: 'row' }, field('Peacetime personnel cap', peacetime), field('Emergency personnel cap', emergency), field('Term (years, optional)', term)),
      capabilities.element),
    read: () => ({
      installations: installations.read(), peacetimePersonnelCap: readNumber(peacetime), emergencyPersonnelCap: readNumber(emergency),
      capabilities: capabilities.read(), termYears: readNumber(term),
    }),
    refresh: installations.refresh,
  };
}

function protectingPower(game, t, add) {
  const protectedState = add(nationSelect(game, t.protectedState));
  const hostState = add(nationSelect(game, t.hostState));
  const scope = add(select(options('protectionScope'), t.scope ?? 'both'));
  return {
    element: h('div', { class: 'row' }, field('Protected state', protectedState), field('Host state', hostState), field('Scope', scope)),
    read: () => ({ protectedState: protectedState.value || null, hostState: hostState.value || null, scope: scope.value }),
  };
}

function tradeAgreement(game, t, add) {
  const sectors = add(text((t.sectors ?? []).join(', ')));
  const tariff = add(num(t.tariffChangePercent ?? '', 'any'));
  const currency = add(text(t.settlementCurrency));
  const term = add(num(t.termYears ?? ''));
  return {
    element: h('div', { class: 'row' }, field('Sectors', sectors, 'Comma-separated, e.g. energy, agriculture'),
      field('Tariff change (%)', tariff), field('Settlement currency', currency), field('Term (years, optional)', term)),
    read: () => ({
      sectors: sectors.value.split(',').map((s) => s.trim()).filter(Boolean), tariffChangePercent: readNumber(tariff),
      settlementCurrency: readText(currency), termYears: readNumber(term),
    }),
  };
}

function refuelingRights(game, t, add, recipientNation) {
  const assets = checkboxes('Assets', options('refuelingAsset'), t.assets ?? [], add);
  const area = add(text(t.area));
  const installations = installationPicker(game, t.installations ?? [], add, recipientNation, 'Installations (optional)');
  return {
    element: h('div', { class: 'clause-fields' }, h('div', { class: 'row' }, assets.element, field('Area of operations', area)), installations.element),
    read: () => ({ assets: assets.read(), area: readText(area), installations: installations.read() }),
    refresh: installations.refresh,
  };
}

function delegationVisit(game, t, add) {
  const head = add(text(t.headOfDelegation));
  const size = add(num(t.size ?? ''));
  const city = add(text(t.city));
  const date = add(h('input', { type: 'date', value: t.proposedDate ?? '' }));
  return {
    element: h('div', { class: 'row' }, field('Head of delegation', head), field('Size', size), field('City', city), field('Proposed in-game date', date)),
    read: () => ({ headOfDelegation: readText(head), size: readNumber(size), city: readText(city), proposedDate: date.value || null }),
  };
}

function cooperation(game, t, add) {
  const sector = add(select(options('cooperationSector'), t.sector ?? 'defense'));
  const statement = add(h('textarea', { rows: 3 }, t.statement ?? ''));
  return {
    element: h('div', { class: 'clause-fields' }, field('Sector', sector), field('Statement', statement)),
    read: () => ({ sector: sector.value, statement: readText(statement) }),
  };
}

function investment(game, t, add) {
  const sector = add(text(t.sector));
  const amount = add(num(t.amount ?? '', 'any'));
  const currency = add(text(t.currency));
  return {
    element: h('div', { class: 'row' }, field('Sector', sector), field('Amount', amount), field('Currency', currency)),
    read: () => ({ sector: readText(sector), amount: readNumber(amount), currency: readText(currency) }),
  };
}

function otherRequest(game, t, add) {
  const summary = add(text(t.summary));
  const details = add(h('textarea', { rows: 4 }, t.details ?? ''));
  return {
    element: h('div', { class: 'clause-fields' },
      field('Request', summary, 'In a line: what is asked. A GM rules on it by hand.'), field('Details (optional)', details)),
    read: () => ({ summary: readText(summary), details: readText(details) }),
  };
}

function diplomaticRelations(game, t, add) {
  const action = add(select(options('diplomaticAction'), t.action ?? 'establishRelations'));
  const city = add(text(t.city));
  const envoy = add(text(t.envoy));
  return {
    element: h('div', { class: 'row' }, field('Action', action), field('City (optional)', city), field('Envoy (for an ambassador)', envoy)),
    read: () => ({ action: action.value, city: readOptional(city), envoy: readOptional(envoy) }),
  };
}

function statusOfForces(game, t, add) {
  const jurisdiction = add(select(options('jurisdiction'), t.jurisdiction ?? 'sendingState'));
  const customs = add(yesNo(t.customsExemption));
  const tax = add(yesNo(t.taxExemption));
  const agreement = add(text(t.agreement));
  return {
    element: h('div', { class: 'row' }, field('Jurisdiction', jurisdiction),
      h('label', { class: 'check' }, customs, ' Exempt from customs'), h('label', { class: 'check' }, tax, ' Exempt from taxes'),
      field('Access agreement (optional)', agreement, 'The id of the basing-rights agreement it accompanies; empty for whichever they hold')),
    read: () => ({ jurisdiction: jurisdiction.value, customsExemption: customs.checked, taxExemption: tax.checked, agreement: agreement.value || null }),
  };
}

function defencePact(game, t, add) {
  const type = add(select(options('pactType'), t.type ?? 'nonAggression'));
  const term = add(num(t.termYears ?? ''));
  return {
    element: h('div', { class: 'row' }, field('Type', type), field('Term (years, optional)', term)),
    read: () => ({ type: type.value, termYears: readNumber(term) }),
  };
}

function overflightRights(game, t, add) {
  const aircraft = add(select(options('aircraftCategory'), t.aircraft ?? 'military'));
  const corridor = add(text(t.corridor));
  const notice = add(num(t.noticeHours ?? ''));
  return {
    element: h('div', { class: 'row' }, field('Aircraft', aircraft), field('Corridor', corridor), field('Notice (hours)', notice)),
    read: () => ({ aircraft: aircraft.value, corridor: readText(corridor), noticeHours: readNumber(notice) }),
  };
}

function intelligenceSharing(game, t, add) {
  const domains = checkboxes('Domains', options('intelligenceDomain'), t.domains ?? [], add);
  const level = add(text(t.level));
  return {
    element: h('div', { class: 'clause-fields' }, domains.element, field('Level', level, 'e.g. assessed reports, raw feeds')),
    read: () => ({ domains: domains.read(), level: readText(level) }),
  };
}

function armsPurchase(game, t, add) {
  const items = add(text((t.items ?? []).join(', ')));
  const quantity = add(num(t.quantity ?? ''));
  const value = add(num(t.value ?? '', 'any'));
  const currency = add(text(t.currency));
  return {
    element: h('div', { class: 'row' }, field('Items', items, 'Comma-separated'), field('Quantity', quantity), field('Value', value), field('Currency', currency)),
    read: () => ({ items: readList(items), quantity: readNumber(quantity), value: readNumber(value), currency: readText(currency) }),
  };
}

function visaFacilitation(game, t, add) {
  const categories = add(text((t.categories ?? []).join(', ')));
  const waiver = add(yesNo(t.waiver));
  return {
    element: h('div', { class: 'row' }, field('Categories', categories, 'Comma-separated, e.g. students, business travellers'),
      h('label', { class: 'check' }, waiver, ' Waive visas (not only ease them)')),
    read: () => ({ categories: readList(categories), waiver: waiver.checked }),
  };
}
