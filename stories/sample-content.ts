import type { NewsItem } from '../src/news-list/news-list.js';
import { sampleNews } from './sample-news.js';

/**
 * The stories' sample content in each of the library's languages, so that a page in Arabic or Chinese shows no
 * English: the counter's events, the news, the featured article and the consular block of the same fictional
 * Embassy of Examplestan in London (the stories' phone numbers and `Europe/London` hours), with the same links and
 * dates as `sample-news.ts`. Neutral and fictional throughout. The country's name is kept in Latin-script languages
 * (Spanish writes it Examplestán, as it writes Kazajistán) and rendered by meaning in the others, as a reader there
 * would expect of a made-up name: Примерстан, 示例斯坦, مثالستان. London's street names stay English in Latin-script
 * languages, as real addresses abroad do, and are translated in the others.
 *
 * Give the page (or the story's wrapper) `lang` and `dir` from here: the library's words follow the language, and
 * dates and numbers follow `lang`. `ar-EG` writes Arabic-Indic digits (٨٥٥); plain `ar` writes Latin digits in
 * current browsers (CLDR), like `ar-AE` and `ar-MA`.
 *
 * The counter's event texts are written as they read after the built-in phrase (xliff/README.md): Russian in the
 * genitive, German "since" in the dative and "until" with "zum".
 */
export interface SampleContent {
  /** For `<html lang>` or a wrapper's `lang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** `<days-since>`'s slot: with `since` (the opening) and with `until` (the reception). */
  counter: { since: string; until: string };
  /** `<news-list heading>` and its items (same `href` and `date` as `sampleNews`). */
  newsHeading: string;
  news: NewsItem[];
  /** `<article-card variant="featured">`: `kicker`, `heading`, `image-alt`, and the excerpt in the slot. */
  featured: { kicker: string; heading: string; excerpt: string; imageAlt: string };
  /** `<consular-contact>`'s `heading` and `address` (lines separated by `\n`). */
  consular: { heading: string; address: string };
}

export type SampleLanguage = 'en' | 'ru' | 'fr' | 'de' | 'es' | 'zh' | 'ar';

/** `sampleNews` with each item's title and summary in another language, in the same order. */
const news = (texts: [title: string, summary: string][]): NewsItem[] =>
  sampleNews.map((item, index) => ({ ...item, title: texts[index][0], summary: texts[index][1] }));

export const sampleContent: Record<SampleLanguage, SampleContent> = {
  en: {
    lang: 'en-GB',
    dir: 'ltr',
    counter: { since: 'the opening of the new consulate', until: 'the national day reception' },
    newsHeading: 'Latest events',
    news: sampleNews,
    featured: {
      kicker: 'Speeches, interviews, articles',
      heading: 'Interview of the Ambassador of Examplestan on trade and culture',
      excerpt:
        'The Ambassador spoke about trade between our countries, the new cultural centre and the exchange programme for students, which opens to applications this autumn.',
      imageAlt: 'The Ambassador during the interview',
    },
    consular: { heading: 'Consular section', address: 'Embassy of Examplestan\n1 Example Gardens\nLondon' },
  },

  ru: {
    lang: 'ru',
    dir: 'ltr',
    counter: { since: 'открытия нового консульства', until: 'приёма по случаю Национального дня' },
    newsHeading: 'Последние события',
    news: news([
      [
        'Приём по случаю Национального дня в Посольстве Примерстана',
        'Посол приветствовал представителей дипломатического корпуса, деловых и культурных кругов на приёме по случаю Национального дня.',
      ],
      [
        'Визовый центр переехал по адресу: Экзампл-стрит, 12',
        'С 1 июля документы на визу принимаются по новому адресу по рабочим дням с 09:00 до 16:00.',
      ],
      [
        'В культурном центре открылась выставка текстиля Примерстана',
        'Двести лет ткачества — от деревенских станков до современного дизайна.',
      ],
      [
        'Новые часы работы консульского отдела',
        'Консульский отдел теперь ведёт приём по рабочим дням с 09:00 до 12:30 и с 14:00 до 17:00.',
      ],
    ]),
    featured: {
      kicker: 'Выступления, интервью, статьи',
      heading: 'Интервью Посла Примерстана о торговле и культуре',
      excerpt:
        'Посол рассказал о торговле между нашими странами, о новом культурном центре и о программе студенческого обмена, приём заявок на которую откроется этой осенью.',
      imageAlt: 'Посол во время интервью',
    },
    consular: { heading: 'Консульский отдел', address: 'Посольство Примерстана\nЭкзампл-Гарденс, 1\nЛондон' },
  },

  fr: {
    lang: 'fr',
    dir: 'ltr',
    counter: { since: 'l’ouverture du nouveau consulat', until: 'la réception de la fête nationale' },
    newsHeading: 'Actualités',
    news: news([
      [
        'Réception de la fête nationale à l’ambassade d’Examplestan',
        'L’ambassadeur a accueilli des représentants du corps diplomatique, des milieux économiques et du monde de la culture à la réception de la fête nationale.',
      ],
      [
        'Le centre de visas a déménagé au 12, Example Street',
        'Depuis le 1er juillet, les demandes de visa sont reçues à la nouvelle adresse, du lundi au vendredi de 9 h à 16 h.',
      ],
      [
        'Le centre culturel présente une exposition de textiles d’Examplestan',
        'Deux siècles de tissage, des métiers villageois au design contemporain.',
      ],
      [
        'Nouveaux horaires de la section consulaire',
        'La section consulaire est désormais ouverte du lundi au vendredi de 9 h à 12 h 30 et de 14 h à 17 h.',
      ],
    ]),
    featured: {
      kicker: 'Discours, entretiens, tribunes',
      heading: 'Entretien avec l’ambassadeur d’Examplestan sur le commerce et la culture',
      excerpt:
        'L’ambassadeur a évoqué les échanges commerciaux entre nos deux pays, le nouveau centre culturel et le programme d’échanges étudiants, dont l’appel à candidatures s’ouvre cet automne.',
      imageAlt: 'L’ambassadeur pendant l’entretien',
    },
    consular: { heading: 'Section consulaire', address: 'Ambassade d’Examplestan\n1 Example Gardens\nLondres' },
  },

  de: {
    lang: 'de',
    dir: 'ltr',
    counter: { since: 'der Eröffnung des neuen Konsulats', until: 'zum Empfang am Nationalfeiertag' },
    newsHeading: 'Aktuelles',
    news: news([
      [
        'Empfang zum Nationalfeiertag in der Botschaft von Examplestan',
        'Der Botschafter begrüßte Gäste aus dem diplomatischen Korps, der Wirtschaft und der Kultur zum Empfang anlässlich des Nationalfeiertags.',
      ],
      [
        'Das Visazentrum befindet sich jetzt in der 12 Example Street',
        'Seit dem 1. Juli werden Visumanträge unter der neuen Anschrift entgegengenommen, werktags von 9 bis 16 Uhr.',
      ],
      [
        'Ausstellung zur Textilkunst Examplestans im Kulturzentrum eröffnet',
        'Zweihundert Jahre Webkunst – vom Dorfwebstuhl bis zum modernen Design.',
      ],
      [
        'Neue Öffnungszeiten der Konsularabteilung',
        'Die Konsularabteilung ist jetzt werktags von 9 bis 12.30 Uhr und von 14 bis 17 Uhr geöffnet.',
      ],
    ]),
    featured: {
      kicker: 'Reden, Interviews, Beiträge',
      heading: 'Interview mit dem Botschafter von Examplestan über Handel und Kultur',
      excerpt:
        'Der Botschafter sprach über den Handel zwischen unseren Ländern, das neue Kulturzentrum und das Austauschprogramm für Studierende, für das die Bewerbungsfrist in diesem Herbst beginnt.',
      imageAlt: 'Der Botschafter während des Interviews',
    },
    consular: { heading: 'Konsularabteilung', address: 'Botschaft von Examplestan\n1 Example Gardens\nLondon' },
  },

  es: {
    lang: 'es',
    dir: 'ltr',
    counter: { since: 'la inauguración del nuevo consulado', until: 'la recepción de la Fiesta Nacional' },
    newsHeading: 'Actualidad',
    news: news([
      [
        'Recepción con motivo de la Fiesta Nacional en la Embajada de Examplestán',
        'El embajador recibió a invitados del cuerpo diplomático, del mundo empresarial y de la cultura en la recepción con motivo de la Fiesta Nacional.',
      ],
      [
        'El centro de visados se ha trasladado al 12 de Example Street',
        'Desde el 1 de julio, las solicitudes de visado se presentan en la nueva dirección, de lunes a viernes de 9:00 a 16:00.',
      ],
      [
        'El centro cultural inaugura una exposición de tejidos de Examplestán',
        'Doscientos años de tradición textil, de los telares de aldea al diseño contemporáneo.',
      ],
      [
        'Nuevo horario de la Sección consular',
        'La Sección consular atiende ahora al público de lunes a viernes de 9:00 a 12:30 y de 14:00 a 17:00.',
      ],
    ]),
    featured: {
      kicker: 'Discursos, entrevistas, artículos',
      heading: 'Entrevista al embajador de Examplestán sobre comercio y cultura',
      excerpt:
        'El embajador habló del comercio entre nuestros países, del nuevo centro cultural y del programa de intercambio de estudiantes, cuya convocatoria se abre este otoño.',
      imageAlt: 'El embajador durante la entrevista',
    },
    consular: { heading: 'Sección consular', address: 'Embajada de Examplestán\n1 Example Gardens\nLondres' },
  },

  zh: {
    lang: 'zh-CN',
    dir: 'ltr',
    counter: { since: '新领事馆开馆', until: '国庆招待会' },
    newsHeading: '最新动态',
    news: news([
      ['示例斯坦驻英国大使馆举行国庆招待会', '大使欢迎来自外交使团、工商界和文化界的嘉宾出席国庆招待会。'],
      ['签证中心迁至示例街 12 号', '自 7 月 1 日起，签证申请改在新地址受理，受理时间为工作日 9:00 至 16:00。'],
      ['示例斯坦纺织品展在文化中心开幕', '两百年纺织技艺，从乡村织机到现代设计。'],
      ['领事部调整对外办公时间', '领事部现于工作日 9:00 至 12:30、14:00 至 17:00 对外办公。'],
    ]),
    featured: {
      kicker: '讲话、采访、文章',
      heading: '示例斯坦大使就经贸与人文交流接受专访',
      excerpt: '大使谈及两国经贸往来、新建的文化中心，以及将于今秋开放申请的学生交流项目。',
      imageAlt: '大使接受采访',
    },
    consular: { heading: '领事部', address: '示例斯坦驻英国大使馆\n伦敦示例花园 1 号' },
  },

  ar: {
    lang: 'ar-EG',
    dir: 'rtl',
    counter: { since: 'افتتاح القنصلية الجديدة', until: 'حفل الاستقبال بمناسبة العيد الوطني' },
    newsHeading: 'آخر الأخبار',
    news: news([
      [
        'حفل استقبال بمناسبة العيد الوطني في سفارة مثالستان',
        'استقبل السفير ضيوفًا من السلك الدبلوماسي وأوساط الأعمال والثقافة في حفل الاستقبال بمناسبة العيد الوطني.',
      ],
      [
        'انتقال مركز التأشيرات إلى ١٢ شارع المثال',
        'اعتبارًا من ١ يوليو تُقدَّم طلبات التأشيرة في العنوان الجديد، أيام العمل من الساعة ٩:٠٠ إلى الساعة ١٦:٠٠.',
      ],
      ['افتتاح معرض للمنسوجات المثالستانية في المركز الثقافي', 'مئتا عام من فن النسيج، من أنوال القرى إلى التصميم الحديث.'],
      [
        'مواعيد عمل جديدة للقسم القنصلي',
        'يستقبل القسم القنصلي المراجعين الآن أيام العمل من الساعة ٩:٠٠ إلى ١٢:٣٠ ومن الساعة ١٤:٠٠ إلى ١٧:٠٠.',
      ],
    ]),
    featured: {
      kicker: 'كلمات ومقابلات ومقالات',
      heading: 'مقابلة مع سفير مثالستان حول التجارة والثقافة',
      excerpt:
        'تحدّث السفير عن التبادل التجاري بين بلدينا، والمركز الثقافي الجديد، وبرنامج تبادل الطلاب الذي يُفتح باب التقديم إليه هذا الخريف.',
      imageAlt: 'السفير في أثناء المقابلة',
    },
    consular: { heading: 'القسم القنصلي', address: 'سفارة مثالستان\n١ حدائق المثال\nلندن' },
  },
};
