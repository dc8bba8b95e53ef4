import { isSupportedLang } from './locale.js';

/**
 * Bad input, reported the same way by every element: one console warning and one `envoy-error` event per
 * problem while it lasts (not at every tick), next to the visible notice the element renders itself.
 */

/** What `envoy-error` carries. */
export interface EnvoyErrorDetail {
  /** A stable, machine-readable reason, e.g. `unknown-time-zone`, `invalid-now`. */
  code: string;
  /** A short English description, also the console warning: `invalid-date: "2018-02-30"` by default. */
  message: string;
  /** The offending input as given, when there is one. */
  input?: string;
}

/**
 * Fired by every envoy element when its input is unusable. It bubbles and crosses shadow roots.
 * The element still renders: the problem is shown inline and everything else keeps working.
 */
export class EnvoyErrorEvent extends CustomEvent<EnvoyErrorDetail> {
  constructor(detail: EnvoyErrorDetail) {
    super('envoy-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'envoy-error': EnvoyErrorEvent;
  }
}

/** A problem as an element states it; `message` defaults to the code and the input. */
export type Problem = Omit<EnvoyErrorDetail, 'message'> & { message?: string };

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
      this.#host.dispatchEvent(new EnvoyErrorEvent({ code, message, input }));
    }
    this.#reported = current;
  }
}
