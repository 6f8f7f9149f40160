// Shows an error from the API (problem details) so that a player can act on it: the title, what
// went wrong, the stable code, and each field error or rule violation.
import { h } from './dom.js';

export function problemView(error) {
  const problem = error?.problem ?? {};
  const title = problem.title || (error?.status ? `Request failed (${error.status})` : 'Something went wrong');
  const fieldErrors = Object.entries(error?.errors ?? {}).flatMap(([name, messages]) =>
    (Array.isArray(messages) ? messages : [messages]).map((message) => h('li', {}, name ? `${name}: ` : '', message)));
  const violations = (error?.violations ?? []).map((v) =>
    h('li', {}, h('code', {}, v.code), ' ', v.message, v.clauseIndex === null || v.clauseIndex === undefined ? '' : ` (clause ${v.clauseIndex + 1})`));
  return h('div', { class: 'problem', role: 'alert' },
    h('strong', {}, title),
    problem.detail && problem.detail !== title ? h('p', {}, problem.detail) : null,
    error?.code ? h('p', { class: 'problem-code' }, 'Code: ', h('code', {}, error.code)) : null,
    fieldErrors.length ? h('ul', {}, fieldErrors) : null,
    violations.length ? h('ul', {}, violations) : null,
    !error?.problem && error?.message ? h('p', {}, error.message) : null);
}

/** Puts the problem into `slot`, or clears it when error is null. */
export function showProblem(slot, error) {
  slot.replaceChildren();
  if (error) slot.append(problemView(error));
}
