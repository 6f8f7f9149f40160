// node --test: a counter-proposal's changed terms, beside the originals.
import test from 'node:test';
import assert from 'node:assert/strict';
import { termChanges, describeTerms } from '../src/js/desk/terms.js';

const game = {
  installation: (id) => ({ a: { name: 'Cam Ranh Base' }, b: { name: 'Biên Hòa Air Base' } })[id] ?? null,
  nationName: (code) => ({ RUS: 'Russian Federation', THA: 'Kingdom of Thailand' })[code] ?? code,
};
const basing = { kind: 'basingRights', installations: ['a', 'b'], peacetimePersonnelCap: 5000, emergencyPersonnelCap: 25000, capabilities: ['sigint', 'elint'], termYears: null };

test('each changed term, with the original beside it', () => {
  const counter = { ...basing, emergencyPersonnelCap: 15000, capabilities: ['sigint'], installations: ['b', 'a'] };
  assert.deepEqual(termChanges(game, basing, counter), [
    { name: 'emergencyPersonnelCap', label: 'Emergency personnel cap', before: '25,000', after: '15,000' },
    { name: 'capabilities', label: 'Capabilities', before: 'Signals intelligence (SIGINT), Electronic intelligence (ELINT)', after: 'Signals intelligence (SIGINT)' },
  ]);
});

test('nothing changed, nothing shown; a term added shows a dash before it', () => {
  assert.deepEqual(termChanges(game, basing, { ...basing }), []);
  assert.deepEqual(termChanges(game, basing, { ...basing, termYears: 10 }), [{ name: 'termYears', label: 'Term (years)', before: '—', after: '10' }]);
});

test('codes in the terms read as words', () => {
  assert.match(describeTerms(game, basing), /signals intelligence \(SIGINT\)/);
  const mandate = { kind: 'protectingPower', protectedState: 'RUS', hostState: 'THA', scope: 'both' };
  assert.equal(describeTerms(game, mandate), "Protect Russian Federation's interests in Kingdom of Thailand (diplomatic and consular)");
  assert.deepEqual(termChanges(game, mandate, { ...mandate, scope: 'consular' }), [{ name: 'scope', label: 'Scope', before: 'Diplomatic and consular', after: 'Consular' }]);
});

test('the kinds players asked for read in words, and their changed terms too', () => {
  const relations = { kind: 'diplomaticRelations', action: 'accreditAmbassador', city: 'Hanoi', envoy: 'Konstantin Vnukov' };
  assert.equal(describeTerms(game, relations), 'Accredit an ambassador · Konstantin Vnukov · Hanoi');
  const sofa = { kind: 'statusOfForces', jurisdiction: 'shared', customsExemption: true, taxExemption: false, agreement: null };
  assert.equal(describeTerms(game, sofa), 'Jurisdiction: shared · customs exempt · taxes due');
  assert.deepEqual(termChanges(game, sofa, { ...sofa, jurisdiction: 'sendingState', taxExemption: true }), [
    { name: 'jurisdiction', label: 'Jurisdiction', before: 'Shared', after: 'Sending state' },
    { name: 'taxExemption', label: 'Tax exemption', before: 'No', after: 'Yes' },
  ]);
  assert.equal(describeTerms(game, { kind: 'defencePact', type: 'mutualDefence', termYears: 20 }), 'Mutual defence pact · 20 years');
  assert.equal(describeTerms(game, { kind: 'otherRequest', summary: 'A joint stamp issue', details: '' }), 'A joint stamp issue · for a GM to rule on');
  assert.equal(describeTerms(game, { kind: 'intelligenceSharing', domains: ['sigint', 'osint'], level: 'assessed reports' }),
    'SIGINT (signals), OSINT (open sources) · assessed reports');
});
