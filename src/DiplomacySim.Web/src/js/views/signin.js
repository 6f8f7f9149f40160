import { api } from '../api.js';
import { h, fill, field, fieldErrors, withErrors } from '../dom.js';
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
    submit,
    h('p', {}, h('button', { type: 'button', class: 'link-button', onclick: () => renderRegister(main, done) }, 'Create an account')));
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

/**
 * The "Create an account" form, in place of the sign-in form (never beside it: each form's labels
 * name its own fields). Each field's errors from the server (Identity's password policy, a taken
 * user name) appear under that field; once the account exists it signs in and calls done().
 */
export function renderRegister(main, done) {
  const userName = h('input', { name: 'userName', autocomplete: 'username', required: true, maxlength: 32 });
  const displayName = h('input', { name: 'displayName', autocomplete: 'nickname', required: true, maxlength: 100 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
  const errorsOf = {
    userName: fieldErrors('userName'),
    displayName: fieldErrors('displayName'),
    password: fieldErrors('password'),
  };
  const problem = h('div', { class: 'problem-slot' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create the account');
  const form = h('form', { class: 'panel narrow', 'aria-labelledby': 'register-title', novalidate: true },
    h('h1', { id: 'register-title' }, 'Create an account'),
    withErrors(field('User name', userName, '2 to 32 lowercase letters, digits, dots, hyphens and underscores, like vnm.mfa.'), userName, errorsOf.userName),
    withErrors(field('Display name', displayName, 'The name other players see.'), displayName, errorsOf.displayName),
    withErrors(field('Password', password, 'At least 6 characters, with an uppercase and a lowercase letter, a digit and a symbol.'), password, errorsOf.password),
    problem,
    submit,
    h('p', {}, h('button', { type: 'button', class: 'link-button', onclick: () => renderSignIn(main, done) }, 'Back to sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    showProblem(problem, null);
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    const account = { userName: userName.value.trim(), displayName: displayName.value, password: password.value };
    try {
      await api.register(account);
      const login = await api.login(account.userName, account.password);
      saveSession(account.userName, login.accessToken, login.expiresIn);
      done();
    } catch (error) {
      // A field's errors beside the field; a taken name is the user name's; anything else below the form.
      const byField = { ...error.errors };
      if (error.code === 'USER_NAME_TAKEN') byField.userName = [error.message];
      let shown = false;
      for (const [name, messages] of Object.entries(byField)) {
        const slot = errorsOf[name];
        if (!slot) continue;
        slot.replaceChildren(...(Array.isArray(messages) ? messages : [messages]).map((m) => h('li', {}, m)));
        shown = true;
      }
      if (!shown) showProblem(problem, error);
      submit.disabled = false;
      (Object.keys(byField).map((name) => ({ userName, displayName, password })[name]).find(Boolean) ?? userName).focus();
    }
  });
  fill(main, form);
  userName.focus();
}
