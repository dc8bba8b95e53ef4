import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { EnvoyElement } from '../internal/envoy-element.js';
import { TickController } from '../internal/ticker.js';
import { dateTimeFormat, timeFormat } from '../internal/formatters.js';
import { canonicalTimeZone, cityFromTimeZone, viewerTimeZone } from '../internal/time-zone.js';
import { isoTime, startOfNextDay } from '../internal/calendar.js';
import { parseInstant } from '../internal/iso.js';
import { mailtoUrl, toE164 } from '../internal/phone.js';
import { openStatus, parseOpeningHours, weekdayOf, type OpenStatus, type Range, type WeekHours } from '../internal/opening-hours.js';
import { vcard, vcardText } from '../internal/vcard.js';
import { shorten, type Problem, type ConsularContactErrorCode } from '../internal/problems.js';
import { baseStyles } from '../internal/styles.js';
import { boxStyles } from '../internal/box.styles.js';
import { buttonStyles } from '../internal/button.styles.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.styles.js';
import { heading, headingLevel } from '../internal/heading.js';
import { consularContactStyles } from './consular-contact.styles.js';
import { copyIcon, saveIcon } from '../internal/icons.js';

/** An e-mail address that may wrap only before `@` and `.`, never inside a name. */
const breakable = (address: string) => address.trim().split(/(?=[@.])/).map((piece, index) => (index ? html`<wbr>${piece}` : piece));

// The types this element's API names, exported beside it (tools import them from the element's module).
export type { ConsularContactErrorCode, ConsularContactErrorDetail, ConsularContactErrorEvent } from '../internal/problems.js';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Days with the same hours, in week order: [first day, last day, ranges]. */
function groupDays(week: WeekHours): [number, number, Range[]][] {
  const groups: [number, number, Range[]][] = [];
  week.forEach((ranges, day) => {
    const last = groups[groups.length - 1];
    if (last && last[1] === day - 1 && JSON.stringify(last[2]) === JSON.stringify(ranges)) last[1] = day;
    else groups.push([day, day, ranges]);
  });
  return groups;
}

/**
 * How to reach the consular section, and whether it is open now: phone and emergency phone (as `tel:` links in
 * E.164), e-mail, address, and opening hours in schema.org `openingHours` syntax, with "Open now" or "Closed,
 * opens Monday at 09:00" worked out in the office's time zone, not the reader's.
 *
 * @tagname consular-contact
 * @summary The "Consular queries" block: phone, e-mail, hours, and whether the office is open.
 *
 * @csspart base - The block; carries schema.org ContactPoint microdata.
 * @csspart heading - The heading (`<h2>` by default).
 * @csspart status - "Open now" / "Closed, opens …".
 * @csspart details - The list of contact details (`<dl>`).
 * @csspart phone - The phone link (or text, when it cannot be a valid link).
 * @csspart emergency-phone - The emergency phone link (or text).
 * @csspart email - The e-mail link (or text).
 * @csspart address - The address.
 * @csspart hours - The opening hours list (or the hours as written, when they cannot be read).
 * @csspart time-zone - The line saying whose clock the hours follow.
 * @csspart copy - A copy button (phone, e-mail).
 * @csspart copy-status - The "Copied" announcement.
 * @csspart save - The "Save contact" button (downloads a vCard 4.0).
 * @csspart notice - A bad-input notice (unknown time zone).
 *
 * @cssproperty --envoy-consular-contact-color - Text colour. Default: inherited.
 * @cssproperty --envoy-consular-contact-font-family - Font family. Default: inherited.
 * @cssproperty --envoy-consular-contact-background - Background. Default: `transparent`.
 * @cssproperty --envoy-consular-contact-border - Border. Default: none.
 * @cssproperty --envoy-consular-contact-border-radius - Corners. Default: `0.5em`.
 * @cssproperty --envoy-consular-contact-padding - Padding. Default: `0`.
 * @cssproperty --envoy-consular-contact-gap - Space between the parts. Default: `0.75em`.
 * @cssproperty --envoy-consular-contact-heading-color - Heading colour. Default: inherited.
 * @cssproperty --envoy-consular-contact-heading-font-size - Heading size. Default: `1.25em`.
 * @cssproperty --envoy-consular-contact-label-color - Colour of the labels (Phone, E-mail …). Default: inherited.
 * @cssproperty --envoy-consular-contact-link-color - Link colour. Default: inherited.
 * @cssproperty --envoy-consular-contact-open-color - The "open" dot. Default: green, light or dark to suit.
 * @cssproperty --envoy-consular-contact-closed-color - The "closed" dot. Default: red, light or dark to suit.
 * @cssproperty --envoy-consular-contact-focus-color - Focus ring colour. Default: blue, light or dark to suit.
 * @cssproperty --envoy-notice-color - Colour of bad-input notices (shared by all envoy elements). Default: red, light or dark to suit.
 *
 * @fires {ConsularContactErrorEvent} envoy-error - `detail.code`: `invalid-phone` (shown as text), `invalid-email` (shown
 * as text), `invalid-hours` (shown as written), `unknown-time-zone` (no open/closed status), `missing-time-zone`
 * (hours read on the reader's clock), `invalid-now`, `invalid-heading-level`, `copy-failed`. Once per problem.
 */
export class ConsularContact extends EnvoyElement {
  /** The tag `envoy-elements` registers this element as; `define()` without arguments uses it. */
  static override readonly defaultTag = 'consular-contact';

  static override styles = [baseStyles, boxStyles, buttonStyles, visuallyHiddenStyles, consularContactStyles];

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    phone: {},
    emergencyPhone: { attribute: 'emergency-phone' },
    email: {},
    address: {},
    hours: {},
    timeZone: { attribute: 'time-zone' },
    now: {},
    copyStatus: { state: true },
    copyFailed: { state: true },
  };

  /** The heading. Default: "Consular queries", localized. */
  declare heading?: string;

  /** The heading's level, 2-6. Default: 2. */
  declare headingLevel?: number | string;

  /** The phone number as it should be shown, e.g. `+44 (0) 203 668 7474`; linked as `tel:+442036687474`. */
  declare phone?: string;

  /** The out-of-hours emergency number, written and linked like `phone`. */
  declare emergencyPhone?: string;

  /** The e-mail address; linked as `mailto:`. */
  declare email?: string;

  /** The postal address; line breaks are kept. */
  declare address?: string;

  /** Opening hours in schema.org `openingHours` syntax: `Mo-Fr 09:00-12:30, 14:00-17:00; Sa 10:00-12:00`. */
  declare hours?: string;

  /** The office's IANA time zone, e.g. `Europe/London`: the open/closed status follows its clocks. */
  declare timeZone?: string;

  /** Freeze "now" at this ISO 8601 instant (docs, screenshots, tests); removing it resumes live time. */
  declare now?: string | Date;

  private declare copyStatus: string;
  private declare copyFailed: boolean;

  #found: Problem<ConsularContactErrorCode>[] = [];
  #week: WeekHours | null = null;
  #zone: string | null = null;
  #frozenAt: number | undefined;
  #status: OpenStatus | undefined;

  readonly #ticker = new TickController(this, {
    // The status changes at the next opening or closing, and its words at the office's midnight too ("opens
    // tomorrow" becomes "opens today").
    // The status the last update worked out holds until its own changesAt: reused rather than worked out again
    // (a reconnect asks right after an update).
    nextChange: (now) => {
      if (!this.#week || !this.#zone) return Infinity;
      const status = this.#status && now < this.#status.changesAt ? this.#status : openStatus(this.#week, now, this.#zone);
      return Math.min(status.changesAt, startOfNextDay(now, this.#zone));
    },
    tick: () => this.requestUpdate(),
  });

  constructor() {
    super();
    this.copyStatus = '';
    this.copyFailed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hours')) this.#week = this.hours ? parseOpeningHours(this.hours) : null;
    if (changed.has('timeZone') || !this.#zone) {
      this.#zone = this.timeZone ? canonicalTimeZone(String(this.timeZone)) : viewerTimeZone();
    }
    if (changed.has('now')) this.#frozenAt = this.now == null ? undefined : parseInstant(this.now);
    const found: Problem<ConsularContactErrorCode>[] = [];
    for (const number of [this.phone, this.emergencyPhone]) {
      if (number && !toE164(number)) found.push({ code: 'invalid-phone', input: String(number), message: `invalid-phone: "${number}" is no whole number with a country code (+44 …); shown as text` });
    }
    if (this.email && !mailtoUrl(this.email)) found.push({ code: 'invalid-email', input: String(this.email) });
    if (this.hours && !this.#week) found.push({ code: 'invalid-hours', input: String(this.hours), message: `invalid-hours: "${this.hours}" (e.g. Mo-Fr 09:00-17:00); shown as written` });
    if (this.timeZone && !this.#zone) found.push({ code: 'unknown-time-zone', input: String(this.timeZone) });
    if (this.hours && !this.timeZone) found.push({ code: 'missing-time-zone', message: "missing-time-zone: hours read on the reader's clock" });
    if (this.now != null && this.#frozenAt === undefined) found.push({ code: 'invalid-now', input: String(this.now) });
    if (this.headingLevel != null && headingLevel(this.headingLevel, 0) === 0) found.push({ code: 'invalid-heading-level', input: String(this.headingLevel) });
    if (this.copyFailed) found.push({ code: 'copy-failed' });
    this.#found = found;
    this.#status = this.#week && this.#zone ? openStatus(this.#week, this.#frozenAt ?? Date.now(), this.#zone) : undefined;
    this.#ticker.enabled = !!this.#status && this.#frozenAt === undefined;
    if (changed.has('hours') || changed.has('timeZone')) this.#ticker.refresh();
  }

  protected override updated(): void {
    this.problems.report(this.#found);
  }

  get #headingText(): string {
    return this.heading || msg('Consular queries', { id: 'consular-contact.heading' });
  }

  /** The contact as a vCard 4.0 (what "Save contact" downloads). */
  vCard(): string {
    const lines = [`FN:${vcardText(this.#headingText)}`, 'KIND:org'];
    const tel = (number: string | undefined, type: string) => {
      if (!number) return;
      const e164 = toE164(number);
      lines.push(e164 ? `TEL;VALUE=uri;TYPE=${type}:tel:${e164}` : `TEL;VALUE=text;TYPE=${type}:${vcardText(number)}`);
    };
    tel(this.phone, 'work,voice');
    tel(this.emergencyPhone, 'work,voice,x-emergency');
    if (this.email) lines.push(`EMAIL;TYPE=work:${vcardText(String(this.email).trim())}`);
    if (this.address) lines.push(`ADR;TYPE=work:;;${vcardText(String(this.address).trim())};;;;`);
    if (this.#zone) lines.push(`TZ:${this.#zone}`);
    if (this.hours) {
      const label = msg('Opening hours', { id: 'consular-contact.hours' });
      lines.push(`NOTE:${vcardText(`${label}: ${String(this.hours).trim()}${this.#zone ? ` (${this.#zone})` : ''}`)}`);
    }
    return vcard(lines);
  }

  /** Downloads the vCard as a `.vcf` file. */
  saveContact(): void {
    const link = document.createElement('a');
    link.href = `data:text/vcard;charset=utf-8,${encodeURIComponent(this.vCard())}`;
    // Letters of any script: "консульский-отдел.vcf", "领事部.vcf".
    link.download = `${this.#headingText.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'contact'}.vcf`;
    link.click();
  }

  #copies = 0;

  #copyButton(label: string, value: string, what: 'phone' | 'email') {
    return html`<button part="copy" type="button" aria-label=${label} @click=${() => this.#copy(value, what)}>${copyIcon()}${msg('Copy', { id: 'consular-contact.copy' })}</button>`;
  }

  async #copy(value: string, what: 'phone' | 'email'): Promise<void> {
    // A status region speaks only when its text changes: a trailing no-break space that comes and goes makes
    // the same message ("copied") heard again on the next copy.
    const again = ++this.#copies % 2 ? '' : '\u00a0';
    try {
      await navigator.clipboard.writeText(value);
      this.copyFailed = false;
      this.copyStatus =
        what === 'phone'
          ? msg(str`Phone number copied: ${value}`, { id: 'consular-contact.phone-copied' }) + again
          : msg(str`E-mail address copied: ${value}`, { id: 'consular-contact.email-copied' }) + again;
    } catch {
      this.copyFailed = true;
      this.copyStatus = msg('Could not copy; select the text and copy it.', { id: 'consular-contact.copy-failed' }) + again;
    }
  }

  protected override render() {
    const locale = this.formattingLocale;
    const mailto = mailtoUrl(this.email);
    const time = (minutes: number) => {
      const text = timeFormat(locale, 'UTC').format(Date.UTC(2000, 0, 1, 0, minutes % 1440));
      return minutes === 1440 && text.startsWith('00') ? `24${text.slice(2)}` : text;
    };
    const weekday = (day: number) => dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + day));
    const phoneRow = (label: string, number: string | undefined, part: string, copyLabel: string) => {
      if (!number) return nothing;
      const e164 = toE164(number);
      return html`<div>
        <dt>${label}</dt>
        <dd>
          ${e164 ? html`<a part=${part} href="tel:${e164}" dir="ltr">${number}</a>` : html`<span part=${part} dir="ltr">${number}</span>`}
          <meta itemprop="telephone" content=${e164 ?? number} />
          ${this.#copyButton(copyLabel, e164 ?? number, 'phone')}
        </dd>
      </div>`;
    };
    return html`<section part="base" itemscope itemtype="https://schema.org/ContactPoint">
      ${heading(headingLevel(this.headingLevel, 2), this.#headingText, 'name')}
      <meta itemprop="contactType" content="consular" />
      ${this.#renderStatus(time, weekday)}
      <dl part="details">
        ${phoneRow(msg('Phone', { id: 'consular-contact.phone' }), this.phone, 'phone', msg('Copy phone number', { id: 'consular-contact.copy-phone' }))}
        ${phoneRow(
          msg('Emergency phone', { id: 'consular-contact.emergency-phone' }),
          this.emergencyPhone,
          'emergency-phone',
          msg('Copy emergency phone number', { id: 'consular-contact.copy-emergency-phone' }),
        )}
        ${this.email
          ? html`<div>
              <dt>${msg('E-mail', { id: 'consular-contact.email' })}</dt>
              <dd>
                ${mailto ? html`<a part="email" href=${mailto} dir="ltr">${breakable(String(this.email))}</a>` : html`<span part="email" dir="ltr">${this.email}</span>`}
                <meta itemprop="email" content=${this.email} />
                ${this.#copyButton(msg('Copy e-mail address', { id: 'consular-contact.copy-email' }), String(this.email).trim(), 'email')}
              </dd>
            </div>`
          : nothing}
        ${this.address
          ? html`<div>
              <dt>${msg('Address', { id: 'consular-contact.address' })}</dt>
              <dd part="address">${String(this.address).trim()}</dd>
            </div>`
          : nothing}
        ${this.hours
          ? html`<div>
              <dt>${msg('Opening hours', { id: 'consular-contact.hours' })}</dt>
              <dd>${this.#renderHours(time, weekday)}</dd>
            </div>`
          : nothing}
      </dl>
      ${this.phone || this.email || this.address
        ? html`<button part="save" type="button" @click=${() => this.saveContact()}>${saveIcon()}${msg('Save contact', { id: 'consular-contact.save' })}</button>`
        : nothing}
      <p part="copy-status" role="status" class="visually-hidden">${this.copyStatus}</p>
    </section>`;
  }

  #renderStatus(time: (minutes: number) => string, weekday: (day: number) => string) {
    if (this.timeZone && !this.#zone) {
      return html`<p part="notice">${msg(str`Unknown time zone “${shorten(String(this.timeZone))}”.`, { id: 'consular-contact.unknown-zone' })}</p>`;
    }
    const status = this.#status;
    if (!status) return nothing;
    const next = status.next;
    let text: unknown;
    if (status.open) text = msg('Open now', { id: 'consular-contact.open' });
    else if (!next) text = msg('Closed', { id: 'consular-contact.closed' });
    else {
      // The time is isolated, so its digits and any AM/PM mark keep their order in a right-to-left sentence.
      const at = html`<bdi>${time(next.minutes)}</bdi>`;
      const day = weekday(weekdayOf(next.date));
      text =
        next.daysAhead === 0
          ? msg(html`Closed, opens today at ${at}`, { id: 'consular-contact.opens-today' })
          : next.daysAhead === 1
            ? msg(html`Closed, opens tomorrow at ${at}`, { id: 'consular-contact.opens-tomorrow' })
            : msg(html`Closed, opens ${day} at ${at}`, { id: 'consular-contact.opens-on' });
    }
    return html`<p part="status" class=${status.open ? 'open' : 'closed'}>${text}</p>`;
  }

  /** The office's city from its zone id: English, so marked `lang="en"` on a page in another language. */
  #city() {
    const english = !/^en\b/i.test(this.formattingLocale);
    return html`<span lang=${english ? 'en' : nothing}>${cityFromTimeZone(this.timeZone || this.#zone!, this.#zone)}</span>`;
  }

  #renderHours(time: (minutes: number) => string, weekday: (day: number) => string) {
    const week = this.#week;
    if (!week) return html`<span part="hours">${this.hours}</span>`;
    const groups = groupDays(week);
    return html`<ul part="hours" role="list">
        ${groups.map(([first, last, ranges]) => {
          const days = first === last ? weekday(first) : `${weekday(first)}–${weekday(last)}`;
          // A day range and each time range stay whole on a line; the list wraps between them.
          const hours = ranges.length
            ? ranges.map(
                ([start, end], index) =>
                  html`${index ? msg(', ', { id: 'consular-contact.hours-separator' }) : ''}<bdi class="nowrap">${time(start)}–${time(end)}</bdi>`,
              )
            : msg('closed', { id: 'consular-contact.day-closed' });
          // The colon is the language's: "lundi–vendredi : …" (a narrow no-break space), "周一至周五：…".
          return html`<li><span class="nowrap">${msg(str`${days}:`, { id: 'consular-contact.days-label' })}</span> ${hours}</li>`;
        })}
      </ul>
      ${this.#zone ? html`<span part="time-zone">${msg(html`Hours in ${this.#city()} time`, { id: 'consular-contact.time-zone' })}</span>` : nothing}
      ${groups.flatMap(([first, last, ranges]) =>
        ranges.map(
          ([start, end]) => html`<span itemprop="hoursAvailable" itemscope itemtype="https://schema.org/OpeningHoursSpecification" hidden>
            ${SCHEMA_DAYS.slice(first, last + 1).map((day) => html`<link itemprop="dayOfWeek" href="https://schema.org/${day}" />`)}
            <meta itemprop="opens" content=${isoTime(start)} /><meta itemprop="closes" content=${isoTime(end)} />
          </span>`,
        ),
      )}`;
  }
}
