import { html, nothing, type PropertyValues } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { msg, str } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { TickController, nextBoundary } from '../internal/ticker.js';
import { dateTimeFormat, formatInstant, numberFormat, timeFormat } from '../internal/formatters.js';
import { calendarDateIn, daysBetween, isoDate, isoDateTimeIn } from '../internal/calendar.js';
import { canonicalTimeZone, cityFromTimeZone, viewerTimeZone } from '../internal/time-zone.js';
import { parseInstant } from '../internal/iso.js';
import { plural } from '../internal/plural.js';
import { shorten, type Problem, type WorldClockErrorCode } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { boxStyles } from '../internal/box.styles.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.styles.js';
import { worldClockStyles } from './world-clock.styles.js';

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { WorldClockErrorCode, WorldClockErrorDetail, WorldClockErrorEvent } from '../internal/problems.js';

/** One clock of a `<world-clock>`. */
export interface WorldClockZone {
  /** An IANA time-zone name, e.g. `Europe/Moscow`. */
  timeZone: string;
  /** What to call it; defaults to the city of the zone name (`America/New_York` -> "New York"). */
  label?: string;
}

/**
 * Reads the `zones` attribute: comma-separated `IANA/Zone` or `Label=IANA/Zone` entries.
 * `"Moscow=Europe/Moscow, London=Europe/London"` -> two zones. Empty entries are skipped.
 */
export function parseZoneList(value: string | null): WorldClockZone[] | undefined {
  if (value === null) return undefined;
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const equals = entry.indexOf('=');
      if (equals === -1) return { timeZone: entry };
      const label = entry.slice(0, equals).trim();
      const timeZone = entry.slice(equals + 1).trim();
      return label ? { timeZone, label } : { timeZone };
    });
}

const HOUR_CYCLES: readonly string[] = ['h12', 'h23'];

/** The calendar dates (`YYYY-MM-DD`) of a clock's `datetime`s, as one string to compare. */
const datesOf = (datetimes: (string | null)[]) => datetimes.map((datetime) => datetime?.slice(0, 10)) + '';

interface Clock {
  label: string;
  /** Whether the label is the English city name taken from the zone id (not the author's own label). */
  english: boolean;
  /** The canonical zone, or null when the zone is unknown. */
  timeZone: string | null;
  /** The zone as given, for the notice. */
  input: string;
  /** Once rendered: shows a new `<time>` of this clock, for a tick. */
  show?: (time: unknown) => void;
}

/**
 * Renders a clock's `<time>` and hands the clock the part that holds it, so that a tick can give that part a new
 * `<time>` by itself, through Lit: Lit updates the changed attribute and text and keeps its record of them right
 * for the next render (writing the nodes directly would not).
 *
 * A tick's `setChildPartValue` sets a plain template where this directive was, so Lit detaches the directive from
 * the part, and the next full render makes a new one, which hands over the part again. That is why the directive
 * keeps no state of its own. (An `AsyncDirective` calling `setValue` would keep its instance, at the price of Lit's
 * connection tracking for every clock and 0.4 KB more in the CDN bundle.)
 */
const shown = directive(
  class extends Directive {
    render(time: unknown, _clock: Clock): unknown {
      return time;
    }

    override update(part: ChildPart, [time, clock]: [unknown, Clock]): unknown {
      clock.show = (next) => setChildPartValue(part, next);
      return time;
    }
  },
);

/**
 * The current time in one or more places, with today's date: "Moscow 02:36 · London 00:36".
 *
 * All clocks on a page share one timer, which stops while the page is hidden. The time is not announced as it
 * changes; each clock reads as "Moscow, 02:36".
 *
 * @tagname world-clock
 * @summary The time now in several places, e.g. the embassy's city and the capital.
 *
 * @csspart base - The wrapper around the date and the list.
 * @csspart date - Today's date in the first zone (a `<time>`), with `show-date`.
 * @csspart list - The list of clocks (`<ul>`).
 * @csspart zone - One clock (`<li>`): label, time and any day marker.
 * @csspart label - The place name.
 * @csspart time - The time (a `<time datetime>` carrying the zone's offset).
 * @csspart day-offset - The "+1 day" / "-1 day" marker of a zone whose date differs from the first zone's.
 * @csspart notice - A bad-input notice (unknown zone, unreadable `now` or `hour-cycle`).
 *
 * @cssproperty --envoy-world-clock-color - Text colour. Default: inherited.
 * @cssproperty --envoy-world-clock-font-family - Font family. Default: inherited.
 * @cssproperty --envoy-world-clock-font-size - Base font size. Default: `1rem`.
 * @cssproperty --envoy-world-clock-gap - Space between clocks. Default: `0.75em`.
 * @cssproperty --envoy-world-clock-row-gap - Space between wrapped rows of clocks. Default: `0.25em`.
 * @cssproperty --envoy-world-clock-label-color - Place name colour. Default: inherited.
 * @cssproperty --envoy-world-clock-label-font-weight - Place name weight. Default: `400`.
 * @cssproperty --envoy-world-clock-time-color - Time colour. Default: inherited.
 * @cssproperty --envoy-world-clock-time-font-size - Time size. Default: `1em`.
 * @cssproperty --envoy-world-clock-time-font-weight - Time weight. Default: `700`.
 * @cssproperty --envoy-world-clock-date-color - Date colour. Default: inherited.
 * @cssproperty --envoy-world-clock-date-font-size - Date size. Default: `1em`.
 * @cssproperty --envoy-world-clock-date-font-weight - Date weight. Default: `600`.
 * @cssproperty --envoy-world-clock-date-gap - Space below the date. Default: `0.25em`.
 * @cssproperty --envoy-world-clock-separator-color - Colour of the "·" between clocks. Default: current colour.
 * @cssproperty --envoy-world-clock-day-offset-color - Colour of the "+1 day" marker. Default: inherited.
 * @cssproperty --envoy-notice-color - Colour of bad-input notices (shared by all envoy elements). Default: red, light or dark to suit.
 *
 * @fires {WorldClockErrorEvent} envoy-error - Bad input: `detail.code` is `unknown-time-zone`, `invalid-zones`,
 * `invalid-now` or `invalid-hour-cycle`, with `detail.message` and `detail.input`. Once per problem while it lasts.
 */
export class WorldClock extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'world-clock';

  static override styles = [baseStyles, boxStyles, visuallyHiddenStyles, worldClockStyles];

  static override properties = {
    zones: { converter: { fromAttribute: parseZoneList } },
    showDate: { type: Boolean, attribute: 'show-date' },
    seconds: { type: Boolean },
    hourCycle: { attribute: 'hour-cycle' },
    now: {},
  };

  /**
   * The places to show: comma-separated `IANA/Zone` or `Label=IANA/Zone` entries, e.g.
   * `Moscow=Europe/Moscow, London=Europe/London`. As a property, an array of `{ timeZone, label? }` or that same
   * string. Empty or unset: the viewer's own zone.
   */
  declare zones?: WorldClockZone[] | string;

  /** Show today's date (long form, in the first zone) above the clocks. */
  showDate = false;

  /** Show seconds and tick every second; otherwise the clocks change at each minute. */
  seconds = false;

  /** `h12` or `h23`; unset follows the language (en-US 2:36 AM, en-GB and ru 02:36). */
  declare hourCycle?: 'h12' | 'h23';

  /**
   * Freeze the clocks at this instant: an ISO 8601 date-time with an offset or `Z`, e.g.
   * `2020-07-06T00:36:00Z` (the property also takes a `Date`). For docs, screenshots and tests; removing it
   * resumes live time.
   */
  declare now?: string | Date;

  #clocks: Clock[] = [];
  #frozenAt: number | undefined;
  #found: Problem<WorldClockErrorCode>[] = [];
  #locale = 'en';
  #formats: (Intl.DateTimeFormat | null)[] = [];
  /** The date in each zone, as last rendered. */
  #dates = '';
  /** When a tick last looked for a new `lang` on an ancestor. */
  #langCheckedAt = 0;

  readonly #ticker = new TickController(this, {
    nextChange: (now) => nextBoundary(now, this.seconds ? 1000 : 60_000),
    tick: (now) => this.#tick(now),
  });

  /**
   * A tick changes only the `<time>`s, each on its own, with no update of the element. A new date in a zone (the
   * date, the "+1 day" markers) or a new `lang` on an ancestor (looked for at most once a minute: it walks up the
   * tree) renders the element again.
   */
  #tick(now: number): void {
    const lookForLang = Math.abs(now - this.#langCheckedAt) >= 60_000;
    if (lookForLang) this.#langCheckedAt = now;
    const datetimes = this.#datetimesAt(now);
    if (datesOf(datetimes) !== this.#dates || (lookForLang && this.formattingLocale !== this.#locale)) this.requestUpdate();
    else this.#clocks.forEach((clock, index) => clock.show?.(this.#renderTime(datetimes[index]!, index, now)));
  }

  /** Each clock's `<time datetime>` at `at`, or null for an unknown zone. */
  #datetimesAt(at: number): (string | null)[] {
    return this.#clocks.map((clock) => clock.timeZone && isoDateTimeIn(at, clock.timeZone, this.seconds));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('zones') || this.#clocks.length === 0) this.#clocks = this.#readZones();
    if (changed.has('now')) this.#frozenAt = this.now == null ? undefined : parseInstant(this.now);
    this.#ticker.enabled = this.#frozenAt === undefined;
    if (changed.has('seconds')) this.#ticker.refresh();
    // A tick changes no property: the problems found are still the same.
    if (changed.size > 0) this.#found = this.#findProblems();
    // Ticks do not update the element (see tick), so the formatters are looked up (in a shared cache) only when
    // something changed.
    const locale = (this.#locale = this.formattingLocale);
    const hourCycle = this.hourCycle && HOUR_CYCLES.includes(this.hourCycle) ? this.hourCycle : undefined;
    this.#formats = this.#clocks.map((clock) => (clock.timeZone ? timeFormat(locale, clock.timeZone, this.seconds, hourCycle) : null));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.size > 0) this.problems.report(this.#found);
  }

  #readZones(): Clock[] {
    // The property may be handed a string (as an attribute would be) or, by mistake, anything else.
    const given: unknown = this.zones;
    const list = Array.isArray(given) ? given : typeof given === 'string' ? (parseZoneList(given) ?? []) : [];
    const zones = list.length ? list : [{ timeZone: viewerTimeZone() }];
    return zones.map((entry: unknown) => {
      const { timeZone, label } = (entry && typeof entry === 'object' ? entry : { timeZone: entry }) as Partial<WorldClockZone>;
      const input = String(timeZone ?? '');
      const canonical = canonicalTimeZone(input);
      return label
        ? { label: String(label), english: false, timeZone: canonical, input }
        : { label: shorten(cityFromTimeZone(input, canonical)), english: true, timeZone: canonical, input };
    });
  }

  #findProblems(): Problem<WorldClockErrorCode>[] {
    const found: Problem<WorldClockErrorCode>[] = [];
    for (const clock of this.#clocks) {
      if (clock.timeZone === null) {
        found.push({ code: 'unknown-time-zone', input: clock.input });
      }
    }
    const zones: unknown = this.zones;
    if (zones != null && !Array.isArray(zones) && typeof zones !== 'string') {
      found.push({ code: 'invalid-zones', message: 'invalid-zones: use "Label=Zone, …" or [{ timeZone, label }]' });
    }
    if (this.now != null && this.#frozenAt === undefined) {
      found.push({ code: 'invalid-now', input: String(this.now) });
    }
    if (this.hourCycle != null && !HOUR_CYCLES.includes(this.hourCycle)) {
      found.push({ code: 'invalid-hour-cycle', input: String(this.hourCycle) });
    }
    return found;
  }

  protected override render() {
    const instant = this.#frozenAt ?? Date.now();
    const unit = this.seconds ? 1000 : 60_000;
    const at = Math.floor(instant / unit) * unit;
    const datetimes = this.#datetimesAt(at);
    this.#dates = datesOf(datetimes);
    const first = this.#clocks.find((clock) => clock.timeZone !== null)?.timeZone;
    const firstDate = first ? calendarDateIn(at, first) : undefined;
    // Templates are written without white space between tags: a page may hold a thousand clocks, and every
    // text node is one more thing to lay out each second.
    return html`<div part="base">${this.showDate && first && firstDate
        ? html`<time part="date" datetime=${isoDate(firstDate)}>${formatInstant(dateTimeFormat(this.#locale, { timeZone: first, dateStyle: 'long' }), at)}</time>`
        : nothing}<ul part="list" role="list">${this.#clocks.map((clock, index) => {
        if (clock.timeZone === null) {
          return html`<li part="zone"><span part="label" lang=${this.#labelLang(clock)}>${clock.label}</span><span class="visually-hidden">, </span><span part="notice">${msg(str`unknown time zone “${shorten(clock.input)}”`, { id: 'world-clock.unknown-zone' })}</span></li> `;
        }
        const dayOffset = firstDate ? daysBetween(firstDate, calendarDateIn(at, clock.timeZone)) : 0;
        return html`<li part="zone"><span part="label" lang=${this.#labelLang(clock)}>${clock.label}</span><span class="visually-hidden">, </span>${shown(this.#renderTime(datetimes[index]!, index, at), clock)}${dayOffset === 0 ? nothing : this.#renderDayOffset(dayOffset)}</li> `;
      })}</ul>${this.#found
        .filter((problem) => problem.code !== 'unknown-time-zone')
        .map((problem) => html`<p part="notice">${this.#noticeText(problem)}</p>`)}</div>`;
  }

  /**
   * A clock label's `lang`: a name taken from the zone id is English (no browser API gives city names in other
   * languages), so on a page in another language it says so, for screen readers (WCAG 3.1.2).
   */
  #labelLang(clock: Clock) {
    return clock.english && !/^en\b/i.test(this.#locale) ? 'en' : nothing;
  }

  #renderTime(datetime: string, index: number, at: number) {
    return html`<time part="time" datetime=${datetime}>${formatInstant(this.#formats[index]!, at)}</time>`;
  }

  #renderDayOffset(days: number) {
    const magnitude = Math.abs(days);
    const ahead = days > 0;
    // The form agrees with the number; the number is written as the language writes it (١ on an ar-EG page).
    const count = numberFormat(this.#locale).format(magnitude);
    const marker = ahead
      ? plural(magnitude, 'world-clock.day-ahead', str`+${count} day`, str`+${count} days`)
      : plural(magnitude, 'world-clock.day-behind', str`−${count} day`, str`−${count} days`);
    const spoken = ahead
      ? plural(magnitude, 'world-clock.day-ahead-spoken', str`${count} day ahead`, str`${count} days ahead`)
      : plural(magnitude, 'world-clock.day-behind-spoken', str`${count} day behind`, str`${count} days behind`);
    return html`<span part="day-offset" aria-hidden="true">${marker}</span><span class="visually-hidden">, ${spoken}</span>`;
  }

  #noticeText(problem: Problem<WorldClockErrorCode>): string {
    const input = shorten(problem.input ?? '');
    return problem.code === 'invalid-now'
      ? msg(str`Cannot read the time “${input}”; showing the current time.`, { id: 'world-clock.invalid-now' })
      : problem.code === 'invalid-zones'
        ? msg('Cannot read the list of time zones; showing local time.', { id: 'world-clock.invalid-zones' })
        : msg(str`Unknown hour cycle “${input}”; using the language’s default.`, { id: 'world-clock.invalid-hour-cycle' });
  }
}
