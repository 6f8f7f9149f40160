// The campaign's settings on the GM desk: its title, description, who may read it and how players
// join (PATCH /api/games/{game}). The world holds none of the listing, so it is read from the
// campaigns list, where a GM's own campaign always is.
import { api } from '../api.js';
import { h, fill, field, fieldErrors, withErrors } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { choice, VISIBILITY_HINTS } from '../campaigns/create.js';
import { visibilityName } from '../labels.js';

export function campaignSettings(game) {
  const element = h('div', {}, h('h2', { id: 'settings-title' }, 'Campaign settings'), h('p', { class: 'loading' }, 'Loading…'));
  api.games().then((games) => {
    const listing = games.find((g) => g.slug === game.world.slug);
    if (!listing) throw new Error('This campaign is not among yours.');
    fill(element, h('h2', { id: 'settings-title' }, 'Campaign settings'), settingsForm(game, listing));
  }).catch((error) => fill(element, h('h2', { id: 'settings-title' }, 'Campaign settings'), problemView(error)));
  return { element };
}

function settingsForm(game, listing) {
  const title = h('input', { name: 'title', maxlength: 200, value: listing.title, required: true });
  const description = h('textarea', { name: 'description', rows: 3, maxlength: 4000, value: listing.description ?? '' });
  const visibility = choice('visibility', 'visibility', listing.visibility);
  const joinPolicy = choice('joinPolicy', 'joinPolicy', listing.joinPolicy);
  const errorsOf = Object.fromEntries(['title', 'description', 'visibility', 'joinPolicy'].map((name) => [name, fieldErrors(`settings-${name}`)]));
  const status = h('p', { class: 'muted', role: 'status' });
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Save the settings');
  const form = h('form', { 'aria-labelledby': 'settings-title', novalidate: true },
    withErrors(field('Campaign title', title), title, errorsOf.title),
    withErrors(field('Campaign description', description), description, errorsOf.description),
    withErrors(field('Who may read it', visibility, Object.entries(VISIBILITY_HINTS).map(([code, hint]) => `${visibilityName(code)}: ${hint}`).join(' ')), visibility, errorsOf.visibility),
    withErrors(field('How players join', joinPolicy), joinPolicy, errorsOf.joinPolicy),
    problem,
    h('div', { class: 'actions' }, submit),
    status);
  form.addEventListener('input', () => { status.textContent = ''; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    submit.disabled = true;
    try {
      const saved = await api.describeGame(game.world.slug, {
        title: title.value, description: description.value, visibility: visibility.value, joinPolicy: joinPolicy.value,
      });
      status.textContent = 'Saved.';
      game.describe(saved);
    } catch (error) {
      let shown = false;
      for (const [name, messages] of Object.entries(error.errors ?? {})) {
        if (!errorsOf[name]) continue;
        errorsOf[name].append(...[messages].flat().map((m) => h('li', {}, m)));
        shown = true;
      }
      if (!shown) showProblem(problem, error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
