// Clause kinds and their terms in words, for lists, the reader and the GM desk.

export const CLAUSE_KINDS = [
  ['basingRights', 'Basing rights'],
  ['protectingPower', 'Protecting power'],
  ['tradeAgreement', 'Trade agreement'],
  ['refuelingRights', 'Refuelling rights'],
  ['delegationVisit', 'Delegation visit'],
  ['cooperation', 'Cooperation'],
  ['investment', 'Investment'],
];

export const kindName = (kind) => CLAUSE_KINDS.find(([k]) => k === kind)?.[1] ?? kind;

const number = (n) => (n === null || n === undefined ? '?' : Number(n).toLocaleString('en'));

/** One line describing a clause's terms. */
export function describeTerms(game, terms) {
  const bases = (ids) => (ids ?? []).map((id) => game.installation(id)?.name ?? `unknown installation ${id}`).join(', ');
  switch (terms?.kind) {
    case 'basingRights':
      return `${bases(terms.installations)} · peacetime up to ${number(terms.peacetimePersonnelCap)}, emergency up to ${number(terms.emergencyPersonnelCap)} personnel`
        + ` · ${(terms.capabilities ?? []).join(', ') || 'no capabilities listed'}${terms.termYears ? ` · ${terms.termYears} years` : ''}`;
    case 'protectingPower':
      return `Protect ${game.nationName(terms.protectedState)}'s interests in ${game.nationName(terms.hostState)} (${terms.scope})`;
    case 'tradeAgreement':
      return `${(terms.sectors ?? []).join(', ')} · tariffs ${terms.tariffChangePercent > 0 ? '+' : ''}${terms.tariffChangePercent}% · settled in ${terms.settlementCurrency}${terms.termYears ? ` · ${terms.termYears} years` : ''}`;
    case 'refuelingRights':
      return `${(terms.assets ?? []).join(' and ')} refuelling · ${terms.area}${terms.installations?.length ? ` · at ${bases(terms.installations)}` : ''}`;
    case 'delegationVisit':
      return `${terms.headOfDelegation} with ${number(terms.size)} to ${terms.city} on ${terms.proposedDate}`;
    case 'cooperation':
      return `${terms.sector}: ${terms.statement}`;
    case 'investment':
      return `${number(terms.amount)} ${terms.currency} in ${terms.sector}`;
    default:
      return JSON.stringify(terms);
  }
}

/** A camelCase status as words: "inForce" → "in force", "pendingRatification" → "pending ratification". */
export const statusName = (status) => String(status ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
