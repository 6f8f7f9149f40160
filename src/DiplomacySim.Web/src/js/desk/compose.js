// Composing a communique: the letter, its clauses, a rule check while typing (each violation beside
// its clause), "import from forum post", and sending.
import { api } from '../api.js';
import { h, fill, field, debounce } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { clauseEditor, kindSelect } from './clauses.js';
import { readPostView } from './postSpans.js';
import { kindName } from '../labels.js';
import { discardDraft, isWorthKeeping, loadDraft, saveDraft, setUnsaved } from '../drafts.js';

const CHECK_DELAY_MS = 400;

export function ministryLabel(game, ministry) {
  return `${ministry.nation} · ${ministry.title}`;
}

export function renderCompose(container, game, { onSent }) {
  const own = game.ownMinistries;
  const from = h('select', { name: 'fromMinistry' }, own.map((m) => h('option', { value: m.id }, ministryLabel(game, m))));
  const to = h('select', { name: 'toMinistry' });
  const subject = h('input', { name: 'subject', type: 'text', maxlength: 300 });
  const classification = h('select', { name: 'classification' },
    [['public', 'Public'], ['confidential', 'Confidential'], ['secret', 'Secret']].map(([v, l]) => h('option', { value: v }, l)));
  const body = h('textarea', { name: 'body', rows: 8, maxlength: 20000 });
  const clauseList = h('div', { class: 'clause-list' });
  const letterProblems = h('ul', { class: 'letter-problems', 'aria-live': 'polite', 'data-testid': 'letter-problems' });
  const checkStatus = h('p', { class: 'check-status muted', 'aria-live': 'polite', 'data-testid': 'check-status' });
  const sendProblem = h('div', { class: 'problem-slot' });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, 'Send communique');
  const draftStatus = h('p', { class: 'hint', role: 'status', 'data-testid': 'draft-status' });
  const addKind = kindSelect();
  addKind.setAttribute('aria-label', 'Kind of clause to add');
  const editors = [];
  let idempotencyKey = crypto.randomUUID();
  let checkRun = 0;

  const recipientNation = () => game.ministry(to.value)?.nation ?? null;
  const fillRecipients = (keep) => {
    const sender = game.ministry(from.value);
    const others = game.world.ministries.filter((m) => m.nation !== sender?.nation);
    const nations = [...new Set(others.map((m) => m.nation))];
    fill(to, h('option', { value: '' }, 'Choose the recipient…'), nations.map((nation) => h('optgroup', { label: game.nationName(nation) },
      others.filter((m) => m.nation === nation).map((m) => h('option', { value: m.id, selected: m.id === keep }, ministryLabel(game, m))))));
  };

  const draft = () => ({
    fromMinistry: from.value || null,
    toMinistry: to.value || null,
    subject: subject.value,
    classification: classification.value,
    body: body.value,
    clauses: editors.map((e) => e.read()),
    inReplyTo: null,
  });

  const showProblems = (violations) => {
    const byClause = editors.map(() => []);
    const letter = [];
    for (const v of violations) {
      if (Number.isInteger(v.clauseIndex) && byClause[v.clauseIndex]) byClause[v.clauseIndex].push(v);
      else letter.push(v);
    }
    editors.forEach((e, i) => e.setProblems(byClause[i]));
    letterProblems.replaceChildren(...letter.map((v) => h('li', { class: 'violation', 'data-code': v.code ?? '' }, v.code ? h('code', {}, v.code) : null, ' ', v.message)));
  };

  const check = async () => {
    const run = ++checkRun;
    if (!from.value || !to.value) {
      showProblems([]);
      checkStatus.textContent = 'Choose the recipient to check the draft against the rules.';
      return;
    }
    checkStatus.textContent = 'Checking against the rules…';
    try {
      const violations = await checkDraft(game, draft());
      if (run !== checkRun) return;
      showProblems(violations);
      const broken = violations.filter((v) => v.code).length;
      const missing = violations.length - broken;
      checkStatus.textContent = violations.length === 0
        ? 'The rules find nothing wrong: this communique may be sent.'
        : [broken ? `${broken} rule${broken === 1 ? '' : 's'} broken` : null, missing ? `${missing} term${missing === 1 ? '' : 's'} missing or malformed` : null]
          .filter(Boolean).join(', ') + '; see beside each clause.';
    } catch (error) {
      if (run !== checkRun) return;
      checkStatus.textContent = `The rule check failed: ${error.message}`;
    }
  };
  const checkSoon = debounce(check, CHECK_DELAY_MS);

  const addClause = (kind, terms = {}) => {
    const editor = clauseEditor(game, {
      kind, terms, recipientNation, onChange: checkSoon,
      onRemove: () => {
        editors.splice(editors.indexOf(editor), 1);
        editor.element.remove();
        numberClauses();
        keepDraft();
        checkSoon();
      },
    });
    editors.push(editor);
    clauseList.append(editor.element);
    numberClauses();
    return editor;
  };
  const numberClauses = () => editors.forEach((e, i) => e.setLegend(`Clause ${i + 1}: ${kindName(e.kind)}`));
  const clearClauses = () => {
    editors.splice(0).forEach((e) => e.element.remove());
  };

  from.addEventListener('change', () => {
    fillRecipients(to.value);
    editors.forEach((e) => e.refresh());
  });
  to.addEventListener('change', () => editors.forEach((e) => e.refresh()));
  for (const control of [from, to, subject, classification, body]) {
    control.addEventListener('input', checkSoon);
    control.addEventListener('change', checkSoon);
  }

  // The draft is kept in this browser (per game and ministry) at every change, until it is sent or
  // discarded; only when storage refuses it is there unsaved work to warn about.
  let savedFrom = null;
  const keepDraft = () => {
    const current = draft();
    if (savedFrom && savedFrom !== current.fromMinistry) discardDraft(game.slug, savedFrom);
    savedFrom = current.fromMinistry;
    if (!isWorthKeeping(current)) {
      discardDraft(game.slug, current.fromMinistry);
      setUnsaved('compose', false);
      draftStatus.textContent = '';
      return;
    }
    const kept = saveDraft(game.slug, current);
    setUnsaved('compose', !kept);
    draftStatus.textContent = kept
      ? 'Draft kept in this browser until you send or discard it.'
      : 'This browser would not keep the draft: send it, or copy it, before leaving the page.';
  };
  const applyDraft = (d) => {
    if (d.fromMinistry && own.some((m) => m.id === d.fromMinistry)) from.value = d.fromMinistry;
    fillRecipients(d.toMinistry ?? to.value);
    subject.value = d.subject ?? '';
    if (d.classification) classification.value = d.classification;
    body.value = d.body ?? '';
    clearClauses();
    for (const clause of d.clauses ?? []) {
      const { kind, ...terms } = clause;
      addClause(kind, terms);
    }
  };
  const discardButton = h('button', {
    type: 'button', class: 'secondary', onclick: () => {
      discardDraft(game.slug, from.value);
      setUnsaved('compose', false);
      subject.value = '';
      body.value = '';
      classification.value = 'public';
      clearClauses();
      showProblems([]);
      draftStatus.textContent = 'Draft discarded.';
      check();
    },
  }, 'Discard draft');

  const form = h('form', { class: 'compose', 'aria-labelledby': 'compose-title', novalidate: true },
    h('h2', { id: 'compose-title' }, 'New communique'),
    importBox(game, (result) => {
      applyDraft(result.draft);
      keepDraft();
      checkSoon();
    }, (index) => {
      // From a marked passage of the post to its clause: in view, its first field focused.
      const editor = editors[index];
      if (!editor) return;
      editor.element.scrollIntoView({ block: 'center' });
      editor.element.querySelector('input, select, textarea')?.focus({ preventScroll: true });
    }),
    h('div', { class: 'row' }, field('From', from), field('To', to)),
    h('div', { class: 'row' }, field('Subject', subject), field('Classification', classification)),
    field('Letter', body, 'BBCode works: [b], [i], [quote], [list], [url=https://…]'),
    letterProblems,
    h('h3', {}, 'Clauses'),
    clauseList,
    h('div', { class: 'add-clause' }, addKind,
      h('button', { type: 'button', class: 'secondary', onclick: () => { addClause(addKind.value).element.querySelector('input, select, textarea')?.focus(); keepDraft(); checkSoon(); } }, 'Add clause')),
    checkStatus,
    sendProblem,
    draftStatus,
    h('div', { class: 'actions' }, sendButton, discardButton));
  form.addEventListener('input', keepDraft);
  form.addEventListener('change', keepDraft);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    checkSoon.cancel();
    showProblem(sendProblem, null);
    sendButton.disabled = true;
    try {
      const sent = await api.send(game.slug, draft(), idempotencyKey);
      idempotencyKey = crypto.randomUUID();
      discardDraft(game.slug, from.value);
      setUnsaved('compose', false);
      draftStatus.textContent = '';
      subject.value = '';
      body.value = '';
      clearClauses();
      showProblems([]);
      checkStatus.textContent = '';
      onSent(sent.id);
    } catch (error) {
      if (error.violations?.length) showProblems(error.violations);
      else showProblems(validationAsViolations(error));
      showProblem(sendProblem, error);
    } finally {
      sendButton.disabled = false;
    }
  });

  fillRecipients(null);
  const saved = loadDraft(game.slug, own.map((m) => m.id));
  if (saved) {
    applyDraft(saved);
    savedFrom = from.value;
    draftStatus.textContent = `Your draft, kept in this browser since ${new Date(saved.savedAt).toLocaleString()}.`;
  }
  fill(container, own.length === 0
    ? h('p', {}, 'You hold no ministry in this game, so you cannot write communiques here.')
    : form);
  check();
  return { stop: () => checkSoon.cancel() };
}

/**
 * The rule check while typing. A draft being written is often incomplete, and the server checks
 * rules only once the shape is right; so an empty subject or letter is checked with a stand-in
 * (sending still requires them), and when some clauses are unfinished the finished ones are
 * checked on their own, so that their rule violations show beside them already.
 */
async function checkDraft(game, draft) {
  const check = (d) => api.check(game.slug, d);
  const letter = { ...draft, subject: draft.subject.trim() || 'Draft', body: draft.body.trim() || 'Draft' };
  const missingLetter = [
    draft.subject.trim() ? null : { code: null, message: 'Give the communique a subject before sending.', clauseIndex: null },
    draft.body.trim() ? null : { code: null, message: 'Write the letter before sending.', clauseIndex: null },
  ].filter(Boolean);
  try {
    return [...missingLetter, ...(await check(letter)).violations];
  } catch (error) {
    if (error.status !== 400) throw error;
    const shape = validationAsViolations(error);
    const unfinished = new Set(shape.filter((v) => v.clauseIndex !== null).map((v) => v.clauseIndex));
    const finished = draft.clauses.map((clause, index) => ({ clause, index })).filter(({ index }) => !unfinished.has(index));
    if (shape.some((v) => v.clauseIndex === null) || finished.length === draft.clauses.length) return [...missingLetter, ...shape];
    const partial = await check({ ...letter, clauses: finished.map((f) => f.clause) }).catch(() => ({ violations: [] }));
    const remapped = partial.violations.map((v) => ({ ...v, clauseIndex: v.clauseIndex === null ? null : finished[v.clauseIndex].index }));
    return [...missingLetter, ...shape, ...remapped];
  }
}

/** Field errors of a 400 as violations: "Clauses[1].Size" goes beside clause 2. */
function validationAsViolations(error) {
  return Object.entries(error?.errors ?? {}).flatMap(([key, messages]) => {
    const match = /^clauses\[(\d+)\]\.?(.*)$/i.exec(key);
    return (Array.isArray(messages) ? messages : [messages]).map((message) => ({
      code: null, message: match && match[2] ? `${match[2]}: ${message}` : message, clauseIndex: match ? Number(match[1]) : null,
    }));
  });
}

function importBox(game, apply, goToClause) {
  const text = h('textarea', { rows: 6, name: 'forumPost' });
  const format = h('select', {}, [['auto', 'Detect'], ['bbcode', 'BBCode'], ['markdown', 'Markdown'], ['plain', 'Plain text']].map(([v, l]) => h('option', { value: v }, l)));
  const result = h('div', { class: 'import-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary' }, 'Fill the editor from this post');
  button.addEventListener('click', async () => {
    button.disabled = true;
    fill(result);
    try {
      const imported = await api.importPost(game.slug, text.value, format.value);
      apply(imported);
      // The post as read beside what was not understood, so the player sees at once what to fix.
      fill(result,
        h('p', {}, `Read ${imported.draft.clauses.length} clause${imported.draft.clauses.length === 1 ? '' : 's'} from the post. Review them below before sending.`),
        h('div', { class: 'import-reading' },
          readPostView(text.value, imported.clauseSources, goToClause),
          imported.unresolved.length ? h('div', { class: 'unresolved', 'data-testid': 'unresolved' }, h('p', {}, 'Not understood (add these by hand):'),
            h('ul', {}, imported.unresolved.map((u) => h('li', {}, h('q', {}, u.text), ` — ${u.reason}`)))) : null));
    } catch (error) {
      fill(result, problemView(error));
    } finally {
      button.disabled = false;
    }
  });
  return h('details', { class: 'import' },
    h('summary', {}, 'Import from a forum post'),
    field('Forum post', text, 'Paste the letter as posted in the thread; nothing is sent until you press Send.'),
    h('div', { class: 'row' }, field('Format', format), h('div', { class: 'field end' }, button)),
    result);
}
