// The public HTTP API of API.md, and nothing else. Errors arrive as RFC 9457 problem details and
// become ApiError, which problems.js shows to the user.
import { clearSession, currentSession } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
    this.code = problem?.code ?? null;
    this.violations = problem?.violations ?? [];
    this.errors = problem?.errors ?? {};
  }
}

/** Called when the server no longer accepts the token (expired or signed out elsewhere). */
let onSignedOut = () => {};
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

export async function request(path, { method = 'GET', body, headers = {}, anonymous = false } = {}) {
  const session = currentSession();
  const sent = { ...headers, Accept: 'application/json, application/problem+json' };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  const withToken = Boolean(session && !anonymous);
  if (withToken) sent.Authorization = `Bearer ${session.accessToken}`;

  let response;
  try {
    response = await fetch(path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: `${error.message}. Check that the server is running.`, code: 'NETWORK_ERROR' });
  }
  const type = response.headers.get('Content-Type') ?? '';
  const payload = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    // Only a token the server refused signs the page out; a visitor's 401 (a private campaign) is just an answer.
    if (response.status === 401 && withToken) {
      clearSession();
      onSignedOut();
    }
    throw new ApiError(response.status, typeof payload === 'object' && payload ? payload : { title: `${response.status} ${response.statusText}`, detail: payload || undefined });
  }
  return payload;
}

const game = (slug) => `/api/games/${encodeURIComponent(slug)}`;

export const api = {
  login: (userName, password) => request('/api/auth/login', { method: 'POST', body: { userName, password }, anonymous: true }),
  demoAccounts: () => request('/api/auth/demo', { anonymous: true }),
  register: (account) => request('/api/auth/register', { method: 'POST', body: account, anonymous: true }),
  games: () => request('/api/games'),
  acceptInvitation: (code) => request(`/api/invitations/${encodeURIComponent(code)}/accept`, { method: 'POST' }),
  templates: () => request('/api/templates'),
  createGame: (campaign) => request('/api/games', { method: 'POST', body: campaign }),
  describeGame: (slug, change) => request(game(slug), { method: 'PATCH', body: change }),
  joinGame: (slug) => request(`${game(slug)}/join`, { method: 'POST' }),
  members: (slug) => request(`${game(slug)}/members`),
  removeMember: (slug, userName) => request(`${game(slug)}/members/${encodeURIComponent(userName)}`, { method: 'DELETE' }),
  assignSeat: (slug, ministry, userName, note) =>
    request(`${game(slug)}/ministries/${encodeURIComponent(ministry)}/holder`, { method: 'PUT', body: { userName, note } }),
  claims: (slug) => request(`${game(slug)}/claims`),
  submitClaim: (slug, claim) => request(`${game(slug)}/claims`, { method: 'POST', body: claim }),
  approveClaim: (slug, id, ministries, note) =>
    request(`${game(slug)}/claims/${encodeURIComponent(id)}/approve`, { method: 'POST', body: { ministries, note } }),
  denyClaim: (slug, id, reason) => request(`${game(slug)}/claims/${encodeURIComponent(id)}/deny`, { method: 'POST', body: { reason } }),
  changeNation: (slug, code, change) => request(`${game(slug)}/nations/${encodeURIComponent(code)}`, { method: 'PATCH', body: change }),
  invitations: (slug) => request(`${game(slug)}/invitations`),
  createInvitation: (slug, invitation) => request(`${game(slug)}/invitations`, { method: 'POST', body: invitation }),
  revokeInvitation: (slug, code) => request(`${game(slug)}/invitations/${encodeURIComponent(code)}`, { method: 'DELETE' }),
  world: (slug) => request(game(slug)),
  membership: (slug) => request(`${game(slug)}/me`),
  communiques: (slug, box) => request(`${game(slug)}/communiques?box=${box}&limit=200`),
  communique: (slug, id) => request(`${game(slug)}/communiques/${encodeURIComponent(id)}`),
  check: (slug, draft) => request(`${game(slug)}/communiques/check`, { method: 'POST', body: draft }),
  send: (slug, draft, idempotencyKey) =>
    request(`${game(slug)}/communiques`, { method: 'POST', body: draft, headers: { 'Idempotency-Key': idempotencyKey } }),
  respond: (slug, id, answer) => request(`${game(slug)}/communiques/${encodeURIComponent(id)}/responses`, { method: 'POST', body: answer }),
  exportCommunique: (slug, id, format) => request(`${game(slug)}/communiques/${encodeURIComponent(id)}/export?format=${format}`),
  exportAgreement: (slug, id, format) => request(`${game(slug)}/agreements/${encodeURIComponent(id)}/export?format=${format}`),
  importPost: (slug, text, format) => request(`${game(slug)}/communiques/import`, { method: 'POST', body: { text, format } }),
  agreements: (slug) => request(`${game(slug)}/agreements`),
  ratify: (slug, id, ruling) => request(`${game(slug)}/agreements/${encodeURIComponent(id)}/ratify`, { method: 'POST', body: { ruling } }),
  veto: (slug, id, ruling) => request(`${game(slug)}/agreements/${encodeURIComponent(id)}/veto`, { method: 'POST', body: { ruling } }),
  relations: (slug) => request(`${game(slug)}/relations`),
  relation: (slug, from, to) => request(`${game(slug)}/relations/${encodeURIComponent(from)}/${encodeURIComponent(to)}`),
  events: (slug, after, limit = 1000) => request(`${game(slug)}/events?after=${after}&limit=${limit}`),
  advanceClock: (slug, days) => request(`${game(slug)}/clock`, { method: 'POST', body: { days } }),
};
