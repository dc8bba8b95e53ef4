/**
 * What every envoy element shares: re-rendering when the page-wide locale changes (one window listener for all
 * elements), the lazy @lit/localize configuration on first connect, the element's date-and-number locale, and
 * problem reporting.
 */
import { LitElement, isServer, nothing, render, type CSSResult } from 'lit';
import { ensureLocalization, rerenderOnLocaleChange } from '../localization.js';
import { intlLocale, nearestLang } from './locale.js';
import { ProblemReporter } from './problems.js';
import { CDN } from './build.js';

/**
 * The base class of every envoy element (not an element itself).
 *
 * @attr {string} lang - The language for this element's dates and numbers (`en-GB`, `ru`), as in HTML. Unset: the
 * nearest ancestor's `lang`, across shadow roots, else `<html lang>`, else `en`; `lang=""` is an unknown language
 * (`en`). Words come from the page-wide locale (`setLocale`). A language Intl cannot format in is reported as
 * `unsupported-lang` and formats in English.
 */
export class EnvoyElement extends LitElement {
  /** The tag this element has when `envoy-elements` or `envoy-elements/<tag>.js` registers it. */
  declare static readonly defaultTag: string;

  /**
   * Registers this element as `tag` (default: `defaultTag`) in `registry` (default: the page's `customElements`; a
   * scoped `CustomElementRegistry` works too). Guarded: a name already taken there is left as it is, so a second copy
   * of the library or another library's element of that name never makes it throw. Returns the class registered
   * under `tag` (this one, or whatever had the name first); on a server, where there is no registry, `undefined`.
   * `WorldClock.define('embassy-clock')` gives the same element a second name.
   */
  static define(
    tag: string = this.defaultTag,
    // On a server there is no registry and nothing to register.
    registry: CustomElementRegistry | undefined = globalThis.customElements,
  ): CustomElementConstructor | undefined {
    // A registry takes a constructor once: a further name gets a subclass of its own (where the registry can say
    // it has the class: `getName`, in every current browser and in Lit's server DOM shim).
    if (registry && !registry.get(tag)) registry.define(tag, registry.getName?.(this) ? class extends this {} : this);
    return registry?.get(tag);
  }

  /** Reports bad input: one warning and one `envoy-error` per problem while it lasts. */
  protected readonly problems = new ProblemReporter(this);

  /** Also watch the element's own `lang`, so dates and numbers follow it at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Named, so that elements that look at what changed (world-clock) re-check their problems too.
    if (name === 'lang') this.requestUpdate('lang');
  }

  override connectedCallback(): void {
    ensureLocalization();
    rerenderOnLocaleChange(this, true);
    // Connected again (moved in the page): the time, and the language it inherits, may have changed meanwhile.
    if (this.hasUpdated) this.requestUpdate();
    // Server-rendered (declarative shadow DOM): the server knew neither the reader's clock, zone nor language,
    // so the client renders afresh. Lit's hydration keeps the server's text where values differ; without
    // hydration support Lit would render beside the server's nodes. So: with hydration, hydrate and then render
    // afresh once, before the browser paints; without it, drop the server's nodes before the first render.
    else if (this.shadowRoot?.firstChild) {
      if (!CDN && 'litElementHydrateSupport' in globalThis) {
        void this.updateComplete.then(() => {
          // Clear what hydration adopted and render again.
          render(nothing, this.renderRoot, this.renderOptions);
          render(this.render(), this.renderRoot, this.renderOptions);
        });
      } else this.shadowRoot.replaceChildren();
    }
    super.connectedCallback();
  }

  /**
   * Moved into another document (an iframe, a popup): a shadow root there drops the constructed style sheets it
   * had, because a constructed sheet belongs to the document it was made in. Adopt copies made in the new
   * document's window. (Rare enough not to cache.) Timers and listeners live in this library's own window and go
   * on; the language is looked up afresh from the new ancestors when the element connects there.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (view && this.shadowRoot) {
      this.shadowRoot.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    rerenderOnLocaleChange(this, false);
  }

  /**
   * The locale for dates and numbers: the nearest `lang` (this element's, an ancestor's across shadow roots,
   * `<html lang>`), as Intl supports it, else `en`. Read at each update: a change of the element's own `lang`
   * re-renders it at once; an ancestor's change shows at the next render (a locale change, a new date; a live
   * world-clock looks once a minute).
   */
  protected get formattingLocale(): string {
    return isServer ? 'en' : intlLocale(nearestLang(this));
  }
}
