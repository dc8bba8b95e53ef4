import { html, nothing, type PropertyValues } from 'lit';
import { heading, headingLevel } from '../internal/heading.js';
import { msg } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { safeUrl } from '../internal/safe-url.js';
import { formatShownDate, readShownDate, type ShownDate } from '../internal/dates.js';
import { isBlank, type Problem, type ArticleCardErrorCode } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { boxStyles } from '../internal/box.styles.js';
import { articleCardStyles } from './article-card.styles.js';

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { ArticleCardErrorCode, ArticleCardErrorDetail, ArticleCardErrorEvent } from '../internal/problems.js';

const VARIANTS = ['featured', 'compact'];

/** The most lines of excerpt to show, from `clamp`, or 0 for no clamp. */
const clampLines = (clamp: unknown) => (Number(clamp) >= 1 ? Math.floor(Number(clamp)) : 0);


/**
 * An article teaser: an optional image, a kicker ("Speeches, interviews, articles"), the heading, the date and
 * an excerpt. With `href` the whole card is clickable, yet there is exactly one link, named by the heading.
 *
 * @tagname article-card
 * @summary The featured article of the embassy page, or one item of a news list.
 *
 * @slot - The excerpt: text or paragraphs, clamped to `clamp` lines when set.
 *
 * @csspart base - The card (an `<article>`).
 * @csspart image - The image (lazy-loaded, fixed aspect ratio).
 * @csspart body - Everything but the image.
 * @csspart kicker - The category line above the heading.
 * @csspart heading - The heading (`<h2>`-`<h6>`, per `heading-level`).
 * @csspart link - The link inside the heading; its hit area covers the card.
 * @csspart date - The date (a `<time datetime>`).
 * @csspart excerpt - The wrapper of the slotted excerpt.
 * @csspart notice - A bad-input notice (missing heading, unsafe link, unreadable date).
 *
 * @cssproperty --envoy-article-card-color - Text colour. Default: inherited.
 * @cssproperty --envoy-article-card-font-family - Font family. Default: inherited.
 * @cssproperty --envoy-article-card-background - Card background. Default: `transparent`.
 * @cssproperty --envoy-article-card-padding - Card padding. Default: `0`.
 * @cssproperty --envoy-article-card-border-radius - Card corners (and the focus ring's). Default: `0.5em`.
 * @cssproperty --envoy-article-card-gap - Space between image and text. Default: `0.75em`.
 * @cssproperty --envoy-article-card-image-aspect-ratio - Image aspect ratio. Default: `16 / 9`.
 * @cssproperty --envoy-article-card-image-border-radius - Image corners. Default: `0.375em`.
 * @cssproperty --envoy-article-card-thumbnail-size - Image width in the `compact` variant. Default: `6em`.
 * @cssproperty --envoy-article-card-kicker-color - Kicker colour. Default: inherited.
 * @cssproperty --envoy-article-card-kicker-text-transform - Kicker case. Default: `uppercase`.
 * @cssproperty --envoy-article-card-heading-color - Heading colour. Default: inherited.
 * @cssproperty --envoy-article-card-heading-font-size - Heading size. Default: `1.15em` (`1.5em` featured, `1em` compact).
 * @cssproperty --envoy-article-card-heading-font-weight - Heading weight. Default: `700`.
 * @cssproperty --envoy-article-card-link-color - Link (heading) colour. Default: inherited.
 * @cssproperty --envoy-article-card-focus-color - Focus ring colour. Default: blue, light or dark to suit.
 * @cssproperty --envoy-article-card-date-color - Date colour. Default: inherited.
 * @cssproperty --envoy-notice-color - Colour of bad-input notices (shared by all envoy elements). Default: red, light or dark to suit.
 *
 * @fires {ArticleCardErrorEvent} envoy-error - Bad input: `detail.code` is `missing-heading`, `unsafe-url` (the
 * `href` or `image`, not rendered), `invalid-date`, `invalid-heading-level`, `invalid-variant` or
 * `invalid-clamp`. Once per problem while it lasts.
 */
export class ArticleCard extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'article-card';

  static override styles = [baseStyles, boxStyles, articleCardStyles];

  static override properties = {
    heading: {},
    href: {},
    date: {},
    kicker: {},
    headingLevel: { attribute: 'heading-level' },
    image: {},
    imageAlt: { attribute: 'image-alt' },
    clamp: {},
    variant: { reflect: true },
  };

  /** The article's title; it is also the accessible name of the card's link. */
  declare heading?: string;

  /** Where the card leads. Only http(s), relative, mailto and tel addresses become links; others are refused. */
  declare href?: string;

  /** The date: `YYYY-MM-DD` or an ISO date-time with an offset, shown in the language's long form. */
  declare date?: string;

  /** A category line above the heading, e.g. "Speeches, interviews, articles". */
  declare kicker?: string;

  /** The heading's level, 2-6. Default: 3. */
  declare headingLevel?: number | string;

  /** An image URL (http(s) or relative), lazy-loaded at a fixed aspect ratio. */
  declare image?: string;

  /** The image's text alternative. Without it the image is treated as decoration (`alt=""`). */
  declare imageAlt?: string;

  /** The most lines of excerpt to show; the rest is cut with an ellipsis. */
  declare clamp?: number | string;

  /** `featured` (larger heading), `compact` (thumbnail beside the text) or unset. */
  declare variant?: 'featured' | 'compact';

  #found: Problem<ArticleCardErrorCode>[] = [];
  #link: string | null = null;
  #picture: string | null = null;
  #shownDate: ShownDate | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const found: Problem<ArticleCardErrorCode>[] = [];
    if (changed.has('href')) this.#link = safeUrl(this.href, 'link');
    if (changed.has('image')) this.#picture = safeUrl(this.image, 'image');
    if (changed.has('date')) this.#shownDate = this.date == null ? undefined : readShownDate(this.date);
    if (!String(this.heading ?? '').trim()) found.push({ code: 'missing-heading' });
    /** An attribute that is set (`value` not null) but `wrong`. */
    const check = (code: ArticleCardErrorCode, value: unknown, wrong: boolean) => {
      if (value != null && wrong) found.push({ code, input: String(value) });
    };
    // An empty address is no address (as a CMS writes `href=""` for an article without a page), not an unsafe one.
    check('unsafe-url', this.href, !this.#link && !isBlank(this.href));
    check('unsafe-url', this.image, !this.#picture && !isBlank(this.image));
    check('invalid-date', this.date, !this.#shownDate);
    check('invalid-heading-level', this.headingLevel, !headingLevel(this.headingLevel, 0));
    check('invalid-variant', this.variant, !VARIANTS.includes(this.variant!));
    check('invalid-clamp', this.clamp, !clampLines(this.clamp));
    this.#found = found;
  }

  protected override updated(): void {
    this.problems.report(this.#found);
    // The line count goes in through the CSSOM: a strict Content-Security-Policy (`style-src 'self'`) blocks a
    // `style` attribute written in markup, as Lit's styleMap writes it on first render, but not this.
    const lines = clampLines(this.clamp);
    if (lines) this.renderRoot.querySelector<HTMLElement>('[part~="excerpt"]')!.style.setProperty('--clamp', String(lines));
  }

  protected override render() {
    const title = String(this.heading ?? '').trim();
    const variant = this.variant && VARIANTS.includes(this.variant) ? this.variant : 'default';
    // No white space between tags: every child sits in a grid, where it would only add text nodes.
    return html`<article part="base" class=${variant}>${this.#picture
        ? html`<img part="image" src=${this.#picture} alt=${this.imageAlt ?? ''} loading="lazy" decoding="async">`
        : nothing}<div part="body">${this.kicker ? html`<p part="kicker">${this.kicker}</p>` : nothing}${heading(
          headingLevel(this.headingLevel, 3),
          this.#link && title
            ? html`<a part="link" href=${this.#link}>${title}</a>`
            : title || html`<span part="notice">${msg('Untitled', { id: 'article-card.untitled' })}</span>`,
        )}${this.#shownDate
          ? html`<time part="date" datetime=${this.#shownDate.datetime}>${formatShownDate(this.#shownDate, this.formattingLocale)}</time>`
          : nothing}<div part="excerpt" class=${clampLines(this.clamp) ? 'clamped' : ''}><slot></slot></div>${!this.#link && !isBlank(this.href)
          ? html`<p part="notice">${msg('This link was removed because its address is not safe.', { id: 'article-card.unsafe-link' })}</p>`
          : nothing}</div></article>`;
  }
}
