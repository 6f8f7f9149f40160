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
    default:
      return JSON.stringify(terms);
  }
}
