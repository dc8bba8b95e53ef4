import { ArticleCard } from './article-card.js';

export { ArticleCard } from './article-card.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script
// twice) finds the tag taken and leaves the first definition in place instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('article-card')) {
  customElements.define('article-card', ArticleCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
