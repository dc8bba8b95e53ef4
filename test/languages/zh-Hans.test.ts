import { languageSuite } from './suite.js';

const event = '新领事馆开馆';
const reception = '国庆招待会';
/** Chinese has no plural forms: one sentence for every count. */
const same = <T>(make: (n: number) => T) => ({ 0: make(0), 1: make(1), 2: make(2), 3: make(3), 11: make(11), 100: make(100) });

languageSuite({
  code: 'zh-Hans',
  pageLang: 'zh-CN',
  otherTag: 'zh-SG',
  sinceEvent: event,
  untilEvent: reception,
  since: same((n) => `自${event}以来，已过去 ${n} 天`),
  until: same((n) => `距${reception}还有 ${n} 天`),
  ahead: same((n) => [`+${n} 天`, `快 ${n} 天`] as [string, string]),
  behind: { 1: ['−1 天', '慢 1 天'], 2: ['−2 天', '慢 2 天'] },
  hoursPunctuation: { colon: '：', separator: '、' },
  words: {
    unknownZone: (input) => `未知时区“${input}”`,
    invalidNow: (input) => `无法读取时间“${input}”，现显示当前时间。`,
    invalidZones: '无法读取时区列表，现显示本地时间。',
    invalidHourCycle: (input) => `未知的小时制“${input}”，现采用该语言的默认设置。`,
    bothDates: '“since”和“until”只能设置其中一个。',
    counterUnknownZone: (input) => `未知时区“${input}”。`,
    invalidDate: (input) => `无法读取日期“${input}”。`,
    counterInvalidNow: (input) => `无法读取时间“${input}”，现从今天起计算。`,
    missingDate: '未指定日期。',
    untitled: '无标题',
    unsafeLink: '此链接地址不安全，已被移除。',
    more: '全部新闻',
    loading: '正在加载新闻……',
    error: '新闻加载失败。',
    retry: '重试',
    empty: '暂无新闻。',
    markupKept: '最新新闻加载失败。',
    heading: '领事部',
    labels: ['电话', '紧急联系电话', '电子邮箱', '地址', '办公时间'],
    copy: '复制',
    copyLabels: ['复制电话号码', '复制紧急联系电话', '复制电子邮箱地址'],
    phoneCopied: (value) => `已复制电话号码：${value}`,
    emailCopied: (value) => `已复制电子邮箱地址：${value}`,
    copyFailed: '无法复制，请选中文字后自行复制。',
    save: '保存联系人',
    officeUnknownZone: (input) => `未知时区“${input}”。`,
    open: '正在办公',
    opensToday: (at) => `非办公时间，今天 ${at} 开始办公`,
    opensTomorrow: (at) => `非办公时间，明天 ${at} 开始办公`,
    opensOn: (day, at) => `非办公时间，${day} ${at} 开始办公`,
    dayClosed: '不办公',
    timeZone: (city) => `以上均为 ${city} 当地时间`,
  },
});
