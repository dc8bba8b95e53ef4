import { expect, fixture, html } from '@open-wc/testing';
import { languageSuite } from './suite.js';
import { partText } from '../helpers/index.js';

const event = 'افتتاح القنصلية الجديدة';
const reception = 'حفل الاستقبال بمناسبة العيد الوطني';

languageSuite({
  code: 'ar',
  // Egypt writes Arabic-Indic digits (٨٥٥); see the digits test below for the other Arabic tags.
  pageLang: 'ar-EG',
  otherTag: 'ar-u-nu-latn',
  sinceEvent: event,
  untilEvent: reception,
  // Six categories; one and two say the number in words, then the figure (lit-localize keeps every placeholder).
  since: {
    0: `مرّ ٠ يوم على ${event}`,
    1: `مرّ يوم واحد (١) على ${event}`,
    2: `مرّ يومان (٢) على ${event}`,
    3: `مرّت ٣ أيام على ${event}`,
    11: `مرّ ١١ يومًا على ${event}`,
    100: `مرّ ١٠٠ يوم على ${event}`,
  },
  until: {
    0: `بقي ٠ يوم على ${reception}`,
    1: `بقي يوم واحد (١) على ${reception}`,
    2: `بقي يومان (٢) على ${reception}`,
    3: `بقيت ٣ أيام على ${reception}`,
    11: `بقي ١١ يومًا على ${reception}`,
    100: `بقي ١٠٠ يوم على ${reception}`,
  },
  // The clock's marker writes its count as the page writes numbers: Arabic-Indic digits on an ar-EG page.
  ahead: {
    0: ['+٠ يوم', 'متقدّم بـ٠ يوم'],
    1: ['+١ يوم', 'متقدّم بيوم واحد (١)'],
    2: ['+٢ يوم', 'متقدّم بيومين (٢)'],
    3: ['+٣ أيام', 'متقدّم بـ٣ أيام'],
    11: ['+١١ يومًا', 'متقدّم بـ١١ يومًا'],
    100: ['+١٠٠ يوم', 'متقدّم بـ١٠٠ يوم'],
  },
  behind: { 1: ['−١ يوم', 'متأخّر بيوم واحد (١)'], 2: ['−٢ يوم', 'متأخّر بيومين (٢)'] },
  hoursPunctuation: { colon: ':', separator: '، ' },
  words: {
    unknownZone: (input) => `منطقة زمنية غير معروفة «${input}»`,
    invalidNow: (input) => `تعذّرت قراءة الوقت «${input}»؛ يُعرض الوقت الحالي.`,
    invalidZones: 'تعذّرت قراءة قائمة المناطق الزمنية؛ يُعرض التوقيت المحلي.',
    invalidHourCycle: (input) => `نظام الساعة «${input}» غير معروف؛ يُستخدم النظام الافتراضي للغة.`,
    bothDates: 'يُرجى تحديد «since» أو «until»، لا كليهما.',
    counterUnknownZone: (input) => `المنطقة الزمنية «${input}» غير معروفة.`,
    invalidDate: (input) => `تعذّرت قراءة التاريخ «${input}».`,
    counterInvalidNow: (input) => `تعذّرت قراءة الوقت «${input}»؛ يبدأ العدّ من اليوم.`,
    missingDate: 'لم يُحدَّد أي تاريخ.',
    untitled: 'بدون عنوان',
    unsafeLink: 'أُزيل هذا الرابط لأن عنوانه غير آمن.',
    more: 'جميع الأخبار',
    loading: 'جارٍ تحميل الأخبار…',
    error: 'تعذّر تحميل الأخبار.',
    retry: 'إعادة المحاولة',
    empty: 'لا توجد أخبار بعد.',
    markupKept: 'تعذّر تحميل آخر الأخبار.',
    heading: 'القسم القنصلي',
    labels: ['الهاتف', 'هاتف الطوارئ', 'البريد الإلكتروني', 'العنوان', 'مواعيد العمل'],
    copy: 'نسخ',
    copyLabels: ['نسخ رقم الهاتف', 'نسخ رقم هاتف الطوارئ', 'نسخ عنوان البريد الإلكتروني'],
    phoneCopied: (value) => `تم نسخ رقم الهاتف: ${value}`,
    emailCopied: (value) => `تم نسخ عنوان البريد الإلكتروني: ${value}`,
    copyFailed: 'تعذّر النسخ؛ يُرجى تحديد النص ونسخه.',
    save: 'حفظ جهة الاتصال',
    officeUnknownZone: (input) => `المنطقة الزمنية «${input}» غير معروفة.`,
    open: 'مفتوح الآن',
    opensToday: (at) => `مغلق، يفتح اليوم في الساعة ${at}`,
    opensTomorrow: (at) => `مغلق، يفتح غدًا في الساعة ${at}`,
    opensOn: (day, at) => `مغلق، يفتح يوم ${day} في الساعة ${at}`,
    dayClosed: 'مغلق',
    timeZone: (city) => `المواعيد بتوقيت ${city}`,
  },
});

describe('ar: digits', () => {
  const count = async (lang: string) =>
    partText(
      await fixture(html`<days-since lang=${lang} since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00"></days-since>`),
      'count',
    );

  it('Arabic-Indic digits where the locale writes them, Latin with -u-nu-latn', async () => {
    expect(await count('ar-EG')).to.equal('٨٥٥');
    expect(await count('ar-SA')).to.equal('٨٥٥');
    expect(await count('ar-u-nu-arab')).to.equal('٨٥٥');
    expect(await count('ar-EG-u-nu-latn')).to.equal('855');
    expect(await count('ar-u-nu-latn')).to.equal('855');
    // The Maghreb writes Latin digits.
    expect(await count('ar-MA')).to.equal('855');
  });

  it('plain "ar" writes what Intl says for it (CLDR 42 and later: Latin digits; earlier ICU: Arabic-Indic)', async () => {
    expect(await count('ar')).to.equal(new Intl.NumberFormat('ar').format(855));
  });

  it('the counter on an Egyptian page: Arabic words, Arabic-Indic digits, the count in its place', async () => {
    const el = await fixture(html`<days-since lang="ar-EG" since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">${event}</days-since>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('مرّ ٨٥٥ يومًا على');
  });
});
