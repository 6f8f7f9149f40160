// Every code the API speaks (enums, capabilities, statuses, reason codes, event types) in the words
// a player uses, in one place for the whole page. The table between the two markers is plain JSON:
// the server's exports (src/DiplomacySim.Forum/Export/Labels.cs) carry the same words, and a test
// (tests/DiplomacySim.Browser.Tests/LabelsAgreeTests.cs) reads this table as text and checks that
// both say the same thing for the same code.

export const LABELS = /* labels:begin */ {
  "clauseKind": {
    "basingRights": "Basing rights",
    "protectingPower": "Protecting power",
    "tradeAgreement": "Trade agreement",
    "refuelingRights": "Refuelling rights",
    "delegationVisit": "Delegation visit",
    "cooperation": "Cooperation",
    "investment": "Investment"
  },
  "capability": {
    "sigint": "Signals intelligence (SIGINT)",
    "elint": "Electronic intelligence (ELINT)",
    "navalPresence": "Naval presence",
    "airOperations": "Air operations",
    "logistics": "Logistics"
  },
  "installationKind": {
    "airBase": "Air base",
    "navalBase": "Naval base",
    "port": "Port",
    "armyBase": "Army base",
    "airport": "Airport",
    "listeningStation": "Listening station"
  },
  "protectionScope": {
    "both": "Diplomatic and consular",
    "diplomatic": "Diplomatic",
    "consular": "Consular"
  },
  "refuelingAsset": {
    "air": "Aircraft",
    "naval": "Vessels"
  },
  "cooperationSector": {
    "defense": "Defence",
    "energy": "Energy",
    "industrial": "Industry",
    "security": "Security",
    "cultural": "Culture"
  },
  "classification": {
    "public": "Public",
    "confidential": "Confidential",
    "secret": "Secret"
  },
  "clauseStatus": {
    "pending": "Awaiting an answer",
    "accepted": "Accepted",
    "rejected": "Rejected",
    "countered": "Countered"
  },
  "decision": {
    "accept": "Accept",
    "reject": "Reject",
    "counter": "Counter-propose"
  },
  "agreementStatus": {
    "pendingRatification": "Awaiting ratification",
    "inForce": "In force",
    "vetoed": "Vetoed",
    "suspended": "Suspended",
    "terminated": "Terminated"
  },
  "hostConsent": {
    "notNeeded": "Not needed",
    "pending": "Awaiting the host state",
    "given": "Given",
    "refused": "Refused"
  },
  "role": {
    "player": "Player",
    "gameMaster": "Game master",
    "spectator": "Spectator"
  },
  "ministryKind": {
    "foreignAffairs": "Foreign affairs",
    "defence": "Defence",
    "trade": "Trade",
    "interior": "Interior",
    "energy": "Energy",
    "headOfGovernment": "Head of government"
  },
  "missionStatus": {
    "open": "Open",
    "closed": "Closed",
    "severed": "Severed"
  },
  "eventType": {
    "communique.delivered": "Communique delivered",
    "communique.answered": "Communique answered",
    "agreement.changed": "Agreement changed",
    "relation.changed": "Opinion changed",
    "clock.advanced": "Clock advanced",
    "member.changed": "Members changed"
  },
  "visibility": {
    "public": "Public",
    "unlisted": "Unlisted",
    "private": "Private"
  },
  "joinPolicy": {
    "open": "Open to anyone",
    "application": "By application",
    "inviteOnly": "By invitation only"
  },
  "reason": {
    "undisclosed": "Undisclosed arrangements",
    "start": "Start",
    "basing-agreement": "Basing agreement",
    "clause-rejected": "A proposal turned down",
    "cooperation-agreement": "Cooperation agreement",
    "delegation-visit": "Delegation visit",
    "diplomatic-contact": "Diplomatic contact",
    "investment-agreement": "Investment agreement",
    "protecting-power": "Protecting power",
    "refueling-agreement": "Refuelling agreement",
    "rival-basing-in-region": "A rival's basing in the region",
    "trade-agreement": "Trade agreement",
    "violation-ruled": "A violation ruled by the GM",
    "treaty-alliance": "Treaty alliance",
    "embassy-closed": "Embassy closed",
    "south-china-sea-dispute": "South China Sea dispute",
    "east-china-sea-dispute": "East China Sea dispute",
    "kuril-islands-dispute": "Kuril Islands dispute",
    "doklam-standoff": "Doklam standoff",
    "duterte-rapprochement": "Duterte rapprochement"
  }
} /* labels:end */;

/**
 * A code in words: label('capability', 'sigint') → "Signals intelligence (SIGINT)". A code the
 * table lacks (rulesets are data, so new reason codes appear) reads as its own words.
 */
export function label(group, code) {
  if (code === null || code === undefined || code === '') return '';
  return LABELS[group]?.[code] ?? readable(code);
}

/** "south-china-sea-dispute" → "South china sea dispute", "navalBase" → "Naval base". */
export function readable(code) {
  const words = String(code)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label inside a sentence: "Naval presence" → "naval presence", "SIGINT"-style acronyms kept. */
export function lower(text) {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export const kindName = (kind) => label('clauseKind', kind);
export const capabilityName = (code) => label('capability', code);
export const clauseStatusName = (status) => label('clauseStatus', status);
export const agreementStatusName = (status) => label('agreementStatus', status);
export const classificationName = (level) => label('classification', level);
export const reasonName = (reason) => label('reason', reason);
export const installationKindName = (kind) => label('installationKind', kind);
export const eventTypeName = (type) => label('eventType', type);
export const roleName = (role) => label('role', role);
export const visibilityName = (visibility) => label('visibility', visibility);
export const joinPolicyName = (policy) => label('joinPolicy', policy);
export const ministryKindName = (kind) => label('ministryKind', kind);

/** [code, label] pairs of a group, in the table's order, for selects and checkboxes. */
export const options = (group) => Object.entries(LABELS[group] ?? {});
