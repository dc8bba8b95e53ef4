/**
 * Every element on a page served with a strict Content-Security-Policy and Trusted Types (STRICT_CSP in
 * web-test-runner.config.mjs): from the npm build, the all-in-one CDN bundle and the partner widget. The page
 * (test/csp/strict.html, its script test/csp/strict.js) reports every `securitypolicyviolation` and console error.
 */
import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  errors: string[];
  days?: string;
  clock?: string | null;
  clamp?: string | null;
  newsTitles?: string[];
  newsSummaries?: string[];
  phoneLink?: string | null;
  status?: string | null;
  styled?: string;
  trustedTypes?: boolean;
  newsErrors?: string[];
  newsErrorShown?: string | null;
  markupTitles?: string[];
}

function load(bundle: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`no report from the ${bundle} page`)), 12_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow || !event.data?.csp) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data.csp);
      iframe.remove();
    });
    iframe.src = `/test/csp/strict.html?bundle=${bundle}`;
    document.body.append(iframe);
  });
}

describe('a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(15_000);

  it('the policy really is enforced there (an inline style attribute is blocked and reported)', async () => {
    // The canary: the same page, with one element given a style attribute by markup parsing.
    const report = await new Promise<string[]>((resolve) => {
      const iframe = document.createElement('iframe');
      iframe.src = '/test/csp/canary.html';
      window.addEventListener('message', function onMessage(event) {
        if (event.source !== iframe.contentWindow || !event.data?.canary) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.canary);
        iframe.remove();
      });
      document.body.append(iframe);
    });
    expect(report.some((violation) => violation.startsWith('style-src'))).to.equal(true);
    expect(report.some((violation) => violation.startsWith('require-trusted-types-for'))).to.equal(true);
  });

  for (const bundle of ['npm', 'cdn']) {
    it(`all five elements from the ${bundle} build: zero violations, zero errors, and they work`, async () => {
      const report = await load(bundle);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(report.trustedTypes).to.equal(true);
      expect(report.days).to.equal('855');
      expect(report.clock).to.equal('03:36:00');
      expect(report.clamp).to.equal('2');
      expect(report.newsTitles).to.have.length.greaterThan(2);
      expect(report.newsSummaries!.join(' ')).to.contain('An exhibition opens at the cultural centre.');
      expect(report.phoneLink).to.equal('tel:+442036687474');
      expect(report.status).to.equal('Сейчас открыто');
      // news.rss.xml has one item with an unreadable date, on purpose; nothing else is wrong.
      expect(report.newsErrors).to.deep.equal(['invalid-date']);
      expect(report.styled).to.equal('700');
    });
  }

  it('a page whose policy leaves out "envoy-elements": the feed says so, markup news still shows', async () => {
    const report = await load('npm&trusted-types=lit-html');
    // The browser reports our refused policy name and the parse it then refused, and nothing else.
    expect([...new Set(report.violations)].sort()).to.deep.equal([
      'require-trusted-types-for: trusted-types-sink',
      'trusted-types: trusted-types-policy',
    ]);
    expect(report.errors).to.deep.equal([]);
    expect(report.newsErrors).to.deep.equal(['trusted-types-refused']);
    expect(report.newsErrorShown).to.equal('Не удалось загрузить новости. Повторить');
    expect(report.markupTitles).to.deep.equal(['Reception']);
    expect(report.days).to.equal('855');
  });

  it('the partner widget: zero violations, zero errors, and it counts', async () => {
    const report = await load('widget');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.days).to.equal('855');
    expect(report.styled).to.equal('700');
  });
});
