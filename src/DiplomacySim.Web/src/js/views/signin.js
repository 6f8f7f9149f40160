import { api } from '../api.js';
import { h, fill, field } from '../dom.js';
import { showProblem } from '../problems.js';
import { saveSession } from '../session.js';

/** The sign-in form; calls done() once a token is stored. */
export function renderSignIn(main, done) {
  const userName = h('input', { name: 'userName', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const problem = h('div', { class: 'problem-slot' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  // The demo's accounts are advertised only by a server that runs the demo.
  const demoHint = h('p', { class: 'muted', 'data-testid': 'demo-accounts', hidden: true });
  api.demoAccounts().then((demo) => {
    if (!demo.enabled || demo.accounts.length === 0) return;
    const password = demo.password ? ` (password "${demo.password}")` : ' (the demo password printed when the server started)';
    demoHint.textContent = `Use your account, or a demo account: ${demo.accounts.join(', ')}${password}.`;
    demoHint.hidden = false;
  }).catch(() => {});
  const form = h('form', { class: 'panel narrow', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    demoHint,
    field('User name', userName),
    field('Password', password),
    problem,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    showProblem(problem, null);
    try {
      const login = await api.login(userName.value.trim(), password.value);
      saveSession(userName.value.trim(), login.accessToken, login.expiresIn);
      done();
    } catch (error) {
      showProblem(problem, error);
      submit.disabled = false;
      password.select();
    }
  });
  fill(main, form);
  userName.focus();
}
