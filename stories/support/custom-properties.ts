import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on the element it is bound to, through the CSSOM (`style.setProperty`), which a strict
 * `style-src 'self'` page allows; removes the ones no longer given. For story roots that are not envoy elements
 * (the Compose page, the theming showcase); elements get theirs through renderElement.
 */
class CustomProperties extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperties goes on an element');
  }

  render(_properties: [string, string | undefined][]) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [[string, string | undefined][]]) {
    const element = part.element as HTMLElement;
    const set = new Set<string>();
    for (const [name, value] of properties) {
      if (value === undefined || value === '') continue;
      set.add(name);
      element.style.setProperty(name, value);
    }
    for (const name of this.#set) if (!set.has(name)) element.style.removeProperty(name);
    this.#set = set;
    if (!element.style.length) element.removeAttribute('style');
    return nothing;
  }
}

export const customProperties = directive(CustomProperties);
