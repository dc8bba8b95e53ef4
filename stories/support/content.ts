/**
 * The sample content every story shows, per toolbar language: the one module stories read it through.
 *
 * The texts are the translated sample content of stories/sample-content.ts (written with the translations); this
 * module shapes them for the stories and adds what only the stories need: illustrations for the news, the place
 * names the world clock shows, and the Compose page's navigation built from the same texts. Stories, the Compose
 * page and the generated sample feeds (.storybook/sample-feeds.ts) read only `sampleContent` and `LOCALES` from
 * here.
 *
 * Runs in the browser and in Node (the feed generator), so it imports no element.
 */
import type { NewsItem } from '../../src/news-list/news-list.js';
import { sampleContent as translated, type SampleLanguage } from '../sample-content.js';

/** The languages of the Language toolbar, in its order. */
export const LOCALES = ['en', 'ru', 'fr', 'de', 'es', 'zh', 'ar'] as const satisfies readonly SampleLanguage[];
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

export interface SampleContent {
  /** The `lang` a page in this language carries (`en-GB`, `zh-CN`, `ar-EG`): dates, numbers and the words follow it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The embassy's name, in the Compose page's header. */
  embassy: string;
  /** Place names for the world clock, by IANA zone (a zone missing here is labelled by the element, in English). */
  cities: Record<string, string>;
  counter: {
    /** The slotted event of the counter: "… since the opening of the new consulate". */
    event: string;
    /** A countdown's event: "… until the national day reception". */
    countdownEvent: string;
  };
  article: { kicker: string; heading: string; excerpt: string; imageAlt: string };
  news: { heading: string; items: NewsItem[] };
  consular: { heading: string; address: string };
  /** The Compose page's navigation (its sections' names) and footer. */
  page: { navigation: string[]; footer: string };
}

/** Item illustrations (story-owned, decorative: no text alternative needed), served at samples/images/. */
const NEWS_IMAGES = ['reception', 'visa-centre', 'textiles'];

/**
 * The clock's place names. Story-owned: the translated sample content has none, and a label the page does not
 * give is English (the zone id's city), which would put English words in, say, an Arabic page.
 */
const CITIES: Record<StoryLocale, Record<string, string>> = {
  en: {
    'Europe/Moscow': 'Moscow',
    'Europe/London': 'London',
    'America/New_York': 'New York',
    'America/Los_Angeles': 'Los Angeles',
    'Asia/Tokyo': 'Tokyo',
    'Pacific/Pago_Pago': 'Pago Pago',
    'Pacific/Kiritimati': 'Kiritimati',
  },
  ru: {
    'Europe/Moscow': 'Москва',
    'Europe/London': 'Лондон',
    'America/New_York': 'Нью-Йорк',
    'America/Los_Angeles': 'Лос-Анджелес',
    'Asia/Tokyo': 'Токио',
    'Pacific/Pago_Pago': 'Паго-Паго',
    'Pacific/Kiritimati': 'Киритимати',
  },
  fr: {
    'Europe/Moscow': 'Moscou',
    'Europe/London': 'Londres',
    'America/New_York': 'New York',
    'America/Los_Angeles': 'Los Angeles',
    'Asia/Tokyo': 'Tokyo',
    'Pacific/Pago_Pago': 'Pago Pago',
    'Pacific/Kiritimati': 'Kiritimati',
  },
  de: {
    'Europe/Moscow': 'Moskau',
    'Europe/London': 'London',
    'America/New_York': 'New York',
    'America/Los_Angeles': 'Los Angeles',
    'Asia/Tokyo': 'Tokio',
    'Pacific/Pago_Pago': 'Pago Pago',
    'Pacific/Kiritimati': 'Kiritimati',
  },
  es: {
    'Europe/Moscow': 'Moscú',
    'Europe/London': 'Londres',
    'America/New_York': 'Nueva York',
    'America/Los_Angeles': 'Los Ángeles',
    'Asia/Tokyo': 'Tokio',
    'Pacific/Pago_Pago': 'Pago Pago',
    'Pacific/Kiritimati': 'Kiritimati',
  },
  zh: {
    'Europe/Moscow': '莫斯科',
    'Europe/London': '伦敦',
    'America/New_York': '纽约',
    'America/Los_Angeles': '洛杉矶',
    'Asia/Tokyo': '东京',
    'Pacific/Pago_Pago': '帕果帕果',
    'Pacific/Kiritimati': '基里蒂马蒂',
  },
  ar: {
    'Europe/Moscow': 'موسكو',
    'Europe/London': 'لندن',
    'America/New_York': 'نيويورك',
    'America/Los_Angeles': 'لوس أنجلوس',
    'Asia/Tokyo': 'طوكيو',
    'Pacific/Pago_Pago': 'باغو باغو',
    'Pacific/Kiritimati': 'كيريتيماتي',
  },
};

const isLocale = (locale: string): locale is StoryLocale => (LOCALES as readonly string[]).includes(locale);

/** The sample content in `locale` (a toolbar language; anything else gives English). */
export function sampleContent(locale: string): SampleContent {
  const language = isLocale(locale) ? locale : 'en';
  const source = translated[language];
  // The address's first line is the embassy's name in every language.
  const embassy = source.consular.address.split('\n')[0]!;
  return {
    lang: source.lang,
    dir: source.dir,
    embassy,
    cities: CITIES[language],
    counter: { event: source.counter.since, countdownEvent: source.counter.until },
    article: source.featured,
    news: {
      heading: source.newsHeading,
      items: source.news.map((item, index) =>
        NEWS_IMAGES[index] ? { ...item, image: `samples/images/${NEWS_IMAGES[index]}.svg` } : item,
      ),
    },
    consular: source.consular,
    page: {
      navigation: [source.featured.kicker, source.newsHeading, source.consular.heading],
      footer: `© ${embassy}`,
    },
  };
}

/** A `zones` attribute for these IANA zones, labelled in the content's language: "Moscow=Europe/Moscow, …". */
export function zoneList(zones: readonly string[], content: SampleContent): string {
  return zones.map((zone) => (content.cities[zone] ? `${content.cities[zone]}=${zone}` : zone)).join(', ');
}
