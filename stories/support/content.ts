/**
 * The sample content every story shows, per toolbar language: the one import that switches what the stories say.
 *
 * Stories, the Compose page and the generated sample feeds (.storybook/sample-feeds.ts) read only `sampleContent`
 * and `LOCALES` from here, so when the translated sample content lands (stories/sample-content.ts), this module is
 * the only one that changes. Until then every language shows the English sample, with the elements' own words and
 * the dates in the chosen language.
 *
 * Runs in the browser and in Node (the feed generator), so it imports types only.
 */
import type { NewsItem } from '../../src/news-list/news-list.js';

/** The languages of the Language toolbar, in its order. */
export const LOCALES = ['en', 'ru', 'fr', 'de', 'es', 'zh', 'ar'] as const;
export type StoryLocale = (typeof LOCALES)[number];

/** Each language named in itself, for the toolbar. */
export const LOCALE_NAMES: Record<StoryLocale, string> = {
  en: 'English',
  ru: 'Русский',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  zh: '中文',
  ar: 'العربية',
};

/** Right-to-left languages among LOCALES: the Direction toolbar's "auto" turns these right to left. */
export const RTL_LOCALES: readonly StoryLocale[] = ['ar'];

export interface SampleContent {
  /** The embassy's name, in the Compose page's header. */
  embassy: string;
  /** The city the embassy is in, under its name. */
  embassyCity: string;
  /** Place names for the world clock, by IANA zone. A zone missing here is labelled by the element. */
  cities: Record<string, string>;
  counter: {
    /** The slotted event of the counter: "… since the opening of the new consulate". */
    event: string;
    /** A countdown's event: "… until the national day reception". */
    countdownEvent: string;
    /** Custom wording: "{count} days without a missed visa appointment at {event}", per plural category. */
    customEvent: string;
    customPhrases: { one?: string; few?: string; many?: string; other: string };
  };
  article: { kicker: string; heading: string; excerpt: string; imageAlt: string };
  news: { heading: string; items: NewsItem[] };
  consular: { address: string };
  /** Headings of the Compose page's sections. */
  page: { skipLink: string; navigation: string[]; footer: string };
}

/** Item images: story-owned illustrations, served beside the sample feeds (see .storybook/main.ts). */
const image = (name: string) => `samples/images/${name}.svg`;

const english: SampleContent = {
  embassy: 'Embassy of Examplestan',
  embassyCity: 'in the United Kingdom',
  cities: {
    'Europe/Moscow': 'Moscow',
    'Europe/London': 'London',
    'America/New_York': 'New York',
    'America/Los_Angeles': 'Los Angeles',
    'Asia/Tokyo': 'Tokyo',
    'Pacific/Auckland': 'Auckland',
    'Pacific/Pago_Pago': 'Pago Pago',
    'Pacific/Kiritimati': 'Kiritimati',
  },
  counter: {
    event: 'the opening of the new consulate',
    countdownEvent: 'the national day reception',
    customEvent: 'the visa centre',
    customPhrases: {
      one: '{count} day without a missed visa appointment at {event}',
      other: '{count} days without a missed visa appointment at {event}',
    },
  },
  article: {
    kicker: 'Speeches, interviews, articles',
    heading: 'Interview of the Ambassador of Examplestan on trade and culture',
    excerpt:
      'The Ambassador spoke about trade between our countries, the new cultural centre and the exchange programme for students, which opens to applications this autumn.',
    imageAlt: 'The Ambassador during the interview',
  },
  news: {
    heading: 'Latest events',
    items: [
      {
        title: 'National Day reception at the Embassy of Examplestan',
        href: 'https://embassy.example.org/news/national-day',
        date: '2020-07-06',
        summary:
          'The Ambassador welcomed guests from the diplomatic corps, business and culture to the National Day reception.',
        image: image('reception'),
        imageAlt: 'Guests at the reception',
      },
      {
        title: 'The visa centre has moved to 12 Example Street',
        href: 'https://embassy.example.org/news/visa-centre',
        date: '2020-07-01',
        summary: 'From 1 July visa applications are accepted at the new address, on weekdays from 09:00 to 16:00.',
        image: image('visa-centre'),
        imageAlt: 'The new visa centre',
      },
      {
        title: 'Exhibition of Examplestan textiles opens at the cultural centre',
        href: 'https://embassy.example.org/news/textiles',
        date: '2020-06-25',
        summary: 'Two hundred years of weaving, from village looms to modern design.',
        image: image('textiles'),
        imageAlt: 'A woven carpet',
      },
      {
        title: 'New consular opening hours',
        href: 'https://embassy.example.org/news/consular-hours',
        date: '2020-06-18',
        summary: 'The consular section now opens on weekdays from 09:00 to 12:30 and from 14:00 to 17:00.',
      },
    ],
  },
  consular: { address: 'Embassy of Examplestan\n1 Example Gardens\nLondon W8 4AA' },
  page: {
    skipLink: 'Skip to content',
    navigation: ['The Embassy', 'Consular services', 'Visas', 'Culture', 'Press'],
    footer: '© Embassy of Examplestan. Fictional sample content.',
  },
};

/**
 * The sample content in `locale` (a toolbar language; anything else gives English).
 * Until the translated sample content lands, every language shows the English sample.
 */
export function sampleContent(locale: string): SampleContent {
  void locale;
  return english;
}

/** A `zones` attribute for these IANA zones, labelled in the content's language: "Moscow=Europe/Moscow, …". */
export function zoneList(zones: readonly string[], content: SampleContent): string {
  return zones.map((zone) => (content.cities[zone] ? `${content.cities[zone]}=${zone}` : zone)).join(', ');
}
