// One game as this page knows it: the world, who the user is in it, and the event log the user may
// see (loaded once, then kept current by the live feed). Views read from here and subscribe to new
// events; everything here came from the API with the user's own token, so it holds nothing the
// server would not show this user. Someone who is not a member (signed out, or signed in but not in
// the campaign) reads a public or unlisted campaign as a visitor: no membership and no live feed (the
// hub is for members), the rest as the API shows it without a seat.
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
    [this.world, this.membership] = await Promise.all([api.world(this.slug), this.#loadMembership()]);
    this.events = await loadLog(this.slug);
    const last = this.events.length ? this.events[this.events.length - 1].seq : 0;
    if (!this.membership) {
      this.dispatchEvent(new CustomEvent('state', { detail: { state: currentSession() ? 'outsider' : 'visitor', lastSeq: last } }));
      return;
    }
    this.feed = new LiveFeed(this.slug, () => currentSession()?.accessToken ?? '');
    this.feed.addEventListener('event', (e) => this.#apply(e.detail));
    this.feed.addEventListener('state', (e) => this.dispatchEvent(new CustomEvent('state', { detail: e.detail })));
    await this.feed.start(last);
  }

  async close() {
    await this.feed?.stop();
  }

  /** The caller's membership, or null for a visitor. The world was read first, so a 404 here means "not a member", never "no such game". */
  async #loadMembership() {
    if (!currentSession()) return null;
    try {
      return await api.membership(this.slug);
    } catch (error) {
      if (error.status === 404) return null;
      throw error;
    }
  }

  /** gameMaster, player, spectator, or none for a visitor. */
  get role() {
    return this.membership?.role ?? 'none';
  }

  get isMember() {
    return Boolean(this.membership);
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
    if (event.type === 'member.changed') this.#seat(event.payload);
    if (event.type === 'world.changed' && event.payload.subject === 'nation') this.#nation(event.payload);
    this.dispatchEvent(new CustomEvent('event', { detail: event }));
  }

  /**
   * A member's seats after a member.changed: the world's holders follow (the GM desk writes for the
   * vacant ones), and so does this user's own membership when the change is theirs.
   */
  #seat({ userName, role, ministries }) {
    const held = new Set(ministries ?? []);
    for (const ministry of this.world.ministries) {
      if (held.has(ministry.id)) ministry.holder = userName;
      else if (ministry.holder === userName) ministry.holder = null;
    }
    if (!this.membership || userName !== this.membership.userName) return;
    const before = this.role;
    if (!role) {
      this.membership = null;
    } else {
      const nations = [...new Set(this.world.ministries.filter((m) => held.has(m.id)).map((m) => m.nation))].sort();
      this.membership = { ...this.membership, role: role === 'gameMaster' ? 'gameMaster' : held.size > 0 ? 'player' : role, ministries: [...held].sort(), nations };
    }
    this.dispatchEvent(new CustomEvent('membership', { detail: { before, after: this.role } }));
  }

  /** A GM changed a nation (for now its claim status): the world follows. */
  #nation({ code, claimStatus }) {
    const nation = this.world.nations.find((n) => n.code === code);
    if (nation && claimStatus) nation.claimStatus = claimStatus;
  }

  /** The ministries of a nation, its foreign ministry first, then by title. */
  ministriesOf(code) {
    return this.world.ministries.filter((m) => m.nation === code)
      .sort((a, b) => (b.kind === 'foreignAffairs') - (a.kind === 'foreignAffairs') || a.title.localeCompare(b.title));
  }

  /** The campaign's listing changed (a GM saved its settings): the header follows its title. */
  describe(listing) {
    this.world.title = listing.title;
    if (listing.joinPolicy) this.world.joinPolicy = listing.joinPolicy;
    if (listing.visibility) this.world.visibility = listing.visibility;
    if (listing.description !== undefined) this.world.description = listing.description;
    this.dispatchEvent(new CustomEvent('described', { detail: listing }));
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
