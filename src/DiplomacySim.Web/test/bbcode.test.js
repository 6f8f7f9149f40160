// node --test: the BBCode renderer, against a fake document (test/fakeDocument.js).
import test from 'node:test';
import assert from 'node:assert/strict';
import { renderBBCode, safeHref, MAX_QUOTE_DEPTH } from '../src/js/bbcode.js';
import { fakeDocument, serialize, quoteDepth } from './fakeDocument.js';

const render = (text) => serialize(renderBBCode(text, fakeDocument));

test('the common tags become formatting', () => {
  assert.equal(render('[b]bold[/b] and [i]it[/i]'), '<strong>bold</strong> and <em>it</em>');
  assert.equal(render('[url=https://example.org/a]link[/url]'), '<a href="https://example.org/a">link</a>');
  assert.equal(render('[list][*]one\n[*]two[/list]'), '<ul><li>one\n</li><li>two</li></ul>');
  assert.equal(render('[quote=Hanoi]text[/quote]'), '<blockquote class="bb-quote"><cite>Hanoi wrote:</cite>text</blockquote>');
});

test('HTML, unknown tags and unsafe links stay the text they are', () => {
  assert.equal(render('<script>alert(1)</script>'), '<script>alert(1)</script>'); // one text node
  assert.equal(render('[url=javascript:alert(1)]x[/url]'), '[url=javascript:alert(1)]x[/url]');
  assert.equal(render('[blink]x[/blink]'), '[blink]x[/blink]');
  assert.equal(safeHref('javascript:alert(1)'), null);
});

test('[img] is a link that says it is an image, and nothing is loaded', () => {
  const fragment = renderBBCode('See [img]https://example.org/map.png[/img] here', fakeDocument);
  assert.equal(serialize(fragment), 'See <a class="bb-image" href="https://example.org/map.png">Image (not loaded): https://example.org/map.png</a> here');
  assert.ok(!serialize(fragment).includes('<img'));
});

test('[img] of anything but http(s) stays text, and tags inside it are not markup', () => {
  assert.equal(render('[img]javascript:alert(1)[/img]'), '[img]javascript:alert(1)[/img]');
  assert.equal(render('[img]data:image/png;base64,AAAA[/img]'), '[img]data:image/png;base64,AAAA[/img]');
  assert.equal(render('[img][b]x[/b][/img]'), '[img][b]x[/b][/img]');
});

test(`quotes nested beyond ${MAX_QUOTE_DEPTH} levels are flattened`, () => {
  const deep = '[quote=A]'.repeat(300) + 'the first words' + '[/quote]'.repeat(300);
  const fragment = renderBBCode(deep, fakeDocument);
  assert.equal(quoteDepth(fragment), MAX_QUOTE_DEPTH);
  assert.ok(fragment.textContent.includes('the first words'));
  assert.equal(quoteDepth(renderBBCode('[quote][quote]two[/quote][/quote]', fakeDocument)), 2);
});
