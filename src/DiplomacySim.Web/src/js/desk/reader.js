// Reading a communique: the letter rendered from BBCode (safely), its clauses with their status,
// and, for the ministry it is addressed to, an answer clause by clause.
import { api } from '../api.js';
import { h, fill, field, uid } from '../dom.js';
import { renderBBCode } from '../bbcode.js';
import { problemView, showProblem } from '../problems.js';
import { clauseEditor } from './clauses.js';
import { ministryLabel } from './compose.js';
import { describeTerms, termChanges } from './terms.js';
import { classificationName, clauseStatusName, kindName } from '../labels.js';
import { forumTextPanel } from './forumText.js';
import { setUnsaved } from '../drafts.js';

export async function renderReader(container, game, id, { onAnswered, onOpen }) {
  setUnsaved('answer', false); // an answer form being replaced is gone
  fill(container, h('p', { class: 'loading' }, 'Opening the communique…'));
  let communique;
  try {
    communique = await api.communique(game.slug, id);
  } catch (error) {
    fill(container, problemView(error));
    return;
  }
  const originals = await originalTerms(game, communique);
  const from = game.ministry(communique.fromMinistry);
  const to = game.ministry(communique.toMinistry);
  const ownIds = new Set(game.ownMinistries.map((m) => m.id));
  const pending = communique.clauses.filter((c) => c.status === 'pending');
  const mayAnswer = ownIds.has(communique.toMinistry) && pending.length > 0;
  // The host state's consent to a protecting power is asked by the server on the parties' behalf:
  // no ministry wrote it, and it is answered by consenting or refusing, never by a counter-proposal.
  const consent = isConsentRequest(communique);
  const mandate = consent ? communique.clauses.find((c) => c.consentForAgreement) : null;

  fill(container, h('article', { class: 'letter', 'aria-labelledby': 'letter-subject', 'data-testid': 'letter' },
    h('header', {},
      consent ? h('p', { class: 'letter-kind', 'data-testid': 'consent-request' }, CONSENT_TITLE) : null,
      h('h2', { id: 'letter-subject' }, communique.subject),
      h('dl', { class: 'letter-meta' },
        consent
          ? [h('dt', {}, 'Sent'), h('dd', { 'data-testid': 'sent-on-behalf' }, `Sent on behalf of the parties to the mandate (${game.nationName(mandate.requester)} and ${game.nationName(mandate.grantor)})`)]
          : [h('dt', {}, 'From'), h('dd', {}, from ? ministryLabel(game, from) : communique.fromNation)],
        h('dt', {}, 'To'), h('dd', {}, to ? ministryLabel(game, to) : communique.toNation),
        h('dt', {}, 'Classification'), h('dd', {}, h('span', { class: `badge ${communique.classification}` }, classificationName(communique.classification))),
        h('dt', {}, 'Dated'), h('dd', {}, `${communique.inGameDate} (sent ${new Date(communique.sentAt).toLocaleString()})`),
        communique.inReplyTo ? [h('dt', {}, 'In reply to'), h('dd', {},
          h('button', { type: 'button', class: 'link-button', onclick: () => onOpen(communique.inReplyTo) }, 'the earlier communique'))] : null)),
    h('div', { class: 'letter-body', 'data-testid': 'letter-body' }, renderBBCode(communique.body)),
    communique.clauses.length ? h('section', { 'aria-labelledby': 'clauses-title' },
      h('h3', { id: 'clauses-title' }, 'Clauses'),
      h('ol', { class: 'clause-view-list' }, communique.clauses.map((clause) => h('li', { class: 'clause-view', 'data-status': clause.status },
        h('div', { class: 'clause-view-head' }, h('strong', {}, kindName(clause.kind)), ' ', h('span', { class: `badge ${clause.status}` }, clauseStatusName(clause.status))),
        h('p', {}, describeTerms(game, clause.terms)),
        originals.has(clause.index) ? changesView(termChanges(game, originals.get(clause.index), clause.terms)) : null,
        clause.answers ? h('p', { class: 'muted' }, `Counter-proposal to clause ${clause.answers.clauseIndex + 1} of `,
          h('button', { type: 'button', class: 'link-button', onclick: () => onOpen(clause.answers.communique) }, 'the earlier communique')) : null,
        clause.agreementId ? h('p', { class: 'muted' }, 'Became an agreement.') : null)))) : null,
    forumTextPanel('For the forum', (format) => api.exportCommunique(game.slug, communique.id, format)),
    mayAnswer ? answerForm(game, communique, pending, onAnswered, consent) : null));
}

export const CONSENT_TITLE = 'Request for consent under Article 45 of the Vienna Convention';

/** A request for a host state's consent to a protecting power (Vienna Convention, Article 45). */
export const isConsentRequest = (communique) => (communique.clauses ?? []).some((c) => c.consentForAgreement);

function answerForm(game, communique, pending, onAnswered, consent) {
  const originals = communique.originals ?? new Map();
  const rows = pending.map((clause) => answerRow(game, communique, clause, originals.get(clause.index)));
  const body = h('textarea', { rows: 4, name: 'replyBody' });
  const problem = h('div', { class: 'problem-slot' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Send the answer');
  const form = h('form', { class: 'answer', 'aria-labelledby': 'answer-title' },
    h('h3', { id: 'answer-title' }, consent ? 'Consent or refuse' : 'Answer clause by clause'),
    rows.map((r) => r.element),
    field('Covering letter', body, 'Sent with your answer to the other side.'),
    problem,
    submit);
  // An answer being written is not kept: leaving the page asks first.
  const touched = () => setUnsaved('answer', Boolean(body.value.trim() || rows.some((r) => r.read())));
  form.addEventListener('input', touched);
  form.addEventListener('change', touched);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    const responses = rows.map((r) => r.read()).filter(Boolean);
    if (responses.length === 0) {
      showProblem(problem, { problem: { title: 'Choose an answer', detail: 'Accept, reject or counter at least one clause.' } });
      return;
    }
    submit.disabled = true;
    try {
      await api.respond(game.slug, communique.id, { fromMinistry: communique.toMinistry, body: body.value, responses });
      setUnsaved('answer', false);
      onAnswered(communique.id);
    } catch (error) {
      showProblem(problem, error);
      submit.disabled = false;
    }
  });
  return form;
}

function answerRow(game, communique, clause, original) {
  const name = uid('answer');
  const liveChanges = h('div', { class: 'live-changes', 'aria-live': 'polite', 'data-testid': 'counter-changes' });
  const counterSlot = h('div', { class: 'counter-slot' }, liveChanges);
  let counter = null;
  // After the editor's own listeners have run (an installation's box updates its list on change).
  const showCounterChanges = () => setTimeout(() => {
    liveChanges.replaceChildren(changesView(termChanges(game, clause.terms, counter.read()), 'Your counter-proposal changes'));
  }, 0);
  const option = (value, label) => {
    const input = h('input', { type: 'radio', name, value, id: uid('r') });
    input.addEventListener('change', () => {
      if (value === 'counter' && !counter) {
        const { kind, ...terms } = clause.terms;
        counter = clauseEditor(game, {
          kind, terms, legend: `Your counter-proposal (${kindName(kind)})`,
          recipientNation: () => game.ministry(communique.toMinistry)?.nation, onChange: showCounterChanges,
        });
        counterSlot.prepend(counter.element);
        showCounterChanges();
      }
      counterSlot.hidden = value !== 'counter';
    });
    return h('label', { class: 'check', for: input.id }, input, ` ${label}`);
  };
  const element = h('fieldset', { class: 'answer-row', 'data-clause-index': clause.index },
    h('legend', {}, clause.consentForAgreement ? `Consent to ${game.nationName(clause.grantor)} as protecting power` : `Clause ${clause.index + 1}: ${kindName(clause.kind)}`),
    h('p', { class: 'muted' }, describeTerms(game, clause.terms)),
    original ? changesView(termChanges(game, original, clause.terms)) : null,
    clause.consentForAgreement
      ? h('div', { class: 'decisions' }, option('accept', 'Accept'), option('reject', 'Refuse'))
      : h('div', { class: 'decisions' }, option('accept', 'Accept'), option('reject', 'Reject'), option('counter', 'Counter-propose')),
    counterSlot);
  return {
    element,
    read() {
      const chosen = element.querySelector(`input[name="${name}"]:checked`)?.value;
      if (!chosen) return null;
      return { clauseIndex: clause.index, decision: chosen, counter: chosen === 'counter' ? counter.read() : null };
    },
  };
}

/** The terms each counter-proposal of this communique answers, from the earlier communique, by clause index. */
async function originalTerms(game, communique) {
  const originals = new Map();
  const earlier = new Map();
  for (const clause of communique.clauses.filter((c) => c.answers)) {
    const id = clause.answers.communique;
    try {
      if (!earlier.has(id)) earlier.set(id, await api.communique(game.slug, id));
      const terms = earlier.get(id).clauses.find((c) => c.index === clause.answers.clauseIndex)?.terms;
      if (terms) originals.set(clause.index, terms);
    } catch {
      // The earlier letter cannot be read: the counter-proposal is shown without the comparison.
    }
  }
  communique.originals = originals;
  return originals;
}

/** Each changed term beside the original: "Emergency personnel cap: 25,000 → 15,000". */
function changesView(changes, title = 'Changed from the original') {
  if (changes.length === 0) return h('p', { class: 'term-changes muted', 'data-testid': 'term-changes' }, `${title}: no term.`);
  return h('div', { class: 'term-changes', 'data-testid': 'term-changes' },
    h('p', {}, `${title}:`),
    h('ul', {}, changes.map((c) => h('li', { 'data-term': c.name },
      h('span', { class: 'term-name' }, `${c.label}: `), h('del', {}, c.before), ' → ', h('ins', {}, c.after)))));
}
