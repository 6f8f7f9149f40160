// Each nation's claim status on the GM desk (PATCH .../nations/{code}): open, application only or
// reserved, a select per nation, saved when changed. The world follows the world.changed event, so
// another GM's change shows here too.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { showProblem } from '../problems.js';
import { claimStatusName, options, CLAIM_STATUS_HINTS } from '../labels.js';

export function nationsDesk(game) {
  const list = h('div', { class: 'table-scroll', 'data-testid': 'nation-claims' });
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const saved = h('p', { role: 'status', class: 'muted' });
  const draw = () => {
    const nations = [...game.world.nations].sort((a, b) => a.name.localeCompare(b.name));
    fill(list, nations.length === 0 ? h('p', { class: 'muted' }, 'This campaign has no nations yet.') : h('table', { class: 'plain', 'aria-labelledby': 'nation-claims-title' },
      h('thead', {}, h('tr', {}, ['Nation', 'Claims'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, nations.map((nation) => {
        const select = h('select', { 'aria-label': `Claims of ${nation.name}` },
          options('claimStatus').map(([code, words]) => h('option', { value: code, selected: code === nation.claimStatus }, words)));
        select.addEventListener('change', async () => {
          showProblem(problem, null);
          saved.textContent = '';
          select.disabled = true;
          try {
            const changed = await api.changeNation(game.world.slug, nation.code, { claimStatus: select.value, note: null });
            nation.claimStatus = changed.claimStatus;
            saved.textContent = `${nation.name}: ${claimStatusName(changed.claimStatus)}.`;
          } catch (error) {
            select.value = nation.claimStatus;
            showProblem(problem, error);
          } finally {
            select.disabled = false;
          }
        });
        return h('tr', { 'data-code': nation.code }, h('th', { scope: 'row' }, nation.name), h('td', {}, select));
      }))));
  };
  const element = h('div', {},
    h('h2', { id: 'nation-claims-title' }, 'Nations open to claims'),
    h('ul', { class: 'hints' }, options('claimStatus').map(([code, words]) => h('li', {}, h('strong', {}, words), ': ', CLAIM_STATUS_HINTS[code]))),
    problem,
    list,
    saved);
  draw();
  return {
    element,
    show(event) {
      if (event.type !== 'world.changed' || event.payload.subject !== 'nation') return;
      const select = list.querySelector(`tr[data-code="${CSS.escape(event.payload.code)}"] select`);
      if (select && document.activeElement !== select) select.value = event.payload.claimStatus;
    },
  };
}
