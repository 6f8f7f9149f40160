// Reading a communique: the letter rendered from BBCode (safely), its clauses with their status,
// and, for the ministry it is addressed to, an answer clause by clause.
import { api } from '../api.js';
import { h, fill, field, uid } from '../dom.js';
import { renderBBCode } from '../bbcode.js';
import { problemView, showProblem } from '../problems.js';
import { clauseEditor } from './clauses.js';
import { ministryLabel } from './compose.js';
import { describeTerms } from './terms.js';
import { classificationName, clauseStatusName, kindName } from '../labels.js';
import { forumTextPanel } from './forumText.js';

export async function renderReader(container, game, id, { onAnswered, onOpen }) {
  fill(container, h('p', { class: 'loading' }, 'Opening the communique…'));
  let communique;
  try {
    communique = await api.communique(game.slug, id);
  } catch (error) {
    fill(container, problemView(error));
    return;
  }
  const from = game.ministry(communique.fromMinistry);
  const to = game.ministry(communique.toMinistry);
  const ownIds = new Set(game.ownMinistries.map((m) => m.id));
  const pending = communique.clauses.filter((c) => c.status === 'pending');
  const mayAnswer = ownIds.has(communique.toMinistry) && pending.length > 0;

  fill(container, h('article', { class: 'letter', 'aria-labelledby': 'letter-subject', 'data-testid': 'letter' },
    h('header', {},
      h('h2', { id: 'letter-subject' }, communique.subject),
      h('dl', { class: 'letter-meta' },
        h('dt', {}, 'From'), h('dd', {}, from ? ministryLabel(game, from) : communique.fromNation),
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
        clause.answers ? h('p', { class: 'muted' }, `Counter-proposal to clause ${clause.answers.clauseIndex + 1} of `,
          h('button', { type: 'button', class: 'link-button', onclick: () => onOpen(clause.answers.communique) }, 'the earlier communique')) : null,
        clause.agreementId ? h('p', { class: 'muted' }, 'Became an agreement.') : null)))) : null,
    forumTextPanel('For the forum', (format) => api.exportCommunique(game.slug, communique.id, format)),
    mayAnswer ? answerForm(game, communique, pending, onAnswered) : null));
}

function answerForm(game, communique, pending, onAnswered) {
  const rows = pending.map((clause) => answerRow(game, communique, clause));
  const body = h('textarea', { rows: 4, name: 'replyBody' });
  const problem = h('div', { class: 'problem-slot' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Send the answer');
  const form = h('form', { class: 'answer', 'aria-labelledby': 'answer-title' },
    h('h3', { id: 'answer-title' }, 'Answer clause by clause'),
    rows.map((r) => r.element),
    field('Covering letter', body, 'Sent with your answer to the other side.'),
    problem,
    submit);
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
      onAnswered(communique.id);
    } catch (error) {
      showProblem(problem, error);
      submit.disabled = false;
    }
  });
  return form;
}

function answerRow(game, communique, clause) {
  const name = uid('answer');
  const counterSlot = h('div', { class: 'counter-slot' });
  let counter = null;
  const option = (value, label) => {
    const input = h('input', { type: 'radio', name, value, id: uid('r') });
    input.addEventListener('change', () => {
      if (value === 'counter' && !counter) {
        const { kind, ...terms } = clause.terms;
        counter = clauseEditor(game, {
          kind, terms, legend: `Your counter-proposal (${kindName(kind)})`,
          recipientNation: () => game.ministry(communique.toMinistry)?.nation, onChange: () => {},
        });
        counterSlot.append(counter.element);
      }
      counterSlot.hidden = value !== 'counter';
    });
    return h('label', { class: 'check', for: input.id }, input, ` ${label}`);
  };
  const element = h('fieldset', { class: 'answer-row', 'data-clause-index': clause.index },
    h('legend', {}, `Clause ${clause.index + 1}: ${kindName(clause.kind)}`),
    h('p', { class: 'muted' }, describeTerms(game, clause.terms)),
    h('div', { class: 'decisions' }, option('accept', 'Accept'), option('reject', 'Reject'), option('counter', 'Counter-propose')),
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
