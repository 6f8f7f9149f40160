// The campaign's members on the GM desk: who is in, in what role, holding which ministries; a GM gives
// a vacant ministry to a member, vacates a seat, or removes a member. It is one panel of the GM's
// people area (gmdesk.js), beside the invitation links; a queue of applications can stand beside them.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { problemView, showProblem } from '../problems.js';
import { roleName } from '../labels.js';
import { currentSession } from '../session.js';

export function membersDesk(game) {
  const list = h('div', { class: 'table-scroll', 'data-testid': 'members', 'aria-live': 'polite' });
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  let latest = 0;
  const reload = async () => {
    const load = ++latest;
    try {
      const members = await api.members(game.world.slug);
      if (load !== latest) return;
      fill(list, membersTable(game, members, reload, problem));
    } catch (error) {
      if (load === latest) fill(problem, problemView(error));
    }
  };
  const element = h('div', {}, h('h2', { id: 'members-title' }, 'Members'), problem, list);
  reload();
  return { element, reload };
}

function membersTable(game, members, reload, problem) {
  // Vacant: held by no member as the API has it now (the world's holders may be a moment behind).
  const held = new Set(members.flatMap((m) => m.ministries));
  const vacant = game.world.ministries.filter((m) => !held.has(m.id))
    .sort((a, b) => game.nationName(a.nation).localeCompare(game.nationName(b.nation)) || a.title.localeCompare(b.title));
  const act = (work) => async (event) => {
    const button = event.currentTarget;
    showProblem(problem, null);
    button.disabled = true;
    try {
      await work();
      await reload();
    } catch (error) {
      showProblem(problem, error);
    } finally {
      button.disabled = false;
    }
  };
  return h('table', { class: 'plain members', 'aria-labelledby': 'members-title' },
    h('thead', {}, h('tr', {}, ['Member', 'Role', 'Ministries held', 'Give a ministry', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, members.map((member) => {
      const who = member.displayName || member.userName;
      const seat = h('select', { 'aria-label': `Ministry to give ${who}` },
        h('option', { value: '' }, vacant.length ? 'Choose a vacant ministry' : 'No ministry is vacant'),
        vacant.map((m) => h('option', { value: m.id }, `${game.nationName(m.nation)}: ${m.title}`)));
      const give = h('button', {
        type: 'button', class: 'small', 'aria-label': `Give the ministry to ${who}`,
        onclick: act(async () => {
          if (!seat.value) throw new Error('Choose a vacant ministry first.');
          await api.assignSeat(game.world.slug, seat.value, member.userName, null);
        }),
      }, 'Give');
      const isMe = member.userName === currentSession()?.userName;
      return h('tr', { 'data-testid': 'member', 'data-user': member.userName },
        h('th', { scope: 'row' }, who, member.displayName ? h('span', { class: 'muted' }, ` (${member.userName})`) : null),
        h('td', {}, roleName(member.role)),
        h('td', {}, member.ministries.length === 0 ? h('span', { class: 'muted' }, 'None') : h('ul', { class: 'seats', 'aria-label': `Ministries held by ${who}` },
          member.ministries.map((id) => {
            const ministry = game.ministry(id);
            const name = ministry ? ministry.title : id;
            return h('li', {}, name, ' ', h('button', {
              type: 'button', class: 'small', 'aria-label': `Vacate ${name}`,
              onclick: act(() => api.assignSeat(game.world.slug, id, null, null)),
            }, 'Vacate'));
          }))),
        h('td', {}, h('div', { class: 'actions' }, seat, give)),
        h('td', {}, isMe ? null : h('button', {
          type: 'button', class: 'small danger', 'aria-label': `Remove ${who}`,
          onclick: act(async () => {
            if (!window.confirm(`Remove ${who} from the campaign? The ministries they hold fall vacant.`)) return;
            await api.removeMember(game.world.slug, member.userName);
          }),
        }, 'Remove')));
    })));
}
