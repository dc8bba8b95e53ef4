// The page's own script under the strict policy (an external file: the policy allows no inline script). It records
// every policy violation and console error from the start, loads the library the query names, waits for every
// element, and reports what it saw to the test in the parent page.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`),
);
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
const consoleError = console.error;
console.error = (...args) => {
  errors.push(args.map(String).join(' '));
  consoleError(...args);
};

const BUNDLES = {
  npm: '/dist/index.js',
  cdn: '/dist/cdn/envoy-elements.js',
  widget: '/dist/cdn/days-since.js',
};
const query = new URLSearchParams(location.search);
const bundle = query.get('bundle') ?? 'npm';
const newsErrors = [];
document.addEventListener('envoy-error', (event) => {
  if (event.target.id === 'feed') newsErrors.push(event.detail.code);
});

const text = (el, part) => el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? null;

async function run() {
  await import(BUNDLES[bundle]);
  const tags = bundle === 'widget' ? ['days-since'] : ['world-clock', 'days-since', 'article-card', 'news-list', 'consular-contact'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  if (tags.includes('news-list')) {
    const feed = document.querySelector('#feed');
    await new Promise((resolve) => {
      if (feed.shadowRoot?.querySelector('article-card')) resolve();
      feed.addEventListener('envoy-load', resolve, { once: true });
      feed.addEventListener('envoy-error', resolve, { once: true });
      setTimeout(resolve, 3000);
    });
  }
  const elements = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(elements.map((el) => el.updateComplete));
  const cards = [...document.querySelectorAll(tags.includes('news-list') ? 'news-list' : 'none')].flatMap((list) => [...list.shadowRoot.querySelectorAll('article-card')]);
  await Promise.all(cards.map((card) => card.updateComplete));
  // A Copy click, a Retry-free reload, a language change: behaviour, not only first render.
  document.documentElement.lang = 'ru';
  await new Promise((resolve) => setTimeout(resolve, 300));
  await Promise.all(elements.map((el) => el.updateComplete));
  const card = document.querySelector('article-card');
  const excerpt = card?.shadowRoot?.querySelector('[part~="excerpt"]');
  const report = {
    violations,
    errors,
    days: text(document.querySelector('days-since'), 'count'),
    clock: tags.includes('world-clock') ? text(document.querySelector('world-clock'), 'time') : null,
    clamp: excerpt ? getComputedStyle(excerpt).webkitLineClamp : null,
    newsTitles: tags.includes('news-list') ? cards.map((c) => c.heading) : [],
    newsSummaries: tags.includes('news-list') ? cards.map((c) => c.textContent.replace(/\s+/g, ' ').trim()) : [],
    phoneLink: tags.includes('consular-contact')
      ? document.querySelector('consular-contact').shadowRoot.querySelector('[part~="phone"]').getAttribute('href')
      : null,
    status: tags.includes('consular-contact') ? text(document.querySelector('consular-contact'), 'status') : null,
    styled: getComputedStyle(document.querySelector('days-since').shadowRoot.querySelector('[part~="count"]')).fontWeight,
    trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
    newsErrors,
    newsErrorShown: tags.includes('news-list') ? text(document.querySelector('#feed'), 'error') : null,
    markupTitles: tags.includes('news-list')
      ? [...document.querySelector('#markup').shadowRoot.querySelectorAll('article-card')].map((c) => c.heading)
      : [],
  };
  parent.postMessage({ csp: report }, location.origin);
}

run().catch((error) => {
  errors.push(`run: ${error}`);
  parent.postMessage({ csp: { violations, errors } }, location.origin);
});
