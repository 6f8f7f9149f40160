// The signed-in user of this browser. The token lives in localStorage, so every tab of the browser
// shares it: a new tab is signed in already, and signing out in one tab signs out all of them (the
// others hear of it through the storage event, see onSessionChange).

const KEY = 'diplomacysim.session';

export function currentSession() {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (!session || Date.now() >= session.expiresAt) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(userName, accessToken, expiresInSeconds) {
  const session = { userName, accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  localStorage.removeItem(KEY);
}

/** Calls handler when another tab signs in or out. */
export function onSessionChange(handler) {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) handler(currentSession());
  });
}
