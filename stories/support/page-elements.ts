import { zoneList, type SampleContent } from './content.js';
import type { ElementSpec } from './element.js';

/** The five elements of the page, from the sample content in the toolbar's language. */
export function pageElements(content: SampleContent, now: string | undefined): Record<string, ElementSpec> {
  return {
    clock: {
      tag: 'world-clock',
      attributes: [
        ['zones', zoneList(['Europe/Moscow', 'Europe/London'], content)],
        ['show-date', true],
        ['now', now],
      ],
    },
    featured: {
      tag: 'article-card',
      attributes: [
        ['variant', 'featured'],
        ['kicker', content.article.kicker],
        ['heading', content.article.heading],
        ['href', 'https://embassy.example.org/speeches/interview'],
        ['date', '2020-07-06'],
        ['image', 'samples/images/interview.svg'],
        ['image-alt', content.article.imageAlt],
        ['heading-level', 2],
      ],
      text: content.article.excerpt,
    },
    news: {
      tag: 'news-list',
      attributes: [
        ['heading', content.news.heading],
        ['more-href', 'https://embassy.example.org/news'],
        ['limit', 3],
      ],
      properties: { items: content.news.items },
    },
    consular: {
      tag: 'consular-contact',
      attributes: [
        ['phone', '+44 (0) 203 668 7474'],
        ['emergency-phone', '+44 7700 900123'],
        ['email', 'consul@embassy.example.org'],
        ['heading', content.consular.heading],
        ['address', content.consular.address],
        ['hours', 'Mo-Fr 09:00-12:30, 14:00-17:00'],
        ['time-zone', 'Europe/London'],
        ['now', now],
      ],
    },
    counter: {
      tag: 'days-since',
      attributes: [
        ['since', '2018-03-04'],
        ['time-zone', 'Europe/Moscow'],
        ['now', now],
      ],
      text: content.counter.event,
    },
  };
}
