// The pasted post, cut where the importer found each clause (clauseSources: start and length in the
// text as submitted, UTF-16 units as JavaScript counts them), so the page can mark what was read.
import { h } from '../dom.js';

/**
 * The post as segments in order, { text, clauseIndex } with clauseIndex null between clauses. Spans
 * are taken by their start; one that overlaps the span before it is cut to what is left of it.
 */
export function segments(text, sources) {
  const post = String(text ?? '');
  const spans = [...(sources ?? [])]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.length) && s.length > 0 && s.start < post.length)
    .sort((a, b) => a.start - b.start || a.clauseIndex - b.clauseIndex);
  const out = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.start + span.length, post.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: post.slice(at, start), clauseIndex: null });
    out.push({ text: post.slice(start, end), clauseIndex: span.clauseIndex, confidence: span.confidence });
    at = end;
  }
  if (at < post.length) out.push({ text: post.slice(at), clauseIndex: null });
  return out;
}

/**
 * The post as the importer read it: each clause's words marked, a button on each that takes the player
 * to that clause in the editor (`goToClause(index)`), and the rest as plain text.
 */
export function readPostView(text, sources, goToClause) {
  const parts = segments(text, sources).map((segment) => {
    if (segment.clauseIndex === null) return segment.text;
    const n = segment.clauseIndex + 1;
    const sure = segment.confidence >= 0.8 ? 'read with confidence' : 'some terms guessed: check them';
    return h('mark', { class: 'read-clause', 'data-clause': String(segment.clauseIndex), title: `Clause ${n}: ${sure}` },
      h('button', { type: 'button', class: 'clause-tag', onclick: () => goToClause(segment.clauseIndex), 'aria-label': `Go to clause ${n}` }, String(n)),
      segment.text);
  });
  return h('div', { class: 'read-post', 'data-testid': 'read-post' },
    h('p', { class: 'muted' }, 'The post as read: each marked passage became the numbered clause; press its number to go to it.'),
    h('pre', { class: 'post-text' }, parts));
}
