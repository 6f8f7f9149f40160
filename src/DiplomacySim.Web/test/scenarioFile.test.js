import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readScenario, suggestSlug, withoutCommentsAndTrailingCommas } from '../src/js/campaigns/scenarioFile.js';

test('a scenario file with comments and trailing commas reads as the server reads it', () => {
  const text = '// the world\n{ "title": "A // not a comment", /* note */ "nations": [ { "code": "RUS", }, ], }\n';
  assert.deepEqual(readScenario(text), { scenario: { title: 'A // not a comment', nations: [{ code: 'RUS' }] } });
});

test('an escaped quote does not end a string', () => {
  assert.equal(withoutCommentsAndTrailingCommas('{"a": "say \\"hi\\", // there"}'), '{"a": "say \\"hi\\", // there"}');
});

test('a file that is not JSON says so', () => {
  assert.match(readScenario('nations: RUS').error, /not JSON/);
});

test('JSON that is not an object is not a scenario', () => {
  assert.match(readScenario('[1, 2]').error, /not a scenario/);
  assert.match(readScenario('null').error, /not a scenario/);
});

test('a slug is suggested from the title', () => {
  assert.equal(suggestSlug('Pacific Realignment, season 1'), 'pacific-realignment-season-1');
  assert.equal(suggestSlug('  Việt Nam & the Sea!  '), 'viet-nam-the-sea');
  assert.equal(suggestSlug('x'.repeat(80)).length, 64);
  assert.equal(suggestSlug(''), '');
});
