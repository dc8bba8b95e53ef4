import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-card/define.js';
import type { ArticleCard } from '../src/article-card/article-card.js';
import { setLocale } from '../src/localization.js';
import { partText, parts } from './helpers/index.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('<article-card>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('shows the featured article: kicker, heading link, date and excerpt', async () => {
    const el = await fixture<ArticleCard>(html`<article-card
      lang="en-GB"
      variant="featured"
      kicker="Speeches, interviews, articles"
      heading="Ambassador's interview on trade"
      href="/speeches/interview"
      date="2020-07-06"
      image="/test/fixtures/photo.png"
      image-alt="The Ambassador at the interview"
      >The Ambassador of Examplestan spoke about trade between our countries.</article-card
    >`);
    expect(partText(el, 'kicker')).to.equal('Speeches, interviews, articles');
    const heading = parts(el, 'heading')[0];
    expect(heading.localName).to.equal('h3');
    const links = shadow(el).querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('/speeches/interview');
    expect(links[0].textContent).to.equal("Ambassador's interview on trade");
    const time = parts(el, 'date')[0];
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal('2020-07-06');
    expect(time.textContent!.trim()).to.equal('6 July 2020');
    const img = parts(el, 'image')[0] as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('The Ambassador at the interview');
    expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
    expect(warn.called).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('makes the whole card clickable through its one link, with a visible focus ring', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="Consular hours" href="/consular">x</article-card>`);
    const link = shadow(el).querySelector('a')!;
    const after = getComputedStyle(link, '::after');
    expect(after.position).to.equal('absolute');
    expect(after.inset).to.equal('0px');
    const card = parts(el, 'base')[0].getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(card.right - 2, card.bottom - 2);
    expect(hit).to.equal(link);
    link.focus();
    await el.updateComplete;
    // focus() from script counts as keyboard focus for :focus-visible in Chromium.
    expect(getComputedStyle(link, '::after').outlineStyle).to.equal('solid');
  });

  it('is static without href', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="A static card">Text</article-card>`);
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(partText(el, 'heading')).to.equal('A static card');
    await expect(el).to.be.accessible();
  });

  it('uses heading-level 2-6 and falls back to 3 with a warning', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="H" heading-level="2"></article-card>`);
    expect(parts(el, 'heading')[0].localName).to.equal('h2');
    el.headingLevel = 6;
    await el.updateComplete;
    expect(parts(el, 'heading')[0].localName).to.equal('h6');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(parts(el, 'heading')[0].localName).to.equal('h3');
    expect(warn.callCount).to.equal(1);
  });

  it('clamps the excerpt to the given number of lines', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="H" clamp="2" style="width: 200px; font: 16px/20px sans-serif"
      >${'A long excerpt that goes on and on. '.repeat(20)}</article-card
    >`);
    const excerpt = parts(el, 'excerpt')[0];
    expect(getComputedStyle(excerpt).webkitLineClamp).to.equal('2');
    const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
    expect(excerpt.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
    expect(excerpt.scrollHeight).to.be.greaterThan(3 * lineHeight);
    // Changed later, and removed.
    el.clamp = 4;
    await el.updateComplete;
    expect(getComputedStyle(excerpt).webkitLineClamp).to.equal('4');
    el.removeAttribute('clamp');
    el.clamp = undefined;
    await el.updateComplete;
    expect(getComputedStyle(excerpt).webkitLineClamp).to.equal('none');
  });

  it('shows compact with a thumbnail beside the text', async () => {
    const el = await fixture<ArticleCard>(html`<article-card variant="compact" heading="H" image="/test/fixtures/photo.png" style="width: 400px"
      >Text</article-card
    >`);
    const image = parts(el, 'image')[0].getBoundingClientRect();
    const body = parts(el, 'body')[0].getBoundingClientRect();
    expect(body.left).to.be.greaterThan(image.right - 1);
  });

  it('writes dates in the element language, and instants in the reader zone (Asia/Tokyo here)', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="ru" heading="H" date="2020-07-05T20:00:00Z"></article-card>`);
    expect(partText(el, 'date')).to.equal('6 июля 2020 г.');
    expect(parts(el, 'date')[0].getAttribute('datetime')).to.equal('2020-07-05T20:00:00.000Z');
  });

  describe('bad input', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      it(`refuses href=${JSON.stringify(href)} as a link, with a warning`, async () => {
        const onError = sinon.spy();
        const el = await fixture<ArticleCard>(html`<article-card heading="Unsafe" href=${href} @envoy-error=${onError}
          >x</article-card
        >`);
        expect(shadow(el).querySelector('a')).to.equal(null);
        expect(partText(el, 'heading')).to.equal('Unsafe');
        expect(partText(el, 'notice')).to.equal('This link was removed because its address is not safe.');
        expect(warn.callCount).to.equal(1);
        expect(onError.firstCall.args[0].detail).to.include({ code: 'unsafe-url', input: href });
      });
    }

    it('keeps http(s), relative and mailto links', async () => {
      for (const href of ['https://embassy.example.org/a', 'http://example.org', '/news/1', 'news/1', '?page=2', '#top', 'mailto:consul@example.org']) {
        const el = await fixture<ArticleCard>(html`<article-card heading="Safe" href=${href}></article-card>`);
        expect(shadow(el).querySelector('a')?.getAttribute('href'), href).to.equal(href);
      }
      expect(warn.called).to.be.false;
    });

    it('refuses an unsafe image, and takes a missing image-alt as decoration', async () => {
      const el = await fixture<ArticleCard>(html`<article-card heading="H" image="javascript:alert(1)"></article-card>`);
      expect(parts(el, 'image')).to.have.length(0);
      expect(warn.callCount).to.equal(1);
      const decorative = await fixture<ArticleCard>(html`<article-card heading="H" image="/test/fixtures/photo.png"></article-card>`);
      expect(parts(decorative, 'image')[0].getAttribute('alt')).to.equal('');
    });

    it('shows text, never markup, from its attributes', async () => {
      const el = await fixture<ArticleCard>(html`<article-card
        heading="<img src=x onerror=alert(1)>Title"
        kicker="<script>alert(1)</script>"
      ></article-card>`);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(partText(el, 'heading')).to.equal('<img src=x onerror=alert(1)>Title');
    });

    it('a missing heading shows "Untitled" and warns', async () => {
      const onError = sinon.spy();
      const el = await fixture<ArticleCard>(html`<article-card href="/x" @envoy-error=${onError}>x</article-card>`);
      expect(partText(el, 'heading')).to.equal('Untitled');
      expect(onError.firstCall.args[0].detail.code).to.equal('missing-heading');
      await expect(el).to.be.accessible();
    });

    it('an unreadable date is left out with a warning; unknown variant and clamp warn', async () => {
      const el = await fixture<ArticleCard>(html`<article-card heading="H" date="06/07/2020" variant="huge" clamp="lots"></article-card>`);
      expect(parts(el, 'date')).to.have.length(0);
      expect(warn.args.map((args) => args[0])).to.deep.equal([
        '<article-card> invalid-date: "06/07/2020"',
        '<article-card> invalid-variant: "huge"',
        '<article-card> invalid-clamp: "lots"',
      ]);
    });
  });

  it('speaks Russian', async () => {
    await setLocale('ru');
    try {
      const el = await fixture<ArticleCard>(html`<article-card lang="ru" date="2020-07-06"></article-card>`);
      expect(partText(el, 'heading')).to.equal('Без заголовка');
      expect(partText(el, 'date')).to.equal('6 июля 2020 г.');
    } finally {
      await setLocale('en');
    }
  });
});
