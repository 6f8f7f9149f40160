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
  const form = h('form', { class: 'panel narrow', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', { class: 'muted' }, 'Use your account, or a demo account: gm, rus.mfa, vnm.mfa, tha.mfa, chn.mfa, usa.mfa or spectator (password "diplomacy").'),
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
