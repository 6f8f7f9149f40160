// Work kept in the browser until it is sent or thrown away: a half-written communique per game and
// ministry (localStorage, so it survives a reload and leaving the desk), and a warning before a page
// with unsaved work is closed or reloaded.

const PREFIX = 'diplomacysim.draft';

const key = (slug, ministry) => `${PREFIX}.${slug}.${ministry}`;

/** The saved draft of this game for the first of these ministries that has one, or null. */
export function loadDraft(slug, ministries) {
  for (const ministry of ministries) {
    try {
      const draft = JSON.parse(localStorage.getItem(key(slug, ministry)) ?? 'null');
      if (draft) return draft;
    } catch {
      // A draft that no longer parses is not worth an error.
    }
  }
  return null;
}

/** Saves the draft under its own ministry; false when storage refused it (full, or disabled). */
export function saveDraft(slug, draft) {
  if (!draft.fromMinistry) return false;
  try {
    localStorage.setItem(key(slug, draft.fromMinistry), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(slug, ministry) {
  if (ministry) localStorage.removeItem(key(slug, ministry));
}

/** True when a draft holds something worth keeping. */
export function isWorthKeeping(draft) {
  return Boolean(draft.subject?.trim() || draft.body?.trim() || draft.clauses?.length);
}

// ---- unsaved work ------------------------------------------------------------------------------

const unsaved = new Map();

/** Marks (or clears) a piece of unsaved work, e.g. an answer being written. */
export function setUnsaved(id, isUnsaved) {
  if (isUnsaved) unsaved.set(id, true);
  else unsaved.delete(id);
}

export const hasUnsaved = () => unsaved.size > 0;

/** Forgets every piece of unsaved work (the view holding it has gone). */
export function clearUnsaved() {
  unsaved.clear();
}

window.addEventListener('beforeunload', (event) => {
  if (!hasUnsaved()) return;
  event.preventDefault();
  event.returnValue = '';
});
