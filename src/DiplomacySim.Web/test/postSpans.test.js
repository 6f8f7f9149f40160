// node --test: the pasted post cut at the spans the importer read.
import test from 'node:test';
import assert from 'node:assert/strict';
import { segments } from '../src/js/desk/postSpans.js';

test('the post is cut at each clause, in order, and nothing is lost', () => {
  const post = 'Dear colleague. We ask for a base. We also propose trade. Regards.';
  const parts = segments(post, [
    { clauseIndex: 1, start: 35, length: 22, confidence: 0.9 },
    { clauseIndex: 0, start: 16, length: 18, confidence: 0.7 },
  ]);
  assert.deepEqual(parts.map((p) => [p.text, p.clauseIndex]), [
    ['Dear colleague. ', null], ['We ask for a base.', 0], [' ', null], ['We also propose trade.', 1], [' Regards.', null],
  ]);
  assert.equal(parts.map((p) => p.text).join(''), post);
});

test('an overlapping span keeps what is left of it; a span outside the post, or empty, is dropped', () => {
  const post = 'abcdefghij';
  const parts = segments(post, [
    { clauseIndex: 0, start: 0, length: 5 },
    { clauseIndex: 1, start: 3, length: 4 },
    { clauseIndex: 2, start: 40, length: 3 },
    { clauseIndex: 3, start: 8, length: 0 },
  ]);
  assert.deepEqual(parts.map((p) => [p.text, p.clauseIndex]), [['abcde', 0], ['fg', 1], ['hij', null]]);
});

test('no spans: the whole post, once', () => {
  assert.deepEqual(segments('plain', []), [{ text: 'plain', clauseIndex: null }]);
  assert.deepEqual(segments('', null), []);
});
