import { ConsularContact } from './consular-contact.js';

export { ConsularContact } from './consular-contact.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script
// twice) finds the tag taken and leaves the first definition in place instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('consular-contact')) {
  customElements.define('consular-contact', ConsularContact);
}

declare global {
  interface HTMLElementTagNameMap {
    'consular-contact': ConsularContact;
  }
}
