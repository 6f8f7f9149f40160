// node --test: the words of labels.js.
import test from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, label, readable, lower, kindName, reasonName, agreementStatusName, options } from '../src/js/labels.js';

test('the issue\'s codes read as players say them', () => {
  assert.equal(label('installationKind', 'navalBase'), 'Naval base');
  assert.equal(label('capability', 'sigint'), 'Signals intelligence (SIGINT)');
  assert.equal(reasonName('comprehensive-strategic-partnership'), 'Comprehensive strategic partnership');
  assert.equal(agreementStatusName('inForce'), 'In force');
  assert.equal(agreementStatusName('pendingRatification'), 'Awaiting ratification');
  assert.equal(kindName('refuelingRights'), 'Refuelling rights');
});

test('the modifier reason "undisclosed" reads "Undisclosed arrangements"', () => {
  assert.equal(reasonName('undisclosed'), 'Undisclosed arrangements');
});

test('an unknown reason code reads as its own words', () => {
  assert.equal(readable('south-china-sea-dispute'), 'South china sea dispute');
  assert.equal(reasonName('brand-new-ruleset-reason'), 'Brand new ruleset reason');
  assert.equal(label('installationKind', 'spacePort'), 'Space port');
  assert.equal(label('no-such-group', 'x_y'), 'X y');
  assert.equal(label('reason', null), '');
});

test('a label inside a sentence keeps its acronyms', () => {
  assert.equal(lower('Naval presence'), 'naval presence');
  assert.equal(lower('SIGINT'), 'SIGINT');
});

test('the table between the markers is JSON, and every label is words', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL('../src/js/labels.js', import.meta.url), 'utf8');
  const json = source.slice(source.indexOf('/* labels:begin */') + 18, source.indexOf('/* labels:end */'));
  assert.deepEqual(JSON.parse(json), LABELS);
  for (const [group, table] of Object.entries(LABELS)) {
    for (const [code, words] of Object.entries(table)) {
      assert.match(words, /^[A-Z]/, `${group}.${code} starts with a capital`);
      assert.notEqual(words, code, `${group}.${code} is not the code itself`);
    }
  }
  assert.deepEqual(options('protectionScope').map(([code]) => code), ['both', 'diplomatic', 'consular']);
});

test('a claim\'s age and status read as words', async () => {
  const { ageInWords, claimStatusName, claimStateName, CLAIM_PROBLEMS } = await import('../src/js/labels.js');
  assert.equal(ageInWords(3, 75), '3 days ago');
  assert.equal(ageInWords(1, 30), '1 day ago');
  assert.equal(ageInWords(0, 5), '5 hours ago');
  assert.equal(ageInWords(0, 1), '1 hour ago');
  assert.equal(ageInWords(0, 0), 'less than an hour ago');
  assert.equal(claimStatusName('applicationOnly'), 'Application only');
  assert.equal(claimStateName('denied'), 'Denied');
  for (const code of ['CLAIM_PENDING', 'MINISTRY_TAKEN', 'NATION_RESERVED', 'NATION_APPLICATION_ONLY']) assert.ok(CLAIM_PROBLEMS[code].endsWith('.'), code);
});

test('a claim\'s outcome follows the join policy and the claim status', async () => {
  const { claimOutcome } = await import('../src/js/labels.js');
  assert.equal(claimOutcome('open', 'open'), 'A claim seats you at once.');
  assert.match(claimOutcome('application', 'open'), /game master decides/);
  assert.match(claimOutcome('inviteOnly', 'applicationOnly'), /game master decides/);
  assert.match(claimOutcome('inviteOnly', 'open'), /refused: this campaign is by invitation only/);
  assert.match(claimOutcome('open', 'reserved'), /refused/);
});
