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
    "investment": "Investment",
    "otherRequest": "Other request",
    "diplomaticRelations": "Diplomatic relations",
    "statusOfForces": "Status of forces",
    "defencePact": "Defence pact",
    "overflightRights": "Overflight rights",
    "intelligenceSharing": "Intelligence sharing",
    "armsPurchase": "Arms purchase",
    "visaFacilitation": "Visa facilitation"
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
  "diplomaticAction": {
    "establishRelations": "Establish diplomatic relations",
    "openEmbassy": "Open an embassy",
    "accreditAmbassador": "Accredit an ambassador"
  },
  "jurisdiction": {
    "sendingState": "Sending state",
    "receivingState": "Receiving state",
    "shared": "Shared"
  },
  "pactType": {
    "nonAggression": "Non-aggression pact",
    "mutualDefence": "Mutual defence pact"
  },
  "aircraftCategory": {
    "military": "Military aircraft",
    "civil": "Civil aircraft",
    "both": "Military and civil aircraft"
  },
  "intelligenceDomain": {
    "sigint": "SIGINT (signals)",
    "humint": "HUMINT (human sources)",
    "imint": "IMINT (imagery)",
    "osint": "OSINT (open sources)",
    "cyber": "Cyber threat intelligence"
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
    "member.changed": "Members changed",
    "claim.submitted": "Claim submitted",
    "claim.decided": "Claim decided",
    "world.changed": "World changed"
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
  "claimStatus": {
    "open": "Open",
    "applicationOnly": "Application only",
    "reserved": "Reserved"
  },
  "claimState": {
    "pending": "Pending",
    "approved": "Approved",
    "denied": "Denied"
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
    "diplomatic-relations": "Diplomatic relations",
    "status-of-forces": "Status of forces agreement",
    "defence-pact": "Defence pact",
    "overflight-agreement": "Overflight agreement",
    "intelligence-sharing": "Intelligence sharing",
    "arms-purchase": "Arms purchase",
    "visa-facilitation": "Visa facilitation",
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
export const claimStatusName = (status) => label('claimStatus', status);
export const claimStateName = (state) => label('claimState', state);

/** What a nation's claim status means for a member who would claim it. */
export const CLAIM_STATUS_HINTS = {
  open: 'Members may claim it: seated at once in a campaign open to anyone, decided by a game master in one by application, refused in one by invitation only.',
  applicationOnly: 'Members may claim it, whatever the campaign\'s join policy, and a game master decides.',
  reserved: 'Not open to claims: the game masters give its ministries themselves.',
};

/**
 * What a claim of a nation with `claimStatus` does in a campaign with `joinPolicy` (README "Claims":
 * the table of the two), in words; without the policy, what the status alone says.
 */
export function claimOutcome(joinPolicy, claimStatus) {
  if (claimStatus === 'reserved') return 'A claim is refused: the game masters give its ministries themselves.';
  if (claimStatus === 'open' && joinPolicy === 'open') return 'A claim seats you at once.';
  if (claimStatus === 'open' && joinPolicy === 'inviteOnly') return 'A claim is refused: this campaign is by invitation only, and takes claims only for nations marked “Application only”.';
  if (claimStatus === 'applicationOnly' || joinPolicy === 'application') return 'A game master decides on a claim.';
  return CLAIM_STATUS_HINTS[claimStatus] ?? '';
}

/**
 * The refusals of a claim (and of a seat) as sentences a player understands; the page shows the code
 * beside them. A code not here is shown with the server's own words.
 */
export const CLAIM_PROBLEMS = {
  CLAIM_PENDING: 'You already have a claim of this nation waiting for a game master. Wait for their answer before claiming it again.',
  MINISTRY_TAKEN: 'Another member already holds a ministry you asked for. Choose among the vacant ones.',
  NATION_RESERVED: 'This nation is reserved: the game masters give its ministries themselves, and it cannot be claimed.',
  NATION_APPLICATION_ONLY: 'This campaign is by invitation only: only a nation marked “Application only” can be claimed, and this one is not. Ask a game master for an invitation link.',
  NATION_UNKNOWN: 'This campaign has no such nation.',
  MINISTRY_UNKNOWN: 'That nation has no such ministry.',
  NOT_A_MEMBER: 'That user is not a member of this campaign any more.',
  CLAIM_DECIDED: 'This claim has already been decided.',
  GM_ONLY: 'Only a game master, or the foreign minister of this nation, may change this seat.',
};

/** "3 days ago", "5 hours ago", "less than an hour ago": a claim's age by the server's clock. */
export function ageInWords(days, hours) {
  if (days >= 1) return `${days} ${days === 1 ? 'day' : 'days'} ago`;
  if (hours >= 1) return `${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  return 'less than an hour ago';
}

/** [code, label] pairs of a group, in the table's order, for selects and checkboxes. */
export const options = (group) => Object.entries(LABELS[group] ?? {});
