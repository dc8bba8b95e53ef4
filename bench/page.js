// The benchmark page. ?lib= chooses what it renders; the runner (bench/run.mjs) drives it through `window.bench`.
const lib = new URL(location.href).searchParams.get('lib');
const root = document.getElementById('root');
const HOUR_AGO = new Date(Date.now() - 3_600_000).toISOString();

/** The floor: plain custom elements with a shadow root holding the same text as a two-zone clock, never updated. */
class PlainClock extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<ul><li><span>Moscow</span>, <time datetime="2020-07-06T02:36:05+03:00">02:36:05</time></li>' +
      '<li><span>London</span>, <time datetime="2020-07-06T00:36:05+01:00">00:36:05</time></li></ul>';
  }
}

const libraries = {
  ours: {
    load: () => import('/dist/cdn/envoy-elements.js'),
    markup: () => '<world-clock zones="Moscow=Europe/Moscow, London=Europe/London" seconds></world-clock>',
  },
  // The same clocks with their offscreen skipping turned off by page CSS: what they cost when all are rendered.
  'ours-all-visible': {
    load: () => {
      document.head.insertAdjacentHTML('beforeend', '<style>world-clock { content-visibility: visible; }</style>');
      return import('/dist/cdn/envoy-elements.js');
    },
    markup: () => '<world-clock zones="Moscow=Europe/Moscow, London=Europe/London" seconds></world-clock>',
  },
  'relative-time': {
    load: () => import('/bench/.tmp/relative-time.js'),
    markup: () => `<relative-time datetime="${HOUR_AGO}" format="duration" precision="second"></relative-time>`,
  },
  shoelace: {
    load: () => import('/bench/.tmp/shoelace-format-date.js'),
    markup: () =>
      `<sl-format-date date="${HOUR_AGO}" time-zone="Europe/Moscow" hour="numeric" minute="numeric" second="numeric" hour-format="24"></sl-format-date>`,
    // sl-format-date formats once; a page that wants it live sets its date every second, as here.
    live: () => setInterval(() => {
      const now = new Date();
      for (const el of root.children) el.date = now;
    }, 1000),
  },
  // What Lit itself costs: a minimal Lit element showing the same text (built by run.mjs).
  'lit-floor': {
    load: () => import('/bench/.tmp/lit-floor.js'),
    markup: () => '<lit-clock></lit-clock>',
  },
  floor: {
    load: async () => customElements.define('plain-clock', PlainClock),
    markup: () => '<plain-clock></plain-clock>',
  },
  // The floor kept live by hand: one setInterval writes, each second, only what a ticking two-zone clock must
  // change (two times' text and datetime), formatted once for all elements. The least script a live clock costs.
  'floor-live': {
    load: async () => customElements.define('plain-clock', PlainClock),
    markup: () => '<plain-clock></plain-clock>',
    live: () => {
      const zones = ['Europe/Moscow', 'Europe/London'];
      const text = zones.map((timeZone) => new Intl.DateTimeFormat('en-GB', { timeZone, timeStyle: 'medium' }));
      const times = [...root.children].map((el) => [...el.shadowRoot.querySelectorAll('time')]);
      setInterval(() => {
        const now = Date.now();
        const shown = text.map((format) => format.format(now));
        const datetime = new Date(now - (now % 1000)).toISOString();
        for (const pair of times) {
          pair.forEach((time, i) => {
            time.firstChild.data = shown[i];
            time.setAttribute('datetime', datetime);
          });
        }
      }, 1000);
    },
  },
  'news-list': {
    load: () => import('/dist/cdn/envoy-elements.js'),
    markup: () => '',
  },
};

const chosen = libraries[lib];

window.bench = {
  ready: chosen.load(),

  /** Inserts `count` elements and returns the ms until all of them have rendered and been laid out. */
  async render(count) {
    const markup = chosen.markup().repeat(count);
    const start = performance.now();
    root.innerHTML = markup;
    await Promise.all([...root.children].map((el) => el.updateComplete ?? true));
    root.getBoundingClientRect();
    document.body.offsetHeight;
    const ms = performance.now() - start;
    chosen.live?.();
    return ms;
  },

  /** Pretends the page is hidden, as a browser tab in the background would be (headless tabs never are). */
  hide() {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  },

  /** Sets a news-list's src to a feed and returns the ms until its items are shown. */
  async newsList(src) {
    root.innerHTML = '<news-list limit="1000"></news-list>';
    const list = root.firstElementChild;
    await list.updateComplete;
    const start = performance.now();
    const loaded = new Promise((resolve) => list.addEventListener('envoy-load', resolve, { once: true }));
    list.src = src;
    await loaded;
    await list.updateComplete;
    const cards = [...list.shadowRoot.querySelectorAll('article-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    document.body.offsetHeight;
    return { ms: performance.now() - start, items: cards.length };
  },
};
