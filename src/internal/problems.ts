import { isSupportedLang } from './locale.js';

/**
 * Bad input, reported the same way by every element: one console warning and one `envoy-error` event per
 * problem while it lasts (not at every tick), next to the visible notice the element renders itself.
 */

/**
 * What `envoy-error` carries. `Code` is the element's own union of codes (`WorldClockErrorCode` ...): each element's
 * events are typed with it, so `event.detail.code` completes and a misspelt code is a type error.
 */
export interface EnvoyErrorDetail<Code extends string = EnvoyErrorCode> {
  /** A stable, machine-readable reason, e.g. `unknown-time-zone`, `invalid-now`. */
  code: Code;
  /** A short English description, also the console warning: `invalid-date: "2018-02-30"` by default. */
  message: string;
  /** The offending input as given, when there is one. */
  input?: string;
}

/**
 * Fired by every envoy element when its input is unusable. It bubbles and crosses shadow roots.
 * The element still renders: the problem is shown inline and everything else keeps working.
 */
export class EnvoyErrorEvent<Code extends string = EnvoyErrorCode> extends CustomEvent<EnvoyErrorDetail<Code>> {
  constructor(detail: EnvoyErrorDetail<Code>) {
    super('envoy-error', { detail, bubbles: true, composed: true });
  }
}

/** Every element reports an own `lang` that Intl cannot format in; dates and numbers then fall back to English. */
export type LangErrorCode = 'unsupported-lang';

/** The `envoy-error` codes of `<world-clock>` (README "Events"). */
export type WorldClockErrorCode = LangErrorCode | 'unknown-time-zone' | 'invalid-zones' | 'invalid-now' | 'invalid-hour-cycle';

/** The `envoy-error` codes of `<days-since>`. */
export type DaysSinceErrorCode =
  | LangErrorCode
  | 'missing-date'
  | 'invalid-date'
  | 'both-dates'
  | 'unknown-time-zone'
  | 'invalid-now'
  | 'since-in-future'
  | 'until-in-past';

/** The `envoy-error` codes of `<article-card>`. */
export type ArticleCardErrorCode =
  | LangErrorCode
  | 'missing-heading'
  | 'unsafe-url'
  | 'invalid-date'
  | 'invalid-heading-level'
  | 'invalid-variant'
  | 'invalid-clamp';

/** The `envoy-error` codes of `<news-list>`. */
export type NewsListErrorCode =
  | LangErrorCode
  | 'http-error'
  | 'network-error'
  | 'malformed-feed'
  | 'unknown-feed-format'
  | 'trusted-types-refused'
  | 'feed-too-large'
  | 'timeout'
  | 'refresh-failed'
  | 'items-left-out'
  | 'unsafe-url'
  | 'invalid-date'
  | 'unknown-charset'
  | 'invalid-items'
  | 'invalid-limit'
  | 'invalid-refresh'
  | 'invalid-timeout'
  | 'invalid-heading-level';

/** The `envoy-error` codes of `<consular-contact>`. */
export type ConsularContactErrorCode =
  | LangErrorCode
  | 'invalid-phone'
  | 'invalid-email'
  | 'invalid-hours'
  | 'unknown-time-zone'
  | 'missing-time-zone'
  | 'invalid-now'
  | 'invalid-heading-level'
  | 'copy-failed';

/** What `<world-clock>`'s `envoy-error` carries. */
export type WorldClockErrorDetail = EnvoyErrorDetail<WorldClockErrorCode>;
/** `<world-clock>`'s `envoy-error` event. */
export type WorldClockErrorEvent = EnvoyErrorEvent<WorldClockErrorCode>;

/** What `<days-since>`'s `envoy-error` carries. */
export type DaysSinceErrorDetail = EnvoyErrorDetail<DaysSinceErrorCode>;
/** `<days-since>`'s `envoy-error` event. */
export type DaysSinceErrorEvent = EnvoyErrorEvent<DaysSinceErrorCode>;

/** What `<article-card>`'s `envoy-error` carries. */
export type ArticleCardErrorDetail = EnvoyErrorDetail<ArticleCardErrorCode>;
/** `<article-card>`'s `envoy-error` event. */
export type ArticleCardErrorEvent = EnvoyErrorEvent<ArticleCardErrorCode>;

/** What `<news-list>`'s `envoy-error` carries. */
export type NewsListErrorDetail = EnvoyErrorDetail<NewsListErrorCode>;
/** `<news-list>`'s `envoy-error` event. */
export type NewsListErrorEvent = EnvoyErrorEvent<NewsListErrorCode>;

/** What `<consular-contact>`'s `envoy-error` carries. */
export type ConsularContactErrorDetail = EnvoyErrorDetail<ConsularContactErrorCode>;
/** `<consular-contact>`'s `envoy-error` event. */
export type ConsularContactErrorEvent = EnvoyErrorEvent<ConsularContactErrorCode>;

/** Any element's `envoy-error` code. */
export type EnvoyErrorCode = WorldClockErrorCode | DaysSinceErrorCode | ArticleCardErrorCode | NewsListErrorCode | ConsularContactErrorCode;

declare global {
  interface GlobalEventHandlersEventMap {
    'envoy-error': EnvoyErrorEvent;
  }
  interface HTMLElementEventMap {
    'envoy-error': EnvoyErrorEvent;
  }
}

/**
 * A problem as an element states it; `message` defaults to the code and the input. Each element types its problems
 * with its own code union (`Problem<NewsListErrorCode>`), so a code its event type does not list is a type error.
 */
export type Problem<Code extends string = EnvoyErrorCode> = Omit<EnvoyErrorDetail<Code>, 'message'> & { message?: string };

/** Unset, empty or white space: no value at all (an absent attribute), which is not the same as a wrong one. */
export function isBlank(value: unknown): boolean {
  return value == null || String(value).trim() === '';
}

/** `text`, cut to `max` characters with an ellipsis: a 1 MB attribute should not become a 1 MB warning or notice. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Collects an element's current problems; `report` warns and dispatches for the new ones. Besides the element's
 * own problems it reports an own `lang` that Intl cannot format in (`unsupported-lang`): dates and numbers then
 * fall back to English. An inherited `lang` is the page's business and is not reported by every element.
 */
export class ProblemReporter {
  #reported = new Set<string>();

  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Call after each update with the problems the update found; each one is reported once while it lasts. */
  report(problems: readonly Problem[]): void {
    const current = new Set<string>();
    const lang = this.#host.getAttribute('lang')?.trim();
    if (lang && !isSupportedLang(lang)) {
      problems = [...problems, { code: 'unsupported-lang', input: lang }];
    }
    for (const { code, input, message: given = input === undefined ? code : `${code}: "${shorten(input)}"` } of problems) {
      const message = shorten(given, 200);
      const key = `${code}\u0000${input}`;
      current.add(key);
      if (this.#reported.has(key)) continue;
      console.warn(`<${this.#host.localName}> ${message}`);
      this.#host.dispatchEvent(new EnvoyErrorEvent<string>({ code, message, input }));
    }
    this.#reported = current;
  }
}
