// One game as this page knows it: the world, who the user is in it, and the event log the user may
// see (loaded once, then kept current by the live feed). Views read from here and subscribe to new
// events; everything here came from the API with the user's own token, so it holds nothing the
// server would not show this user.
import { api } from './api.js';
import { LiveFeed } from './live.js';
import { currentSession } from './session.js';

export class GameSession extends EventTarget {
  world = null;
  membership = null;
  events = [];
  feed = null;

  constructor(slug) {
    super();
    this.slug = slug;
  }

  async load() {
    [this.world, this.membership] = await Promise.all([api.world(this.slug), api.membership(this.slug)]);
    this.events = await loadLog(this.slug);
    const last = this.events.length ? this.events[this.events.length - 1].seq : 0;
    this.feed = new LiveFeed(this.slug, () => currentSession()?.accessToken ?? '');
    this.feed.addEventListener('event', (e) => this.#apply(e.detail));
    this.feed.addEventListener('state', (e) => this.dispatchEvent(new CustomEvent('state', { detail: e.detail })));
    await this.feed.start(last);
  }

  async close() {
    await this.feed?.stop();
  }

  get isGameMaster() {
    return this.membership?.role === 'gameMaster';
  }

  get isPlayer() {
    return this.membership?.role === 'player';
  }

  nationName(code) {
    return this.world.nations.find((n) => n.code === code)?.name ?? code;
  }

  ministry(id) {
    return this.world.ministries.find((m) => m.id === id) ?? null;
  }

  installation(id) {
    return this.world.installations.find((i) => i.id === id) ?? null;
  }

  /** The ministries this user writes for: those held, and for a GM those nobody holds. */
  get ownMinistries() {
    const held = new Set(this.membership?.ministries ?? []);
    return this.world.ministries.filter((m) => held.has(m.id) || (this.isGameMaster && !m.holder));
  }

  #apply(event) {
    this.events.push(event);
    if (event.type === 'clock.advanced') this.world.inGameDate = event.payload.to;
    this.dispatchEvent(new CustomEvent('event', { detail: event }));
  }

  /** Calls handler for each new event until the returned function is called. */
  onEvent(handler) {
    const listener = (e) => handler(e.detail);
    this.addEventListener('event', listener);
    return () => this.removeEventListener('event', listener);
  }
}

async function loadLog(slug) {
  const events = [];
  let after = 0;
  for (;;) {
    const page = await api.events(slug, after, 1000);
    events.push(...page);
    if (page.length < 1000) return events;
    after = page[page.length - 1].seq;
  }
}
