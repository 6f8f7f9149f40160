// The signed-in user for this browser tab. The token lives in sessionStorage: it ends with the tab,
// and each tab (or test browser context) signs in on its own.

const KEY = 'diplomacysim.session';

export function currentSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!session || Date.now() >= session.expiresAt) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(userName, accessToken, expiresInSeconds) {
  const session = { userName, accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}
