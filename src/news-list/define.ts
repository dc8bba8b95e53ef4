import { NewsList } from './news-list.js';

// Everything the element's module exports: the class and the types its API names.
export * from './news-list.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script twice), or
// another library's element of the same name, finds the tag taken and is left in place; nothing throws. To register
// the element under another name, import the class module instead and call `NewsList.define('other-name')`.
NewsList.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
