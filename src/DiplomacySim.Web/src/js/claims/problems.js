// A refused claim, approval or denial, shown beside the field it is about: the refusal's code as a
// sentence a player understands (labels.js CLAIM_PROBLEMS), with the code itself; a field's
// validation errors beside that field.
import { h } from '../dom.js';
import { CLAIM_PROBLEMS } from '../labels.js';
import { problemView } from '../problems.js';

const FIELD_OF = {
  CLAIM_PENDING: 'nation',
  NATION_RESERVED: 'nation',
  NATION_APPLICATION_ONLY: 'nation',
  NATION_UNKNOWN: 'nation',
};

/** One error line: the sentence and its code. */
export function problemItem(code, fallback) {
  return h('li', {}, CLAIM_PROBLEMS[code] ?? fallback, ' ', h('span', { class: 'muted' }, '(code ', h('code', {}, code), ')'));
}

/**
 * Puts `error` into the error lists `errorsOf` (field name → list), the code's field found in
 * `fieldOf` then in the refusals of a claim. Returns false when no field took it, for the caller to
 * show it whole.
 */
export function claimProblemItems(error, errorsOf, fieldOf = {}) {
  const name = error?.code ? fieldOf[error.code] ?? FIELD_OF[error.code] : null;
  if (name && errorsOf[name]) {
    errorsOf[name].append(problemItem(error.code, error.message));
    return true;
  }
  let shown = false;
  for (const [key, messages] of Object.entries(error?.errors ?? {})) {
    const slot = errorsOf[key] ?? errorsOf[key.replace(/\[\d+\]$/, '')];
    if (!slot) continue;
    slot.append(...[messages].flat().map((m) => h('li', {}, m)));
    shown = true;
  }
  return shown;
}

/** Shows `error` whole in `slot` (null clears it), led by the code's sentence when labels.js has one. */
export function showClaimProblem(slot, error) {
  slot.replaceChildren();
  if (!error) return;
  const view = problemView(error);
  if (error.code && CLAIM_PROBLEMS[error.code]) view.insertBefore(h('p', { class: 'problem-sentence' }, CLAIM_PROBLEMS[error.code]), view.children[1] ?? null);
  slot.append(view);
}
