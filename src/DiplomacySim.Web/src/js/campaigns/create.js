// "Start a campaign" (/campaigns/new): its listing, who may read and join it, and what world it starts
// from (a template the server holds, a scenario file of the GM's own, or a blank world). Every error
// the server gives appears beside the field it is about; the campaign opens on its GM desk.
import { api } from '../api.js';
import { h, fill, field, fieldErrors, uid, withErrors } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { options } from '../labels.js';
import { readScenario, suggestSlug } from './scenarioFile.js';

// The server's own bound on an upload (GamesEndpoints.ScenarioUploadLimit).
const UPLOAD_LIMIT = 4 * 1024 * 1024;

export const VISIBILITY_HINTS = {
  public: 'Listed on the campaigns page; anyone may read it, without an account.',
  unlisted: 'Not listed; whoever has the link may read it.',
  private: 'Only its members see it.',
};

/** A select of a labels.js group, with `selected` chosen. */
export function choice(name, group, selected) {
  return h('select', { name }, options(group).map(([code, words]) => h('option', { value: code, selected: code === selected }, words)));
}

export function renderNewCampaign(main, created) {
  const title = h('input', { name: 'title', maxlength: 200, autocomplete: 'off' });
  const slug = h('input', { name: 'slug', maxlength: 64, autocomplete: 'off', spellcheck: 'false' });
  const description = h('textarea', { name: 'description', rows: 3, maxlength: 4000 });
  const visibility = choice('visibility', 'visibility', 'private');
  const joinPolicy = choice('joinPolicy', 'joinPolicy', 'inviteOnly');
  const visibilityHint = h('span', { class: 'hint', 'aria-live': 'polite' }, VISIBILITY_HINTS.private);
  visibility.addEventListener('change', () => { visibilityHint.textContent = VISIBILITY_HINTS[visibility.value] ?? ''; });

  const errorsOf = Object.fromEntries(['title', 'slug', 'description', 'visibility', 'joinPolicy', 'template', 'scenario', 'inGameDate']
    .map((name) => [name, fieldErrors(name)]));

  // The slug follows the title until the GM writes one of their own.
  let slugEdited = false;
  slug.addEventListener('input', () => { slugEdited = slug.value !== ''; });
  title.addEventListener('input', () => {
    if (!slugEdited) slug.value = suggestSlug(title.value);
  });

  const start = startChooser(errorsOf);
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create the campaign');
  const visibilityField = field('Visibility', visibility);
  visibilityHint.id = uid('hint');
  visibilityField.append(visibilityHint);
  visibility.setAttribute('aria-describedby', visibilityHint.id);

  const form = h('form', { class: 'panel campaign-form', 'aria-labelledby': 'new-campaign-title', novalidate: true },
    h('h1', { id: 'new-campaign-title' }, 'Start a campaign'),
    h('p', { class: 'muted' }, 'You will be its game master: you invite the players, give them their ministries and run the clock.'),
    withErrors(field('Title', title, "Left empty, a template's or scenario file's own title."), title, errorsOf.title),
    withErrors(field('Slug', slug, 'Its name in links (/games/<slug>): 3 to 64 lowercase letters, digits and hyphens.'), slug, errorsOf.slug),
    withErrors(field('Description', description, 'What the campaign is about, for those deciding whether to join.'), description, errorsOf.description),
    h('div', { class: 'row' },
      withErrors(visibilityField, visibility, errorsOf.visibility),
      withErrors(field('Join policy', joinPolicy, 'How players come in: anyone, by applying to a GM, or only with an invitation link.'), joinPolicy, errorsOf.joinPolicy)),
    start.element,
    problem,
    h('div', { class: 'actions' }, submit, h('a', { href: '/', 'data-link': true }, 'Cancel')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(problem, null);
    for (const slot of Object.values(errorsOf)) slot.replaceChildren();
    const world = await start.value();
    if (!world) return;
    submit.disabled = true;
    try {
      const campaign = await api.createGame({
        title: title.value.trim() || null,
        slug: slug.value.trim(),
        description: description.value.trim() || null,
        visibility: visibility.value,
        joinPolicy: joinPolicy.value,
        ...world,
      });
      created(campaign.slug);
    } catch (error) {
      submit.disabled = false;
      if (!showBesideFields(error, errorsOf, start.kind())) showProblem(problem, error);
      form.querySelector('.field-errors:not(:empty)')?.previousElementSibling?.focus?.();
    }
  });
  fill(main, form);
  title.focus();
}

/**
 * Puts the server's answer beside the fields it names: a taken slug beside the slug, a scenario's
 * errors (each with its JSON path) beside the file, 400's errors.<field> beside each field. False when
 * nothing fitted a field, so that the caller shows the whole problem instead.
 */
function showBesideFields(error, errorsOf, startKind) {
  if (error.code === 'SLUG_TAKEN') {
    errorsOf.slug.append(h('li', {}, error.message));
    return true;
  }
  if (error.code === 'SCENARIO_INVALID' && Array.isArray(error.problem.errors)) {
    const slot = startKind === 'file' ? errorsOf.scenario : errorsOf.template;
    slot.append(h('li', { class: 'summary' }, error.message),
      ...error.problem.errors.map((e) => h('li', { 'data-testid': 'scenario-error' }, h('code', {}, e.path), ' ', e.message)));
    return true;
  }
  let shown = false;
  for (const [name, messages] of Object.entries(Array.isArray(error.errors) ? {} : error.errors)) {
    const slot = errorsOf[name];
    if (!slot) return false;
    slot.append(...(Array.isArray(messages) ? messages : [messages]).map((m) => h('li', {}, m)));
    shown = true;
  }
  return shown;
}

/**
 * "Start from": one radio group whose choices are the server's templates (each with its description,
 * start date and number of nations), a scenario file, or a blank world. `value()` gives the body's
 * template / scenario / inGameDate, or null (with the reason shown beside the file) when the file
 * chosen is no scenario.
 */
function startChooser(errorsOf) {
  const group = uid('start');
  const templates = h('div', { class: 'templates', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading the templates…'));
  const file = h('input', { type: 'file', name: 'scenario', accept: '.json,application/json' });
  const date = h('input', { type: 'date', name: 'inGameDate' });
  const radio = (value, checked = false) => h('input', { type: 'radio', name: group, value, checked, id: uid('start') });
  const fileChoice = radio('file');
  const blankChoice = radio('blank');
  // Choosing a file or a date is choosing that start.
  file.addEventListener('change', () => { fileChoice.checked = true; errorsOf.scenario.replaceChildren(); });
  date.addEventListener('change', () => { blankChoice.checked = true; });

  api.templates().then((list) => {
    // The first template is the default start, unless the GM chose another while the list loaded.
    const undecided = !element.querySelector(`input[name="${group}"]:checked`);
    fill(templates, list.length === 0 ? h('p', { class: 'muted' }, 'This server holds no templates.') : list.map((t, i) => {
      const choice = radio(`template:${t.name}`, undecided && i === 0);
      const details = h('span', { class: 'template-details', id: uid('template') },
        t.description ? h('span', { class: 'template-description' }, t.description) : null,
        h('span', { class: 'muted' }, `Starts ${t.inGameDate} · ${t.nations.length} ${t.nations.length === 1 ? 'nation' : 'nations'}`));
      choice.setAttribute('aria-describedby', details.id);
      return h('div', { class: 'start-choice' }, choice, h('label', { for: choice.id }, t.title), details);
    }));
    if (list.length === 0 && undecided) blankChoice.checked = true;
  }).catch((error) => fill(templates, problemView(error)));

  const fileField = withErrors(field('Scenario file', file, 'A JSON file in the format of seeds/README.md, up to 4 MiB.'), file, errorsOf.scenario);
  const dateField = withErrors(field('Start date', date, 'The in-game date a blank world starts on; left empty, today.'), date, errorsOf.inGameDate);
  const element = h('fieldset', { class: 'start' },
    h('legend', {}, 'Start from'),
    templates,
    errorsOf.template,
    h('div', { class: 'start-choice' }, fileChoice, h('label', { for: fileChoice.id }, 'A scenario file of your own'), fileField),
    h('div', { class: 'start-choice' }, blankChoice, h('label', { for: blankChoice.id }, 'A blank world (no nations yet)'), dateField));

  const chosen = () => element.querySelector(`input[name="${group}"]:checked`)?.value ?? 'blank';
  const kind = () => (chosen().startsWith('template:') ? 'template' : chosen());
  return {
    element,
    kind,
    async value() {
      const picked = chosen();
      if (picked.startsWith('template:')) return { template: picked.slice('template:'.length), scenario: null, inGameDate: null };
      if (picked === 'blank') return { template: null, scenario: null, inGameDate: date.value || null };
      const upload = file.files[0];
      const refuse = (message) => {
        errorsOf.scenario.replaceChildren(h('li', {}, message));
        file.focus();
        return null;
      };
      if (!upload) return refuse('Choose the scenario file to start from.');
      if (upload.size > UPLOAD_LIMIT) return refuse(`This file is ${(upload.size / 1048576).toFixed(1)} MiB; a scenario may be up to 4 MiB.`);
      const read = readScenario(await upload.text());
      if (read.error) return refuse(read.error);
      return { template: null, scenario: read.scenario, inGameDate: null };
    },
  };
}
