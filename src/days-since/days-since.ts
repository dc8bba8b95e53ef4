import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { TickController } from '../internal/ticker.js';
import { numberFormat, pluralRulesFor } from '../internal/formatters.js';
import { calendarDateIn, daysBetween, startOfNextDay, type CalendarDate } from '../internal/calendar.js';
import { canonicalTimeZone, viewerTimeZone } from '../internal/time-zone.js';
import { parseCalendarDate, parseInstant } from '../internal/iso.js';
import { plural } from '../internal/plural.js';
import { isBlank, shorten, type Problem, type DaysSinceErrorCode } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { daysSinceStyles } from './days-since.styles.js';

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { DaysSinceErrorCode, DaysSinceErrorDetail, DaysSinceErrorEvent } from '../internal/problems.js';

type Template = string | TemplateResult;


/**
 * How many calendar days have passed since a date, or are left until one: "855 days have passed since the
 * opening of the new consulate", "3 days until the national day reception".
 *
 * Days are calendar days in `time-zone` (by default the viewer's): the count changes at that zone's midnight,
 * through the page's one shared timer, and never by polling. A date-only `since="2018-03-04"` is that date in
 * the counting zone, never UTC midnight.
 *
 * @tagname days-since
 * @summary A day counter: "855 days have passed since …", or a countdown "3 days until …".
 *
 * @slot - The event, as it reads after "since" / "until": `the opening of the new consulate`.
 *
 * @csspart base - The sentence (a `<p>`).
 * @csspart count - The number (a `<time datetime="P855D">`), formatted for the language (1,234 / 1 234).
 * @csspart notice - Shown instead of the number when the input cannot be used.
 *
 * @cssproperty --envoy-days-since-color - Text colour. Default: the page's.
 * @cssproperty --envoy-days-since-font-family - Font family. Default: the page's.
 * @cssproperty --envoy-days-since-font-size - Text size. Default: `medium` (16px unless the reader changed it).
 * @cssproperty --envoy-days-since-line-height - Line height. Default: the page's (inherited, so a reader's text spacing applies).
 * @cssproperty --envoy-days-since-text-align - Alignment. Default: `start`.
 * @cssproperty --envoy-days-since-background - Background. Default: `transparent`.
 * @cssproperty --envoy-days-since-border - Border. Default: a hairline in the text colour.
 * @cssproperty --envoy-days-since-border-radius - Corner radius. Default: `0.5em`.
 * @cssproperty --envoy-days-since-padding - Padding. Default: `--envoy-space-m` (`0.75em`).
 * @cssproperty --envoy-days-since-count-color - Number colour. Default: the text colour.
 * @cssproperty --envoy-days-since-count-font-size - Number size. Default: `2em`.
 * @cssproperty --envoy-days-since-count-font-weight - Number weight. Default: `700`.
 * @cssproperty --envoy-notice-color - Colour of the bad-input notice (shared by all envoy elements). Default: red, light or dark to suit.
 *
 * @fires {DaysSinceErrorEvent} envoy-error - Unusable input: `detail.code` is `missing-date`, `invalid-date`,
 * `both-dates` or `unknown-time-zone` (a notice replaces the number), or `since-in-future` / `until-in-past`
 * (the count shows 0), or `invalid-now` (counted from today, with a notice). Once per problem while it lasts.
 */
export class DaysSince extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'days-since';

  static override styles = [baseStyles, daysSinceStyles];

  static override properties = {
    since: {},
    until: {},
    timeZone: { attribute: 'time-zone' },
    now: {},
    phraseOne: { attribute: 'phrase-one' },
    phraseFew: { attribute: 'phrase-few' },
    phraseMany: { attribute: 'phrase-many' },
    phraseOther: { attribute: 'phrase-other' },
  };

  /**
   * Count up from this date: an ISO date `YYYY-MM-DD` (a calendar date in `time-zone`) or an ISO instant with an
   * offset (`2018-03-04T10:00:00+03:00`, counted from its date in `time-zone`). The property also takes a `Date`.
   */
  declare since?: string | Date;

  /** Count down to this date instead ("3 days until …"); same forms as `since`. Setting both is an error. */
  declare until?: string | Date;

  /** The IANA zone whose calendar days are counted, e.g. `Europe/Moscow`. Default: the viewer's zone. */
  declare timeZone?: string;

  /**
   * Freeze "today" at this instant: an ISO 8601 date-time with an offset or `Z` (the property also takes a
   * `Date`). For docs, screenshots and tests; removing it resumes live time.
   */
  declare now?: string | Date;

  /**
   * Custom wording for a count in the "one" plural category, e.g. `{count} day without an accident`.
   * `{count}` marks the number, `{event}` the slotted text. Unset forms fall back to `phrase-other`, and without
   * that to the built-in phrase.
   */
  declare phraseOne?: string;

  /** Custom wording for the "few" category (Russian 2-4, 22-24 …): `{count} дня без аварий`. */
  declare phraseFew?: string;

  /** Custom wording for the "many" category (Russian 5-20, 25-30 …): `{count} дней без аварий`. */
  declare phraseMany?: string;

  /** Custom wording for every other count (English 0, 2, 3 …), and for any form left unset. */
  declare phraseOther?: string;

  #zone: string | null = null;
  #from: CalendarDate | undefined;
  #frozenAt: number | undefined;
  #found: Problem<DaysSinceErrorCode>[] = [];
  /** The count shown: whole calendar days in the counting zone, never below 0. */
  #days = 0;

  readonly #ticker = new TickController(this, {
    nextChange: (now) => (this.#zone ? startOfNextDay(now, this.#zone) : Infinity),
    tick: () => this.requestUpdate(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previousZone = this.#zone;
    if (changed.has('timeZone') || this.#zone === null) {
      this.#zone = isBlank(this.timeZone) ? viewerTimeZone() : canonicalTimeZone(String(this.timeZone));
    }
    if (changed.has('now')) this.#frozenAt = this.now == null ? undefined : parseInstant(this.now);
    const found: Problem<DaysSinceErrorCode>[] = [];
    const given = this.since ?? this.until;
    const input = String(given);
    this.#from = undefined;
    if (this.since != null && this.until != null) found.push({ code: 'both-dates' });
    else if (isBlank(given)) found.push({ code: 'missing-date' });
    else if (this.#zone === null) found.push({ code: 'unknown-time-zone', input: String(this.timeZone) });
    else if (!(this.#from = readDate(given!, this.#zone))) found.push({ code: 'invalid-date', input });
    if (this.now != null && this.#frozenAt === undefined) found.push({ code: 'invalid-now', input: String(this.now) });
    if (this.#from) {
      const today = calendarDateIn(this.#frozenAt ?? Date.now(), this.#zone!);
      const days = this.since != null ? daysBetween(this.#from, today) : daysBetween(today, this.#from);
      if (days < 0) found.push({ code: this.since != null ? 'since-in-future' : 'until-in-past', input });
      this.#days = Math.max(days, 0);
    }
    this.#found = found;
    this.#ticker.enabled = this.#frozenAt === undefined && this.#from !== undefined;
    if (this.#zone !== previousZone) this.#ticker.refresh();
  }

  protected override updated(): void {
    this.problems.report(this.#found);
  }

  protected override render() {
    if (!this.#from) {
      return html`<p part="base"><span part="notice">${this.#noticeText(this.#found[0])}</span></p>`;
    }
    const counting = this.since != null ? 'since' : 'until';
    const days = this.#days;
    const invalidNow = this.#found.find((problem) => problem.code === 'invalid-now');
    const locale = this.formattingLocale;
    const count = html`<time part="count" datetime="P${days}D">${numberFormat(locale).format(days)}</time>`;
    const event = html`<slot></slot>`;
    return html`<p part="base">${this.#phrase(counting, days, count, event, locale)}</p>
      ${invalidNow ? html`<p part="notice">${this.#noticeText(invalidNow)}</p>` : nothing}`;
  }

  #phrase(counting: 'since' | 'until', days: number, count: Template, event: Template, locale: string) {
    const custom = {
      one: this.phraseOne,
      few: this.phraseFew,
      many: this.phraseMany,
      other: this.phraseOther,
    } as Record<string, string | undefined>;
    // Custom wording is in the page author's language, so the element's own language picks its form; a form
    // left unset falls back to `phrase-other`, then to the built-in phrase (never to an empty sentence).
    const wording = custom[pluralRulesFor(locale).select(days)] || custom.other;
    if (wording) {
      return wording
        .split(/(\{count\}|\{event\})/)
        .map((piece) => (piece === '{count}' ? count : piece === '{event}' ? event : piece));
    }
    return counting === 'since'
      ? plural(days, 'days-since.since', html`${count} day has passed since ${event}`, html`${count} days have passed since ${event}`)
      : plural(days, 'days-since.until', html`${count} day until ${event}`, html`${count} days until ${event}`);
  }

  #noticeText({ code, input = '' }: Problem<DaysSinceErrorCode>): string {
    input = shorten(input);
    return code === 'both-dates'
      ? msg('Set either “since” or “until”, not both.', { id: 'days-since.both-dates' })
      : code === 'unknown-time-zone'
        ? msg(str`Unknown time zone “${input}”.`, { id: 'days-since.unknown-zone' })
        : code === 'invalid-date'
          ? msg(str`Cannot read the date “${input}”.`, { id: 'days-since.invalid-date' })
          : code === 'invalid-now'
            ? msg(str`Cannot read the time “${input}”; counting from today.`, { id: 'days-since.invalid-now' })
            : msg('No date given.', { id: 'days-since.missing-date' });
  }
}

/** A calendar date from `YYYY-MM-DD`, or the date in `timeZone` of an ISO instant or a `Date`. */
function readDate(value: string | Date, timeZone: string): CalendarDate | undefined {
  if (typeof value === 'string') {
    const date = parseCalendarDate(value);
    if (date) return date;
  }
  const instant = parseInstant(value);
  return instant === undefined ? undefined : calendarDateIn(instant, timeZone);
}
