/**
 * What every envoy element shares: re-rendering when the page-wide locale changes, the lazy @lit/localize
 * configuration on first connect, the element's date-and-number locale, and problem reporting.
 */
import { LitElement, isServer } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization } from '../localization.js';
import { intlLocale, nearestLang } from './locale.js';
import { ProblemReporter } from './problems.js';

export class EnvoyElement extends LitElement {
  /** Reports bad input: one warning and one `envoy-error` per problem while it lasts. */
  protected readonly problems = new ProblemReporter(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  /**
   * The locale for dates and numbers: the nearest `lang` (this element's, an ancestor's across shadow roots,
   * `<html lang>`), as Intl supports it, else `en`. Read at each update, so it follows `lang` changes that
   * come with a re-render.
   */
  protected get formattingLocale(): string {
    return isServer ? 'en' : intlLocale(nearestLang(this));
  }
}
