
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-card.unsafe-link': `Ссылка удалена: её адрес небезопасен.`,
'article-card.untitled': `Без заголовка`,
'days-since.both-dates': `Укажите либо «since», либо «until», но не оба.`,
'days-since.invalid-date': str`Не удалось прочитать дату «${0}».`,
'days-since.invalid-now': str`Не удалось прочитать время «${0}»; отсчёт ведётся от сегодняшнего дня.`,
'days-since.missing-date': `Дата не указана.`,
'days-since.since.few': html`${0} дня прошло с ${1}`,
'days-since.since.many': html`${0} дней прошло с ${1}`,
'days-since.since.one': html`${0} день прошёл с ${1}`,
'days-since.since.other': html`${0} дня прошло с ${1}`,
'days-since.unknown-zone': str`Неизвестный часовой пояс «${0}».`,
'days-since.until.few': html`${0} дня до ${1}`,
'days-since.until.many': html`${0} дней до ${1}`,
'days-since.until.one': html`${0} день до ${1}`,
'days-since.until.other': html`${0} дня до ${1}`,
'news-list.empty': `Новостей пока нет.`,
'news-list.error': `Не удалось загрузить новости.`,
'news-list.loading': `Новости загружаются…`,
'news-list.markup-kept': `Не удалось загрузить последние новости.`,
'news-list.more': `Все сообщения`,
'news-list.refresh-failed': `Не удалось обновить новости; показаны прежние.`,
'news-list.retry': `Повторить`,
'world-clock.day-ahead-spoken.few': str`на ${0} дня вперёд`,
'world-clock.day-ahead-spoken.many': str`на ${0} дней вперёд`,
'world-clock.day-ahead-spoken.one': str`на ${0} день вперёд`,
'world-clock.day-ahead-spoken.other': str`на ${0} дня вперёд`,
'world-clock.day-ahead.few': str`+${0} дня`,
'world-clock.day-ahead.many': str`+${0} дней`,
'world-clock.day-ahead.one': str`+${0} день`,
'world-clock.day-ahead.other': str`+${0} дня`,
'world-clock.day-behind-spoken.few': str`на ${0} дня назад`,
'world-clock.day-behind-spoken.many': str`на ${0} дней назад`,
'world-clock.day-behind-spoken.one': str`на ${0} день назад`,
'world-clock.day-behind-spoken.other': str`на ${0} дня назад`,
'world-clock.day-behind.few': str`−${0} дня`,
'world-clock.day-behind.many': str`−${0} дней`,
'world-clock.day-behind.one': str`−${0} день`,
'world-clock.day-behind.other': str`−${0} дня`,
'world-clock.invalid-hour-cycle': str`Неизвестный формат часов «${0}»; используется формат языка по умолчанию.`,
'world-clock.invalid-now': str`Не удалось прочитать время «${0}»; показано текущее время.`,
'world-clock.unknown-zone': str`неизвестный часовой пояс «${0}»`,
    };
  