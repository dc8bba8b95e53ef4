import type { NewsItem } from '../src/news-list/news-list.js';

/** Fictional news of a fictional embassy, for stories and docs. */
export const sampleNews: NewsItem[] = [
  {
    title: 'National Day reception at the Embassy of Examplestan',
    href: 'https://embassy.example.org/news/national-day',
    date: '2020-07-06',
    summary: 'The Ambassador welcomed guests from the diplomatic corps, business and culture to the National Day reception.',
  },
  {
    title: 'The visa centre has moved to 12 Example Street',
    href: 'https://embassy.example.org/news/visa-centre',
    date: '2020-07-01',
    summary: 'From 1 July visa applications are accepted at the new address, on weekdays from 09:00 to 16:00.',
  },
  {
    title: 'Exhibition of Examplestan textiles opens at the cultural centre',
    href: 'https://embassy.example.org/news/textiles',
    date: '2020-06-25',
    summary: 'Two hundred years of weaving, from village looms to modern design.',
  },
  {
    title: 'New consular opening hours',
    href: 'https://embassy.example.org/news/consular-hours',
    date: '2020-06-18',
    summary: 'The consular section now opens on weekdays from 09:00 to 12:30 and from 14:00 to 17:00.',
  },
];
