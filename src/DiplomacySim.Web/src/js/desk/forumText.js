// "For the forum": a communique or an agreement as BBCode or Markdown, from the server's export,
// shown in a read-only box to copy into the thread or a chat. The text is a textarea's value, so
// whatever it holds stays text.
import { h, fill, uid } from '../dom.js';
import { problemView } from '../problems.js';

/** A collapsed panel; `load(format)` returns the export text for 'bbcode' or 'markdown'. */
export function forumTextPanel(title, load) {
  const output = h('textarea', { rows: 10, readonly: true, class: 'forum-text', 'aria-label': `${title} as text`, 'data-testid': 'forum-text', id: uid('export') });
  const status = h('p', { class: 'hint', role: 'status' });
  const slot = h('div', {});
  const copy = h('button', { type: 'button', disabled: true }, 'Copy');
  const show = async (format) => {
    status.textContent = `Writing ${format === 'bbcode' ? 'BBCode' : 'Markdown'}…`;
    try {
      output.value = await load(format);
      fill(slot, output);
      copy.disabled = false;
      status.textContent = format === 'bbcode' ? 'BBCode, for a forum thread.' : 'Markdown, for a chat.';
    } catch (error) {
      fill(slot, problemView(error));
      copy.disabled = true;
      status.textContent = '';
    }
  };
  copy.addEventListener('click', async () => {
    output.select();
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Selected: copy it with Ctrl+C.';
    }
  });
  return h('details', { class: 'forum-export' },
    h('summary', {}, title),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => show('bbcode') }, 'BBCode'),
      h('button', { type: 'button', onclick: () => show('markdown') }, 'Markdown'),
      copy),
    status,
    slot);
}
