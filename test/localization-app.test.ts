import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { configureLocalization } from '@lit/localize';
import '../src/world-clock/define.js';
import type { WorldClock } from '../src/world-clock/world-clock.js';
import { getLocale, setLocale } from '../src/localization.js';
import * as envoyRu from '../src/generated/locales/ru.js';
import { partText } from './helpers/index.js';

// An application that uses @lit/localize itself and configured it before any envoy element connected: it owns
// the locale, merges the library's templates into its own, and nothing breaks.
const app = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ru'],
  loadLocale: async () => ({ templates: { ...envoyRu.templates, 'app.hello': 'Привет' } }),
});

describe('localization owned by the application', () => {
  afterEach(() => sinon.restore());

  it('renders with the application locale and its merged templates', async () => {
    await app.setLocale('ru');
    const el = await fixture<WorldClock>(html`<world-clock
      zones="London=Europe/London, Tokyo=Asia/Tokyo"
      now="2020-07-06T20:00:00Z"
    ></world-clock>`);
    expect(partText(el, 'day-offset')).to.equal('+1 день');
    expect(getLocale()).to.equal('ru');
    await app.setLocale('en');
    await el.updateComplete;
    expect(partText(el, 'day-offset')).to.equal('+1 day');
    expect(getLocale()).to.equal('en');
  });

  it("the library's setLocale warns instead of fighting the application", async () => {
    const warn = sinon.stub(console, 'warn');
    await setLocale('ru');
    expect(warn.callCount).to.equal(1);
    expect(getLocale()).to.equal('en');
  });
});
