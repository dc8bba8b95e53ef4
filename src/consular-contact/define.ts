import { ConsularContact } from './consular-contact.js';

// Everything the element's module exports: the class and the types its API names.
export * from './consular-contact.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script twice), or
// another library's element of the same name, finds the tag taken and is left in place; nothing throws. To register
// the element under another name, import the class module instead and call `ConsularContact.define('other-name')`.
ConsularContact.define();

declare global {
  interface HTMLElementTagNameMap {
    'consular-contact': ConsularContact;
  }
}
