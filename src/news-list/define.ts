import { NewsList } from './news-list.js';

export { NewsList, EnvoyLoadEvent, type NewsItem, type NewsSource } from './news-list.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script
// twice) finds the tag taken and leaves the first definition in place instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('news-list')) {
  customElements.define('news-list', NewsList);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
