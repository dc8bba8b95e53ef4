import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/consular-contact/define.js';
import type { ConsularContact } from '../src/consular-contact/consular-contact.js';
import { setLocale } from '../src/localization.js';
import { fold, freezeTime, partText, parts } from './helpers/index.js';

const HOURS = 'Mo-Fr 09:00-12:30, 14:00-17:00';

async function office(now: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('consular-contact') as ConsularContact;
  const all = { lang: 'en-GB', phone: '+44 (0) 203 668 7474', email: 'consul@embassy.example.org', hours: HOURS, 'time-zone': 'Europe/London', now, ...attrs };
  for (const [name, value] of Object.entries(all)) if (value !== '') el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<consular-contact>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('shows the consular block: heading, tel: and mailto: links, address, hours in words', async () => {
    const el = await office('2020-07-06T10:00:00Z', {
      'emergency-phone': '+44 7700 900123',
      address: 'Embassy of Examplestan\n1 Example Gardens\nLondon',
    });
    expect(partText(el, 'heading')).to.equal('Consular queries');
    expect(parts(el, 'heading')[0].localName).to.equal('h2');
    const phone = parts(el, 'phone')[0];
    expect(phone.getAttribute('href')).to.equal('tel:+442036687474');
    expect(phone.textContent).to.equal('+44 (0) 203 668 7474');
    expect(parts(el, 'emergency-phone')[0].getAttribute('href')).to.equal('tel:+447700900123');
    expect(parts(el, 'email')[0].getAttribute('href')).to.equal('mailto:consul@embassy.example.org');
    expect(partText(el, 'address')).to.equal('Embassy of Examplestan 1 Example Gardens London');
    expect(getComputedStyle(parts(el, 'address')[0]).whiteSpace).to.equal('pre-line');
    // No inline style attributes anywhere: pages with a strict Content-Security-Policy block them.
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    expect(parts(el, 'hours')[0].querySelectorAll('li')).to.have.length(2);
    expect([...parts(el, 'hours')[0].querySelectorAll('li')].map((li) => fold(li.textContent!))).to.deep.equal([
      'Monday–Friday: 09:00–12:30, 14:00–17:00',
      'Saturday–Sunday: closed',
    ]);
    expect(partText(el, 'time-zone')).to.equal('Hours in London time');
    // The zone as written, not Chromium's canonical Europe/Kiev.
    el.timeZone = 'Europe/Kyiv';
    await el.updateComplete;
    expect(partText(el, 'time-zone')).to.equal('Hours in Kyiv time');
    expect(warn.called).to.be.false;
    await expect(el).to.be.accessible();
  });

  describe('open or closed, on the office clock (Europe/London), seen from Asia/Tokyo', () => {
    const table: [string, string][] = [
      ['2020-07-06T07:59:00Z', 'Closed, opens today at 09:00'], // Monday 08:59 BST (16:59 in Tokyo)
      ['2020-07-06T08:00:00Z', 'Open now'],
      ['2020-07-06T11:29:00Z', 'Open now'],
      ['2020-07-06T11:30:00Z', 'Closed, opens today at 14:00'],
      ['2020-07-06T13:00:00Z', 'Open now'],
      ['2020-07-06T16:00:00Z', 'Closed, opens tomorrow at 09:00'], // 17:00 BST, already Tuesday in Tokyo
      ['2020-07-06T23:30:00Z', 'Closed, opens today at 09:00'], // 00:30 BST Tuesday
      ['2020-07-10T16:00:00Z', 'Closed, opens Monday at 09:00'], // Friday 17:00
      ['2020-07-11T12:00:00Z', 'Closed, opens Monday at 09:00'], // Saturday
      ['2020-07-12T22:59:00Z', 'Closed, opens tomorrow at 09:00'], // Sunday 23:59 BST
    ];
    for (const [now, status] of table) {
      it(`${now}: ${status}`, async () => {
        const el = await office(now);
        expect(partText(el, 'status')).to.equal(status);
        expect(parts(el, 'status')[0].classList.contains('open')).to.equal(status === 'Open now');
      });
    }

    it('changes at each opening and closing through the shared ticker, and not before', async () => {
      const clock = freezeTime('2020-07-06T07:59:00Z');
      const el = await office('');
      el.removeAttribute('now');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Closed, opens today at 09:00');
      expect(clock.countTimers()).to.equal(1);
      const renders = sinon.spy(el, 'render' as keyof ConsularContact);
      await clock.tickAsync(59_999);
      expect(renders.callCount).to.equal(0);
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Open now');
      await clock.tickAsync(3.5 * 3_600_000); // to 12:30 BST
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Closed, opens today at 14:00');
      expect(renders.callCount).to.equal(2);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('follows DST in the office zone: after the clocks go forward, 09:00 is 08:00 UTC', async () => {
      const clock = freezeTime('2021-03-29T07:59:59Z'); // Monday 08:59:59 BST, the day after the change
      const el = await office('');
      el.removeAttribute('now');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Closed, opens today at 09:00');
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Open now');
      const friday = await office('2021-03-26T17:00:00Z'); // before the change, GMT
      expect(partText(friday, 'status')).to.equal('Closed, opens Monday at 09:00');
    });
  });

  it('copies the phone and e-mail, and announces it', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await office('2020-07-06T10:00:00Z');
    const [copyPhone, copyEmail] = parts(el, 'copy') as HTMLButtonElement[];
    expect(copyPhone.getAttribute('aria-label')).to.equal('Copy phone number');
    copyPhone.click();
    await write.returnValues[0];
    await el.updateComplete;
    expect(write.firstCall.args[0]).to.equal('+442036687474');
    const status = parts(el, 'copy-status')[0];
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Phone number copied: +442036687474');
    copyEmail.click();
    await write.returnValues[1];
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('E-mail address copied: consul@embassy.example.org');
    // The same copy again changes the region's text, so it is announced again.
    const before = status.textContent;
    copyEmail.click();
    await write.returnValues[2];
    await el.updateComplete;
    expect(status.textContent).not.to.equal(before);
    expect(status.textContent!.trim()).to.equal('E-mail address copied: consul@embassy.example.org');
  });

  it('says so when the clipboard refuses', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
    const onError = sinon.spy();
    const el = await office('2020-07-06T10:00:00Z');
    el.addEventListener('envoy-error', onError);
    (parts(el, 'copy')[0] as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(partText(el, 'copy-status')).to.equal('Could not copy; select the text and copy it.');
    expect(onError.firstCall.args[0].detail.code).to.equal('copy-failed');
  });

  it('downloads a vCard 4.0 of the contact', async () => {
    const el = await office('2020-07-06T10:00:00Z', { 'emergency-phone': '+44 7700 900123', address: '1 Example Gardens, London' });
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    (parts(el, 'save')[0] as HTMLButtonElement).click();
    const link = click.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal('consular-queries.vcf');
    expect(link.href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
    const card = decodeURIComponent(link.href.slice('data:text/vcard;charset=utf-8,'.length));
    expect(card).to.equal(el.vCard());
    expect(card.split('\r\n')).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Consular queries',
      'KIND:org',
      'TEL;VALUE=uri;TYPE=work,voice:tel:+442036687474',
      'TEL;VALUE=uri;TYPE=work,voice,x-emergency:tel:+447700900123',
      'EMAIL;TYPE=work:consul@embassy.example.org',
      'ADR;TYPE=work:;;1 Example Gardens\\, London;;;;',
      'TZ:Europe/London',
      'NOTE:Opening hours: Mo-Fr 09:00-12:30\\, 14:00-17:00 (Europe/London)',
      'END:VCARD',
      '',
    ]);
  });

  it("names the vCard file in the heading's own script and labels its note in the page's words", async () => {
    await setLocale('ru');
    try {
      const el = await office('2020-07-06T10:00:00Z', { heading: 'Консульский отдел', lang: 'ru' });
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
      (parts(el, 'save')[0] as HTMLButtonElement).click();
      expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal('консульский-отдел.vcf');
      expect(el.vCard()).to.contain('NOTE:Часы работы: Mo-Fr');
    } finally {
      await setLocale('en');
    }
  });

  it('carries schema.org ContactPoint microdata', async () => {
    const el = await office('2020-07-06T10:00:00Z');
    const base = parts(el, 'base')[0];
    expect(base.getAttribute('itemtype')).to.equal('https://schema.org/ContactPoint');
    expect(base.hasAttribute('itemscope')).to.equal(true);
    const prop = (name: string) => [...base.querySelectorAll(`[itemprop="${name}"]`)];
    expect(prop('telephone').map((meta) => meta.getAttribute('content'))).to.deep.equal(['+442036687474']);
    expect(prop('email').map((meta) => meta.getAttribute('content'))).to.deep.equal(['consul@embassy.example.org']);
    const hours = prop('hoursAvailable');
    expect(hours).to.have.length(2);
    expect(hours[0].getAttribute('itemtype')).to.equal('https://schema.org/OpeningHoursSpecification');
    expect([...hours[0].querySelectorAll('[itemprop="dayOfWeek"]')].map((link) => link.getAttribute('href'))).to.deep.equal(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
    );
    expect(hours[1].querySelector('[itemprop="opens"]')!.getAttribute('content')).to.equal('14:00');
    expect(hours[1].querySelector('[itemprop="closes"]')!.getAttribute('content')).to.equal('17:00');
  });

  describe('bad input', () => {
    it('a phone number without a country code is text, with one warning and one event', async () => {
      const onError = sinon.spy();
      const wrapper = await fixture<HTMLDivElement>(html`<div @envoy-error=${onError}>
        <consular-contact phone="020 3668 7474"></consular-contact>
      </div>`);
      const el = wrapper.querySelector('consular-contact')!;
      await el.updateComplete;
      const phone = parts(el, 'phone')[0];
      expect(phone.localName).to.equal('span');
      expect(phone.textContent).to.equal('020 3668 7474');
      expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(onError.firstCall.args[0].detail).to.include({ code: 'invalid-phone', input: '020 3668 7474' });
    });

    it('an invalid e-mail is text, never a broken link', async () => {
      const el = await office('2020-07-06T10:00:00Z', { email: 'consul@' });
      expect(parts(el, 'email')[0].localName).to.equal('span');
      expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);
      expect(warn.firstCall.args[0]).to.equal('<consular-contact> invalid-email: "consul@"');
    });

    it('unreadable hours are shown as written, with a warning and no status', async () => {
      const el = await office('2020-07-06T10:00:00Z', { hours: 'weekdays, mornings' });
      expect(partText(el, 'hours')).to.equal('weekdays, mornings');
      expect(parts(el, 'status')).to.have.length(0);
      expect(warn.firstCall.args[0]).to.match(/^<consular-contact> invalid-hours: "weekdays, mornings"/);
    });

    it('an unknown zone shows a notice instead of a status', async () => {
      const el = await office('2020-07-06T10:00:00Z', { 'time-zone': 'Europe/Atlantis' });
      expect(partText(el, 'notice')).to.equal('Unknown time zone “Europe/Atlantis”.');
      expect(parts(el, 'status')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("hours without a time zone follow the reader's clock, say so, and warn", async () => {
      const el = await office('2020-07-06T01:00:00Z', { 'time-zone': '' }); // 10:00 in Tokyo
      expect(partText(el, 'status')).to.equal('Open now');
      expect(partText(el, 'time-zone')).to.equal('Hours in Tokyo time');
      expect(warn.firstCall.args[0]).to.match(/missing-time-zone|time-zone/);
    });
  });

  it('speaks Russian', async () => {
    await setLocale('ru');
    try {
      const el = await office('2020-07-10T16:00:00Z', { lang: 'ru' });
      expect(partText(el, 'heading')).to.equal('Консульские вопросы');
      expect(partText(el, 'status')).to.equal('Закрыто, откроется: понедельник, 09:00');
      expect([...parts(el, 'hours')[0].querySelectorAll('li')].map((li) => fold(li.textContent!))).to.deep.equal([
        'понедельник–пятница: 09:00–12:30, 14:00–17:00',
        'суббота–воскресенье: закрыто',
      ]);
      expect(parts(el, 'save')[0].textContent).to.equal('Сохранить контакт');
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('en');
    }
  });
});
