// The live connection to /hubs/game. It joins a game after the last seq this page has applied,
// drops any event at or below it (a replay after a reconnect may repeat some), and after a drop it
// joins again from that seq. Its state drives the banner: connecting, live, lost, catching up.
import { api } from './api.js';

const RETRY_MS = [0, 1000, 2000, 5000, 10000];

export class LiveFeed extends EventTarget {
  #game;
  #tokenFactory;
  #connection = null;
  #stopped = false;
  #catchUpTarget = 0;
  lastSeq = 0;
  state = 'idle';

  constructor(game, tokenFactory) {
    super();
    this.#game = game;
    this.#tokenFactory = tokenFactory;
  }

  /** Connects and joins the game after `afterSeq`; events after it arrive as 'event'. */
  async start(afterSeq) {
    this.lastSeq = afterSeq;
    this.#connection = new window.signalR.HubConnectionBuilder()
      .withUrl('/hubs/game', { accessTokenFactory: this.#tokenFactory })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => RETRY_MS[Math.min(context.previousRetryCount, RETRY_MS.length - 1)] })
      .configureLogging(window.signalR.LogLevel.None)
      .build();
    this.#connection.on('Event', (event) => this.#receive(event));
    this.#connection.onreconnecting(() => this.#setState('lost'));
    this.#connection.onreconnected(() => this.#join());
    // Automatic reconnection gave up: keep trying, slowly, until the page leaves the game.
    this.#connection.onclose(() => {
      if (this.#stopped) return;
      this.#setState('lost');
      setTimeout(() => this.#connect(), RETRY_MS[RETRY_MS.length - 1]);
    });
    await this.#connect();
  }

  async stop() {
    this.#stopped = true;
    await this.#connection?.stop();
  }

  async #connect() {
    if (this.#stopped) return;
    try {
      this.#setState(this.state === 'lost' ? 'lost' : 'connecting');
      await this.#connection.start();
      await this.#join();
    } catch (error) {
      // The hub says "CODE: message". Not being a member (told as an unknown game, so that a game
      // confirms nothing to outsiders) will not pass by retrying.
      if (String(error?.message).includes('GAME_NOT_FOUND')) {
        this.#stopped = true;
        this.#setState('not-member');
        await this.#connection.stop();
        return;
      }
      this.#setState('lost');
      setTimeout(() => this.#connect(), RETRY_MS[2]);
    }
  }

  async #join() {
    const rejoining = this.state === 'lost';
    const from = this.lastSeq;
    await this.#connection.invoke('JoinGame', this.#game, from);
    if (!rejoining) {
      this.#setState('live');
      return;
    }
    // The missed events now stream in; the banner says "caught up" once the newest one the log
    // held at the time of the join has arrived.
    this.#catchUpTarget = await this.#newestSeqAfter(from);
    if (this.lastSeq >= this.#catchUpTarget) this.#setState('caught-up');
    else this.#setState('catching-up');
  }

  async #newestSeqAfter(seq) {
    let newest = seq;
    for (;;) {
      const page = await api.events(this.#game, newest, 1000).catch(() => []);
      if (page.length === 0) return newest;
      newest = page[page.length - 1].seq;
      if (page.length < 1000) return newest;
    }
  }

  #receive(event) {
    if (event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    this.dispatchEvent(new CustomEvent('event', { detail: event }));
    if (this.state === 'catching-up' && this.lastSeq >= this.#catchUpTarget) this.#setState('caught-up');
  }

  #setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: { state, lastSeq: this.lastSeq } }));
  }
}
