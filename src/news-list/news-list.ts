import { isServer, nothing, type PropertyValues } from 'lit';
import { html, literal, unsafeStatic } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { TickController } from '../internal/ticker.js';
import { FeedError, newestFirst, readItems, type NewsItem, type ReadReport, type ReadyItem } from '../internal/feeds.js';
import { isBlank, safeUrl } from '../internal/safe-url.js';
import type { Problem } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.styles.js';
import { headingLevel, headingTag } from '../internal/heading.js';
import { ArticleCard } from '../article-card/article-card.js';
import { newsListStyles } from './news-list.styles.js';

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { NewsListErrorCode, NewsListErrorDetail, NewsListErrorEvent } from '../internal/problems.js';

export type { NewsItem } from '../internal/feeds.js';

const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1';

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

/**
 * Reads a fetched feed as bytes (its own encoding decides how they read). The feed reader is a separate module,
 * loaded with the first feed, so a page that shows `items` or markup only never downloads it.
 */
async function readResponse(response: Response, url: string) {
  const [{ readFeed }, bytes] = await Promise.all([import('../internal/feed-reader.js'), response.arrayBuffer()]);
  return readFeed(bytes, response.headers.get('content-type'), url);
}

/** Problems from what reading a source had to leave out or change. */
function reportProblems(report: ReadReport): Problem[] {
  const found: Problem[] = [];
  if (report.untitled) {
    found.push({ code: 'items-left-out', input: String(report.untitled), message: `${report.untitled} item(s) without a title or text were left out` });
  }
  if (report.unsafe) {
    found.push({ code: 'unsafe-url', input: String(report.unsafe), message: `${report.unsafe} item(s) had an unsafe link or image, shown without it` });
  }
  if (report.undated) {
    found.push({ code: 'invalid-date', input: String(report.undated), message: `${report.undated} item(s) had an unreadable date, shown without it` });
  }
  if (report.unknownCharset) {
    found.push({ code: 'unknown-charset', input: report.unknownCharset, message: `unknown character encoding “${report.unknownCharset}”, read as UTF-8` });
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
 * `unknown-feed-format` (the list shows an error with Retry), `refresh-failed` (earlier items stay),
 * `items-left-out`, `unsafe-url`, `invalid-date` (items shown without the bad field), `unknown-charset` (the
 * feed was read as UTF-8), `invalid-items`,
 * `invalid-limit`, `invalid-refresh`, `invalid-heading-level`. Once per problem while it lasts.
 */
export class NewsList extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'news-list';

  static override styles = [baseStyles, visuallyHiddenStyles, newsListStyles];

  static override properties = {
    items: { attribute: false },
    src: {},
    limit: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    moreHref: { attribute: 'more-href' },
    moreLabel: { attribute: 'more-label' },
    refresh: { type: Number },
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

  private declare status: 'idle' | 'loading' | 'ready' | 'error';
  private declare fetched: { items: ReadyItem[]; report: ReadReport } | undefined;
  private declare markup: { items: ReadyItem[]; report: ReadReport } | undefined;
  private declare pollFailure: Problem | undefined;

  private failure: Problem | undefined;
  private fromItems: { items: ReadyItem[]; report: ReadReport } | undefined;
  private shown: ReadyItem[] = [];
  private source: NewsSource = 'markup';
  private found: Problem[] = [];
  /** What the last `envoy-load` announced: the source and the items shown, as JSON. */
  private announced: string | undefined;
  private request: AbortController | undefined;
  private requestCount = 0;
  private loadedAt = 0;
  private inFlight = false;
  /** The `src` that `fetched` came from. */
  private fetchedFrom: string | undefined;
  /** `more-href` when it is safe to link to. */
  private more: string | null = null;
  private observer: MutationObserver | undefined;

  private readonly ticker = new TickController(this, {
    nextChange: () => this.pollDue,
    // A catch-up wake (the tab shown again, a late timer) wakes every subscriber: poll only when one is due, or
    // when the clock was set back past the last load.
    tick: (now) => {
      if (now >= this.pollDue || now < this.loadedAt) void this.load(true);
    },
  });

  /** When the next poll is due. While a request is in flight nothing is: the next poll counts from its end. */
  private get pollDue(): number {
    return this.inFlight ? Infinity : this.loadedAt + Math.max(Number(this.refresh) || 0, 1) * 1000;
  }

  /** The cards' tag: see scopedCardRegistry. */
  private cardTag = literal`article-card`;

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
      this.cardTag = unsafeStatic(PRIVATE_CARD_TAG);
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readMarkup();
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.type !== 'attributes' || record.target !== this)) this.readMarkup();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // Back in the page: load what is missing, including a `src` that changed while the element was out of it.
    if (this.hasUpdated && this.usesSrc && (this.status !== 'ready' || this.fetchedFrom !== this.src)) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.request?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }

  /** Loads `src` again now (what the Retry button does). */
  reload(): Promise<void> {
    return this.load();
  }

  private get usesSrc(): boolean {
    return this.items == null && !!this.src;
  }

  private readMarkup(): void {
    this.markup = readItems(itemsFromMarkup(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new source starts loading within this update (status and all), so the first render already shows it.
    if (!isServer && (changed.has('src') || changed.has('items')) && this.usesSrc && this.isConnected) void this.load();
    if (!isServer && changed.has('src') && !this.usesSrc) this.request?.abort();
    const found: Problem[] = [];
    let read: { items: ReadyItem[]; report: ReadReport } | undefined;
    if (this.items != null) {
      this.source = 'items';
      // Items are read (text made plain, URLs checked) when they change, not at every update.
      if (changed.has('items')) this.fromItems = Array.isArray(this.items) ? readItems(this.items) : undefined;
      read = this.fromItems;
      if (!read) found.push({ code: 'invalid-items', message: 'items must be an array of { title, href?, date?, summary?, image?, imageAlt? }' });
    } else if (this.src) {
      this.source = 'src';
      // Until the feed arrives, server-rendered items (if any) stay on show.
      read = this.fetched ?? (this.markup?.items.length ? this.markup : undefined);
      if (this.status === 'error' && this.failure) found.push(this.failure);
      if (this.pollFailure) found.push(this.pollFailure);
    } else {
      this.source = 'markup';
      read = this.markup;
    }
    if (read) found.push(...reportProblems(read.report));
    const limit = Number(this.limit);
    if (!(limit >= 1)) found.push({ code: 'invalid-limit', input: String(this.limit) });
    if (this.refresh != null && !(Number(this.refresh) > 0)) found.push({ code: 'invalid-refresh', input: String(this.refresh) });
    if (this.headingLevel != null && headingLevel(this.headingLevel, 0) === 0) {
      found.push({ code: 'invalid-heading-level', input: String(this.headingLevel) });
    }
    if (changed.has('moreHref')) this.more = safeUrl(this.moreHref, 'link');
    if (!this.more && !isBlank(this.moreHref)) found.push({ code: 'unsafe-url', input: String(this.moreHref) });
    this.found = found;
    if (['items', 'src', 'limit', 'fetched', 'markup'].some((key) => changed.has(key as keyof NewsList)) || !read) {
      this.shown = read ? newestFirst(read.items).slice(0, limit >= 1 ? Math.floor(limit) : 10) : [];
    }
    this.ticker.enabled = this.usesSrc && Number(this.refresh) > 0 && (this.status === 'ready' || this.status === 'error');
  }

  protected override updated(): void {
    this.problems.report(this.found);
    const settled = this.source === 'src' ? this.status === 'ready' : this.source === 'items' || this.markup;
    // Announced when what is shown changes, not when the same items come again (a reconnect, an unchanged poll).
    const shown = settled && JSON.stringify([this.source, this.shown]);
    if (shown && this.announced !== shown) {
      this.announced = shown;
      this.dispatchEvent(new EnvoyLoadEvent({ count: this.shown.length, source: this.source }));
    }
  }

  /** Fetches `src`; a newer call aborts this one, and a late answer never overwrites a newer one. */
  private async load(poll = false): Promise<void> {
    const src = this.src;
    if (!src) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const id = ++this.requestCount;
    this.inFlight = true;
    if (!poll) {
      this.status = 'loading';
      this.failure = undefined;
      this.pollFailure = undefined;
      // Another feed's items are not "earlier news" of this one.
      if (this.fetchedFrom !== src) this.fetched = undefined;
    }
    let failure: Problem | undefined;
    try {
      // A poll revalidates with the server instead of taking the browser's cached copy.
      const response = await fetch(src, { signal: request.signal, headers: { accept: ACCEPT }, cache: poll ? 'no-cache' : 'default' });
      if (!response.ok) {
        failure = { code: 'http-error', input: src, message: `HTTP ${response.status} ${response.statusText} from ${src}` };
      } else {
        const read = await readResponse(response, response.url || new URL(src, document.baseURI).href);
        if (id !== this.requestCount) return;
        this.fetched = read;
        this.fetchedFrom = src;
        this.status = 'ready';
        this.pollFailure = undefined;
      }
    } catch (error) {
      if (id !== this.requestCount) return;
      if (request.signal.aborted) {
        this.inFlight = false; // aborted by a disconnect: the next connect starts afresh
        return;
      }
      failure =
        error instanceof FeedError
          ? { code: error.code, input: src, message: `${error.message} at ${src}` }
          : { code: 'network-error', input: src, message: `could not fetch ${src}: ${(error as Error).message}` };
    }
    if (id !== this.requestCount) return;
    this.inFlight = false;
    this.loadedAt = Date.now();
    if (failure) {
      if (poll && this.fetched) {
        this.pollFailure = { ...failure, code: 'refresh-failed', message: `refresh failed, earlier news kept: ${failure.message}` };
      } else {
        this.failure = failure;
        this.status = 'error';
      }
    }
    this.ticker.refresh();
  }

  protected override render() {
    const level = headingLevel(this.headingLevel, 2);
    const tag = headingTag(level);
    return html`<section part="base">
      ${this.heading ? html`<${tag} part="heading">${this.heading}</${tag}>` : nothing}
      ${this.renderBody(Math.min(level + 1, 6))}
      ${this.more ? html`<a part="more" href=${this.more}>${this.moreLabel || msg('All messages', { id: 'news-list.more' })}</a>` : nothing}
    </section>`;
  }

  private renderBody(cardLevel: number) {
    if (this.source === 'markup' && !this.markup) return html`<slot></slot>`;
    const loading = this.source === 'src' && (this.status === 'loading' || this.status === 'idle');
    const failed = this.source === 'src' && (this.status === 'error' || !!this.pollFailure);
    if (loading && this.shown.length === 0) {
      const rows = Math.min(Math.max(Math.floor(Number(this.limit)) || 1, 1), 3);
      return html`<ul part="list" role="list" aria-busy="true">
        ${Array.from(
          { length: rows },
          (_, index) =>
            html`<li part="placeholder" aria-hidden=${index === 0 ? nothing : 'true'}>
              <span></span><span></span><span></span>
              ${index === 0 ? html`<span class="visually-hidden">${msg('Loading news…', { id: 'news-list.loading' })}</span>` : nothing}
            </li>`,
        )}
      </ul>`;
    }
    if (failed && this.shown.length === 0) {
      return html`<p part="error" role="alert">
        ${msg('The news could not be loaded.', { id: 'news-list.error' })}
        ${this.retryButton()}
      </p>`;
    }
    if (this.shown.length === 0) {
      return html`<p part="empty">${msg('No news yet.', { id: 'news-list.empty' })}</p>`;
    }
    return html`<ul part="list" role="list" aria-busy=${loading ? 'true' : 'false'}>
        ${this.shown.map(
          (item) => html`<li part="item">
            <${this.cardTag}
              part="card"
              variant="compact"
              heading=${item.title}
              heading-level=${cardLevel}
              href=${item.href ?? nothing}
              date=${item.date?.datetime ?? nothing}
              image=${item.image ?? nothing}
              image-alt=${item.imageAlt || nothing}
              >${item.summary}</${this.cardTag}
            >
          </li>`,
        )}
      </ul>
      ${failed
        ? html`<p part="notice">
            ${this.fetched
              ? msg('The news could not be refreshed; showing the earlier news.', { id: 'news-list.refresh-failed' })
              : msg('The latest news could not be loaded.', { id: 'news-list.markup-kept' })}
            ${this.fetched ? nothing : this.retryButton()}
          </p>`
        : nothing}`;
  }

  private retryButton() {
    return html`<button part="retry" type="button" @click=${() => this.load()}>${msg('Retry', { id: 'news-list.retry' })}</button>`;
  }
}
