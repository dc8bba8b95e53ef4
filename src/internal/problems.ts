/**
 * Bad input, reported the same way by every element: one console warning and one `envoy-error` event per
 * problem while it lasts (not at every tick), next to the visible notice the element renders itself.
 */

/** What `envoy-error` carries. */
export interface EnvoyErrorDetail {
  /** A stable, machine-readable reason, e.g. `unknown-time-zone`, `invalid-now`. */
  code: string;
  /** A human-readable English description (also the console warning). */
  message: string;
  /** The offending input as given, when there is one. */
  input?: string;
}

/**
 * Fired by every envoy element when its input is unusable. It bubbles and crosses shadow roots.
 * The element still renders: the problem is shown inline and everything else keeps working.
 */
export class EnvoyErrorEvent extends CustomEvent<EnvoyErrorDetail> {
  static readonly eventName = 'envoy-error';
  constructor(detail: EnvoyErrorDetail) {
    super(EnvoyErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'envoy-error': EnvoyErrorEvent;
  }
}

/** Collects an element's current problems; `report` warns and dispatches for the new ones. */
export class ProblemReporter {
  private reported = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /** Call after each update with the problems the update found; each one is reported once while it lasts. */
  report(problems: readonly EnvoyErrorDetail[]): void {
    const current = new Set<string>();
    for (const problem of problems) {
      const key = `${problem.code}\u0000${problem.input ?? ''}`;
      current.add(key);
      if (this.reported.has(key)) continue;
      console.warn(`<${this.host.localName}> ${problem.message}`);
      this.host.dispatchEvent(new EnvoyErrorEvent(problem));
    }
    this.reported = current;
  }
}
