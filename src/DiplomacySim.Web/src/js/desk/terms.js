// Clause kinds and their terms in words, for lists, the reader and the GM desk (the words come from
// labels.js).
import { kindName, label, lower, options } from '../labels.js';

export const CLAUSE_KINDS = options('clauseKind');
export { kindName };

const number = (n) => (n === null || n === undefined ? '?' : Number(n).toLocaleString('en'));

/** One line describing a clause's terms. */
export function describeTerms(game, terms) {
  const bases = (ids) => (ids ?? []).map((id) => game.installation(id)?.name ?? `unknown installation ${id}`).join(', ');
  switch (terms?.kind) {
    case 'basingRights':
      return `${bases(terms.installations)} · peacetime up to ${number(terms.peacetimePersonnelCap)}, emergency up to ${number(terms.emergencyPersonnelCap)} personnel`
        + ` · ${(terms.capabilities ?? []).map((c) => lower(label('capability', c))).join(', ') || 'no capabilities listed'}${terms.termYears ? ` · ${terms.termYears} years` : ''}`;
    case 'protectingPower':
      return `Protect ${game.nationName(terms.protectedState)}'s interests in ${game.nationName(terms.hostState)} (${lower(label('protectionScope', terms.scope))})`;
    case 'tradeAgreement':
      return `${(terms.sectors ?? []).join(', ')} · tariffs ${terms.tariffChangePercent > 0 ? '+' : ''}${terms.tariffChangePercent}% · settled in ${terms.settlementCurrency}${terms.termYears ? ` · ${terms.termYears} years` : ''}`;
    case 'refuelingRights':
      return `${(terms.assets ?? []).map((a) => label('refuelingAsset', a)).join(' and ')} refuelling · ${terms.area}${terms.installations?.length ? ` · at ${bases(terms.installations)}` : ''}`;
    case 'delegationVisit':
      return `${terms.headOfDelegation} with ${number(terms.size)} to ${terms.city} on ${terms.proposedDate}`;
    case 'cooperation':
      return `${label('cooperationSector', terms.sector)}: ${terms.statement}`;
    case 'investment':
      return `${number(terms.amount)} ${terms.currency} in ${terms.sector}`;
    case 'otherRequest':
      return `${terms.summary}${terms.details ? ` · ${terms.details}` : ''} · for a GM to rule on`;
    case 'diplomaticRelations':
      return `${label('diplomaticAction', terms.action)}${terms.envoy ? ` · ${terms.envoy}` : ''}${terms.city ? ` · ${terms.city}` : ''}`;
    case 'statusOfForces':
      return `Jurisdiction: ${lower(label('jurisdiction', terms.jurisdiction))} · customs ${terms.customsExemption ? 'exempt' : 'due'} · taxes ${terms.taxExemption ? 'exempt' : 'due'}`;
    case 'defencePact':
      return `${label('pactType', terms.type)}${terms.termYears ? ` · ${terms.termYears} years` : ''}`;
    case 'overflightRights':
      return `${label('aircraftCategory', terms.aircraft)} · ${terms.corridor} · ${number(terms.noticeHours)} hours' notice`;
    case 'intelligenceSharing':
      return `${(terms.domains ?? []).map((d) => label('intelligenceDomain', d)).join(', ')} · ${terms.level}`;
    case 'armsPurchase':
      return `${number(terms.quantity)} × ${(terms.items ?? []).join(', ')} · ${number(terms.value)} ${terms.currency}`;
    case 'visaFacilitation':
      return `${terms.waiver ? 'Visas waived' : 'Visas eased'} for ${(terms.categories ?? []).join(', ')}`;
    default:
      return JSON.stringify(terms);
  }
}

// ---- what a counter-proposal changed ------------------------------------------------------------

const TERM_LABELS = {
  installations: 'Installations',
  peacetimePersonnelCap: 'Peacetime personnel cap',
  emergencyPersonnelCap: 'Emergency personnel cap',
  capabilities: 'Capabilities',
  termYears: 'Term (years)',
  protectedState: 'Protected state',
  hostState: 'Host state',
  scope: 'Scope',
  sectors: 'Sectors',
  tariffChangePercent: 'Tariff change (%)',
  settlementCurrency: 'Settlement currency',
  assets: 'Assets',
  area: 'Area of operations',
  headOfDelegation: 'Head of delegation',
  size: 'Size',
  city: 'City',
  proposedDate: 'Proposed in-game date',
  sector: 'Sector',
  statement: 'Statement',
  amount: 'Amount',
  currency: 'Currency',
  summary: 'Request',
  details: 'Details',
  action: 'Action',
  envoy: 'Envoy',
  jurisdiction: 'Jurisdiction',
  customsExemption: 'Customs exemption',
  taxExemption: 'Tax exemption',
  agreement: 'Access agreement',
  type: 'Type',
  aircraft: 'Aircraft',
  corridor: 'Corridor',
  noticeHours: 'Notice (hours)',
  domains: 'Domains',
  level: 'Level',
  items: 'Items',
  quantity: 'Quantity',
  value: 'Value',
  categories: 'Categories',
  waiver: 'Visa waiver',
};

// Terms whose codes read as the words of a labels.js group.
const TERM_GROUPS = {
  action: 'diplomaticAction',
  jurisdiction: 'jurisdiction',
  type: 'pactType',
  aircraft: 'aircraftCategory',
  domains: 'intelligenceDomain',
};

/** One term's value in words: numbers with separators, codes as labels, lists joined. */
function termValue(game, kind, name, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const each = (v) => {
    if (name === 'installations') return game.installation(v)?.name ?? v;
    if (name === 'capabilities') return label('capability', v);
    if (name === 'assets') return label('refuelingAsset', v);
    if (name === 'scope') return label('protectionScope', v);
    if (name === 'protectedState' || name === 'hostState') return game.nationName(v);
    if (name === 'sector' && kind === 'cooperation') return label('cooperationSector', v);
    if (TERM_GROUPS[name]) return label(TERM_GROUPS[name], v);
    if (typeof v === 'boolean') return v ? 'Yes' : 'No';
    return typeof v === 'number' ? v.toLocaleString('en') : String(v);
  };
  return Array.isArray(value) ? value.map(each).join(', ') : each(value);
}

const same = (a, b) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a ?? null) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b ?? null);

/**
 * The terms a counter-proposal changed, each with the original beside it:
 * [{ name, label: 'Emergency personnel cap', before: '25,000', after: '15,000' }].
 */
export function termChanges(game, original, counter) {
  if (!original || !counter) return [];
  const kind = counter.kind ?? original.kind;
  if (original.kind && counter.kind && original.kind !== counter.kind) {
    return [{ name: 'kind', label: 'Kind', before: kindName(original.kind), after: kindName(counter.kind) }];
  }
  const names = [...new Set([...Object.keys(original), ...Object.keys(counter)])].filter((n) => n !== 'kind');
  return names.filter((n) => !same(original[n], counter[n])).map((n) => ({
    name: n,
    label: TERM_LABELS[n] ?? n,
    before: termValue(game, kind, n, original[n]),
    after: termValue(game, kind, n, counter[n]),
  }));
}
