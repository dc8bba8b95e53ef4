import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { TickController } from '../internal/ticker.js';
import { FeedError, newestFirst, readItems, type NewsItem, type ReadReport, type ReadyItem } from '../internal/feeds.js';
import { safeUrl } from '../internal/safe-url.js';
import { isBlank, type Problem, type NewsListErrorCode } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { boxStyles } from '../internal/box.styles.js';
import { buttonStyles } from '../internal/button.styles.js';
import { retryIcon } from '../internal/icons.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.styles.js';
import { heading, headingLevel } from '../internal/heading.js';
import { ArticleCard } from '../article-card/article-card.js';
import { newsListStyles } from './news-list.styles.js';

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { NewsListErrorCode, NewsListErrorDetail, NewsListErrorEvent } from '../internal/problems.js';

export type { NewsItem } from '../internal/feeds.js';

const ACCEPT = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,*/*;q=0.1';

/** Where the shown items came from. */
export type NewsSource = 'items' | 'src' | 'markup';

/** What `envoy-load` carries: how many items are shown (after `limit`) and where they came from. */
export interface EnvoyLoadDetail {
  count: number;
  source: NewsSource;
}

/** Fired by `<news-list>` each time it shows a new set of items. Bubbles and is composed. */
export class EnvoyLoadEvent extends CustomEvent<EnvoyLoadDetail> {
  constructor(detail: EnvoyLoadDetail) {
    super('envoy-load', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'envoy-load': EnvoyLoadEvent;
  }
  interface HTMLElementEventMap {
    'envoy-load': EnvoyLoadEvent;
  }
}

/**
 * The cards are `<article-card>`s of this library, whatever the page calls `<article-card>` (another library's
 * element, another copy of ours). Where the browser has scoped custom element registries, each list's shadow root
 * gets a registry in which `article-card` is our card. Elsewhere, and in a shadow root that came server-rendered
 * (it has the page's registry), the cards keep the name `article-card` when the page's is our card and are
 * otherwise `<envoy-news-article-card>`, our card under a name of its own.
 */
const PRIVATE_CARD_TAG = 'envoy-news-article-card';
let cardRegistry: CustomElementRegistry | null | undefined;

/** The registry for the lists' shadow roots, or null where the browser cannot make one ("Illegal constructor"). */
function scopedCardRegistry(): CustomElementRegistry | null {
  if (cardRegistry === undefined) {
    try {
      cardRegistry = new CustomElementRegistry();
      ArticleCard.define('article-card', cardRegistry);
    } catch {
      cardRegistry = null;
    }
  }
  return cardRegistry;
}

const isOurCard = (element: CustomElementConstructor | undefined) => element === ArticleCard || element?.prototype instanceof ArticleCard;

/** Reads server-rendered `<article>` items from the light DOM (see the README for the markup). */
function itemsFromMarkup(host: HTMLElement): NewsItem[] {
  return [...host.querySelectorAll('article')].map((article) => {
    const link = article.querySelector('a[href]');
    const heading = article.querySelector('h1, h2, h3, h4, h5, h6') ?? link;
    const image = article.querySelector('img');
    return {
      title: heading?.textContent ?? '',
      href: link?.getAttribute('href') ?? undefined,
      date: article.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
      summary: article.querySelector('p')?.textContent ?? undefined,
      image: image?.getAttribute('src') ?? undefined,
      imageAlt: image?.getAttribute('alt') ?? undefined,
    };
  });
}

/** Seconds a request may take, headers and body, when `timeout` is not set. */
const DEFAULT_TIMEOUT = 15;

/** The feed reader: a separate module, so a page that shows `items` or markup only never downloads it. */
const feedReader = () => import('../internal/feed-reader.js');

/** When a `Retry-After` header (seconds, or an HTTP date) lets the next request go, or 0. */
function retryAfter(response: Response, now: number): number {
  const value = response.headers.get('retry-after')?.trim() ?? '';
  // An HTTP date is IMF-fixdate (RFC 9110), the one form every Date.parse reads the same way.
  const at = /^\d+$/.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  return at > now ? at : 0;
}

/** Problems from what reading a source had to leave out or change. */
function reportProblems(report: ReadReport): Problem<NewsListErrorCode>[] {
  const found: Problem<NewsListErrorCode>[] = [];
  if (report.untitled) {
    found.push({ code: 'items-left-out', input: String(report.untitled), message: `items-left-out: ${report.untitled} (no title or text)` });
  }
  if (report.unsafe) {
    found.push({ code: 'unsafe-url', input: String(report.unsafe), message: `unsafe-url: ${report.unsafe} item(s), shown without it` });
  }
  if (report.undated) {
    found.push({ code: 'invalid-date', input: String(report.undated), message: `invalid-date: ${report.undated} item(s), shown without it` });
  }
  if (report.unknownCharset) {
    found.push({ code: 'unknown-charset', input: report.unknownCharset, message: `unknown-charset: "${report.unknownCharset}", read as UTF-8` });
  }
  return found;
}

/**
 * A list of news: the "Latest events" of the embassy page. Items come from the `items` property, from a JSON
 * Feed, RSS or Atom document at `src`, or from server-rendered `<article>` children, which show before the
 * script runs and when scripts are off. Each item is an `<article-card variant="compact">`.
 *
 * Feed text is always text: plain text stays as written, HTML is reduced to the text a reader would see, and
 * only http(s), relative, mailto and tel links (http(s) and relative images, never audio or video) are kept.
 *
 * @tagname news-list
 * @summary The "Latest events" list, from a feed, from data or from server-rendered markup.
 *
 * @slot - Server-rendered items: `<article>` elements, each with an `<a href>` (or a heading) for the title, and
 * optionally `<time datetime>`, `<p>` (summary) and `<img>`. Shown as they are until the element upgrades.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The list heading (`<h2>` by default, per `heading-level`).
 * @csspart list - The list (`<ul>`), `aria-busy` while loading.
 * @csspart item - One item (`<li>`).
 * @csspart card - The `<article-card>` of an item (style it further with `--envoy-article-card-*`).
 * @csspart placeholder - A loading placeholder row.
 * @csspart empty - The "No news yet" message.
 * @csspart error - The error message with its Retry button.
 * @csspart retry - The Retry button.
 * @csspart more - The link to the full archive.
 * @csspart notice - A notice (e.g. a refresh failed while the earlier news stays shown).
 *
 * @cssproperty --envoy-news-list-color - Text colour. Default: inherited.
 * @cssproperty --envoy-news-list-font-family - Font family. Default: inherited.
 * @cssproperty --envoy-news-list-heading-color - Heading colour. Default: inherited.
 * @cssproperty --envoy-news-list-heading-font-size - Heading size. Default: `1.5em`.
 * @cssproperty --envoy-news-list-heading-font-weight - Heading weight. Default: `700`.
 * @cssproperty --envoy-news-list-gap - Space between items. Default: `1.25em`.
 * @cssproperty --envoy-news-list-divider - Line between items. Default: a hairline in the text colour.
 * @cssproperty --envoy-news-list-placeholder-height - Height of a loading placeholder row. Default: `5.5em`.
 * @cssproperty --envoy-news-list-more-color - Colour of the archive link. Default: inherited.
 * @cssproperty --envoy-news-list-focus-color - Focus ring colour. Default: blue, light or dark to suit.
 * @cssproperty --envoy-notice-color - Colour of notices (shared by all envoy elements). Default: red, light or dark to suit.
 *
 * @fires {EnvoyLoadEvent} envoy-load - The items shown changed (not on a reconnect, nor for a poll that brings the
 * same items): `detail.count` (after `limit`) and `detail.source` (`items`, `src` or `markup`). Also for an empty
 * list (count 0).
 * @fires {NewsListErrorEvent} envoy-error - `detail.code`: `http-error`, `network-error`, `malformed-feed`,
 * `unknown-feed-format`, `trusted-types-refused`, `timeout`, `feed-too-large` (the list shows an error with Retry),
 * `refresh-failed` (earlier items stay),
 * `items-left-out`, `unsafe-url`, `invalid-date` (items shown without the bad field), `unknown-charset` (the
 * feed was read as UTF-8), `invalid-items`,
 * `invalid-limit`, `invalid-refresh`, `invalid-timeout`, `invalid-heading-level`, `unsupported-lang`. Once per
 * problem while it lasts.
 */
export class NewsList extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'news-list';

  static override styles = [baseStyles, boxStyles, buttonStyles, visuallyHiddenStyles, newsListStyles];

  static override properties = {
    items: { attribute: false },
    src: {},
    limit: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    moreHref: { attribute: 'more-href' },
    moreLabel: { attribute: 'more-label' },
    refresh: { type: Number },
    timeout: { type: Number },
    status: { state: true },
    fetched: { state: true },
    markup: { state: true },
    pollFailure: { state: true },
  };

  /** The news as data: `Array<{ title, href?, date?, summary?, image?, imageAlt? }>`. Wins over `src`. */
  declare items?: NewsItem[];

  /**
   * The URL of a JSON Feed 1.0/1.1, RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document (told apart by content), in any
   * encoding its BOM, `Content-Type` or XML declaration names. Changing it aborts the request in flight.
   */
  declare src?: string;

  /** The most items to show, newest first. Default: 10. */
  limit = 10;

  /** The list heading, e.g. "Latest events". */
  declare heading?: string;

  /** The list heading's level, 2-6 (the cards' headings are one level below). Default: 2. */
  declare headingLevel?: number | string;

  /** The URL of the full archive; shown as a link after the list. */
  declare moreHref?: string;

  /** The archive link's text. Default: "All messages", localized. */
  declare moreLabel?: string;

  /** Re-load `src` every this many seconds (through the page's shared timer); a failed poll keeps the items. */
  declare refresh?: number;

  /** Seconds a request may take, the body included, before the list gives up and shows its error. Default: 15. */
  declare timeout?: number;

  private declare status: 'idle' | 'loading' | 'ready' | 'error';
  private declare fetched: { items: ReadyItem[]; report: ReadReport } | undefined;
  private declare markup: { items: ReadyItem[]; report: ReadReport } | undefined;
  private declare pollFailure: Problem<NewsListErrorCode> | undefined;

  #failure: Problem<NewsListErrorCode> | undefined;
  #fromItems: { items: ReadyItem[]; report: ReadReport } | undefined;
  #shown: ReadyItem[] = [];
  #source: NewsSource = 'markup';
  #found: Problem<NewsListErrorCode>[] = [];
  /** What the last `envoy-load` announced: the source and the items shown, as JSON. */
  #announced: string | undefined;
  #request: AbortController | undefined;
  #requestCount = 0;
  #loadedAt = 0;
  /** Not before this instant may the next poll go: the server's `Retry-After` (HTTP 429, 503). */
  #retryAt = 0;
  #inFlight = false;
  /** The `src` that `fetched` came from. */
  #fetchedFrom: string | undefined;
  /** `more-href` when it is safe to link to. */
  #more: string | null = null;
  #observer: MutationObserver | undefined;

  readonly #ticker = new TickController(this, {
    nextChange: () => this.#pollDue,
    // A catch-up wake (the tab shown again, a late timer) wakes every subscriber: poll only when one is due, or
    // when the clock was set back past the last load.
    tick: (now) => {
      if (now >= this.#pollDue || now < this.#loadedAt) void this.#load(true);
    },
  });

  /** When the next poll is due. While a request is in flight nothing is: the next poll counts from its end. */
  get #pollDue(): number {
    return this.#inFlight ? Infinity : Math.max(this.#loadedAt + Math.max(Number(this.refresh) || 0, 1) * 1000, this.#retryAt);
  }

  /** Whether the cards go by their private tag (see scopedCardRegistry). */
  #privateCards = false;

  constructor() {
    super();
    this.status = 'idle';
  }

  /** @internal Gives the list's shadow root the cards' registry (see scopedCardRegistry). */
  override attachShadow(init: ShadowRootInit): ShadowRoot {
    const customElementRegistry = scopedCardRegistry();
    return super.attachShadow(customElementRegistry ? { ...init, customElementRegistry } : init);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    const registry = (root as ShadowRoot).customElementRegistry;
    if (registry && registry === cardRegistry) {
      // Lit clones its templates with document.importNode, which would make the cards in the page's registry.
      this.renderOptions.creationScope = {
        importNode: (node, deep) => document.importNode(node, { selfOnly: deep === false, customElementRegistry: registry }),
      };
    } else if (!isOurCard(customElements.get('article-card'))) {
      ArticleCard.define(PRIVATE_CARD_TAG);
      this.#privateCards = true;
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readMarkup();
    this.#observer = new MutationObserver((records) => {
      if (records.some((record) => record.type !== 'attributes' || record.target !== this)) this.#readMarkup();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // Back in the page: load what is missing, including a `src` that changed while the element was out of it.
    if (this.hasUpdated && this.#usesSrc && (this.status !== 'ready' || this.#fetchedFrom !== this.src)) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#request?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }

  /** Loads `src` again now (what the Retry button does). */
  reload(): Promise<void> {
    return this.#load();
  }

  get #usesSrc(): boolean {
    return this.items == null && !!this.src;
  }

  #readMarkup(): void {
    this.markup = readItems(itemsFromMarkup(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new source starts loading within this update (status and all), so the first render already shows it.
    if (!isServer && (changed.has('src') || changed.has('items')) && this.#usesSrc && this.isConnected) void this.#load();
    if (!isServer && changed.has('src') && !this.#usesSrc) this.#request?.abort();
    const found: Problem<NewsListErrorCode>[] = [];
    let read: { items: ReadyItem[]; report: ReadReport } | undefined;
    if (this.items != null) {
      this.#source = 'items';
      // Items are read (text made plain, URLs checked) when they change, not at every update.
      if (changed.has('items')) this.#fromItems = Array.isArray(this.items) ? readItems(this.items) : undefined;
      read = this.#fromItems;
      if (!read) found.push({ code: 'invalid-items', message: 'invalid-items: not an array of { title, … }' });
    } else if (this.src) {
      this.#source = 'src';
      // Until the feed arrives, server-rendered items (if any) stay on show.
      read = this.fetched ?? (this.markup?.items.length ? this.markup : undefined);
      if (this.status === 'error' && this.#failure) found.push(this.#failure);
      if (this.pollFailure) found.push(this.pollFailure);
    } else {
      this.#source = 'markup';
      read = this.markup;
    }
    if (read) found.push(...reportProblems(read.report));
    const limit = Number(this.limit);
    if (!(limit >= 1)) found.push({ code: 'invalid-limit', input: String(this.limit) });
    if (this.refresh != null && !(Number(this.refresh) > 0)) found.push({ code: 'invalid-refresh', input: String(this.refresh) });
    if (this.timeout != null && !(Number(this.timeout) > 0)) found.push({ code: 'invalid-timeout', input: String(this.timeout) });
    if (this.headingLevel != null && headingLevel(this.headingLevel, 0) === 0) {
      found.push({ code: 'invalid-heading-level', input: String(this.headingLevel) });
    }
    if (changed.has('moreHref')) this.#more = safeUrl(this.moreHref, 'link');
    if (!this.#more && !isBlank(this.moreHref)) found.push({ code: 'unsafe-url', input: String(this.moreHref) });
    this.#found = found;
    if (['items', 'src', 'limit', 'fetched', 'markup'].some((key) => changed.has(key as keyof NewsList)) || !read) {
      this.#shown = read ? newestFirst(read.items).slice(0, limit >= 1 ? Math.floor(limit) : 10) : [];
    }
    this.#ticker.enabled = this.#usesSrc && Number(this.refresh) > 0 && (this.status === 'ready' || this.status === 'error');
  }

  protected override updated(): void {
    this.problems.report(this.#found);
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = this.status === 'loading';
      this.renderRoot.querySelector<HTMLElement>('[part~="retry"], [part~="list"]')?.focus();
    }
    const settled = this.#source === 'src' ? this.status === 'ready' : this.#source === 'items' || this.markup;
    // Announced when what is shown changes, not when the same items come again (a reconnect, an unchanged poll).
    const shown = settled && JSON.stringify([this.#source, this.#shown]);
    if (shown && this.#announced !== shown) {
      this.#announced = shown;
      this.dispatchEvent(new EnvoyLoadEvent({ count: this.#shown.length, source: this.#source }));
    }
  }

  /** Fetches `src`; a newer call aborts this one, and a late answer never overwrites a newer one. */
  async #load(poll = false): Promise<void> {
    const src = this.src;
    if (!src) return;
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const id = ++this.#requestCount;
    this.#inFlight = true;
    if (!poll) {
      this.status = 'loading';
      this.#failure = undefined;
      this.pollFailure = undefined;
      // Another feed's items are not "earlier news" of this one.
      if (this.#fetchedFrom !== src) this.fetched = undefined;
    }
    // The reader downloads while the feed does.
    const reader = feedReader();
    reader.catch(() => undefined);
    let timedOut = false;
    const seconds = Number(this.timeout) > 0 ? Number(this.timeout) : DEFAULT_TIMEOUT;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, seconds * 1000);
    let failure: Problem<NewsListErrorCode> | undefined;
    try {
      // A poll revalidates with the server instead of taking the browser's cached copy.
      const response = await fetch(src, { signal: request.signal, headers: { accept: ACCEPT }, cache: poll ? 'no-cache' : 'default' });
      const url = response.url || new URL(src, document.baseURI).href;
      this.#retryAt = retryAfter(response, Date.now());
      let read: NewsList['fetched'];
      if (response.status === 204) {
        // No content: the server has no news.
        read = { items: [], report: { untitled: 0, unsafe: 0, undated: 0 } };
      } else if (response.status === 304 && this.fetched && this.#fetchedFrom === src) {
        // Not modified: what is shown is still right.
        read = this.fetched;
      } else if (!response.ok) {
        failure = { code: 'http-error', input: src, message: `http-error: ${response.status} at ${src}` };
      } else {
        read = await (await reader).readResponse(response, url);
      }
      if (id !== this.#requestCount) return;
      if (read) {
        this.fetched = read;
        this.#fetchedFrom = src;
        this.status = 'ready';
        this.pollFailure = undefined;
      }
    } catch (error) {
      if (id !== this.#requestCount) return;
      if (request.signal.aborted && !timedOut) {
        this.#inFlight = false; // aborted by a disconnect: the next connect starts afresh
        return;
      }
      failure = timedOut
        ? { code: 'timeout', input: src, message: `timeout: ${seconds} s at ${src}` }
        : error instanceof FeedError
          ? { code: error.code, input: src, message: `${error.code}: ${error.message} at ${src}` }
          : { code: 'network-error', input: src, message: `network-error: ${src} (${(error as Error).message})` };
    } finally {
      clearTimeout(timer);
    }
    if (id !== this.#requestCount) return;
    this.#inFlight = false;
    this.#loadedAt = Date.now();
    if (failure) {
      if (poll && this.fetched) {
        this.pollFailure = { ...failure, code: 'refresh-failed', message: `refresh-failed, earlier news kept: ${failure.message}` };
      } else {
        this.#failure = failure;
        this.status = 'error';
      }
    }
    this.#ticker.refresh();
  }

  protected override render() {
    const level = headingLevel(this.headingLevel, 2);
    const failed = this.#source === 'src' && (this.status === 'error' || !!this.pollFailure);
    // Said once, politely, when it first shows: a status region that is always there, in the same place, and only
    // changes its text (an alert would interrupt the reader, and again at every render).
    const announcement = failed
      ? this.#shown.length === 0
        ? msg('The news could not be loaded.', { id: 'news-list.error' })
        : this.fetched
          ? msg('The news could not be refreshed; showing the earlier news.', { id: 'news-list.refresh-failed' })
          : msg('The latest news could not be loaded.', { id: 'news-list.markup-kept' })
      : '';
    return html`<section part="base">
      ${this.heading ? heading(level, this.heading) : nothing}
      ${this.#renderBody(Math.min(level + 1, 6), failed, announcement)}
      ${this.#more ? html`<a part="more" href=${this.#more}>${this.moreLabel || msg('All messages', { id: 'news-list.more' })}</a>` : nothing}
      <p class="visually-hidden" role="status">${announcement}</p>
    </section>`;
  }

  #renderBody(cardLevel: number, failed: boolean, announcement: string) {
    if (this.#source === 'markup' && !this.markup) return html`<slot></slot>`;
    const loading = this.#source === 'src' && (this.status === 'loading' || this.status === 'idle');
    if (failed && this.#shown.length === 0) {
      return html`<p part="error"><span>${announcement}</span> ${this.#retryButton()}</p>`;
    }
    if (this.#shown.length === 0 && !loading) {
      return html`<p part="empty">${msg('No news yet.', { id: 'news-list.empty' })}</p>`;
    }
    // One list element whether it holds placeholders or items, so focus on it (after Retry) stays when they come.
    const rows = Math.min(Math.max(Math.floor(Number(this.limit)) || 1, 1), 3);
    return html`<ul part="list" role="list" tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>${this.#shown.length === 0
        ? Array.from(
            { length: rows },
            (_, index) =>
              html`<li part="placeholder" aria-hidden=${index === 0 ? nothing : 'true'}>
                <span></span><span></span><span></span>
                ${index === 0 ? html`<span class="visually-hidden">${msg('Loading news…', { id: 'news-list.loading' })}</span>` : nothing}
              </li>`,
          )
        : this.#shown.map((item) => html`<li part="item">${this.#card(item, cardLevel)}</li>`)}</ul>
      ${failed ? html`<p part="notice"><span>${announcement}</span> ${this.fetched ? nothing : this.#retryButton()}</p>` : nothing}`;
  }

  /**
   * An item's card, under the tag that is ours here (see scopedCardRegistry). Two plain templates rather than one
   * with a static tag: Lit's static templates would cost every bundle more than the second template.
   */
  #card(item: ReadyItem, level: number) {
    const href = item.href ?? nothing;
    const date = item.date?.datetime ?? nothing;
    const image = item.image ?? nothing;
    const alt = item.imageAlt || nothing;
    return this.#privateCards
      ? html`<envoy-news-article-card part="card" variant="compact" heading=${item.title} heading-level=${level} href=${href} date=${date} image=${image} image-alt=${alt}>${item.summary}</envoy-news-article-card>`
      : html`<article-card part="card" variant="compact" heading=${item.title} heading-level=${level} href=${href} date=${date} image=${image} image-alt=${alt}>${item.summary}</article-card>`;
  }

  #retryButton() {
    return html`<button part="retry" type="button" @click=${this.#retry}>${retryIcon()}${msg('Retry', { id: 'news-list.retry' })}</button>`;
  }

  /**
   * Retry takes its button away while the news loads: focus goes to the list, which stays through loading and
   * the items that follow, or to the Retry button that comes back if it fails again. Focus is never left on
   * nothing.
   */
  #retry = () => {
    this.#focusAfterUpdate = true;
    void this.#load();
  };

  #focusAfterUpdate = false;
}
