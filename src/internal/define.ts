/**
 * Guarded registration: a second copy of the library on a page (the CDN widget beside an npm build, or the
 * same script twice) finds the tag taken and leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
