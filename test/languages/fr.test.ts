import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { languageSuite } from './suite.js';

const F = '\u202F'; // narrow no-break space: inside « », before ; ! ?
const NB = '\u00A0'; // no-break space: before :
const q = (text: string) => `«${F}${text}${F}»`;
const event = 'l’ouverture du nouveau consulat';
const reception = 'la réception de la fête nationale';

languageSuite({
  code: 'fr',
  pageLang: 'fr-FR',
  otherTag: 'fr-CA',
  sinceEvent: event,
  untilEvent: reception,
  // French "one" is 0 and 1: singular for both.
  since: {
    0: `0 jour s’est écoulé depuis ${event}`,
    1: `1 jour s’est écoulé depuis ${event}`,
    2: `2 jours se sont écoulés depuis ${event}`,
    3: `3 jours se sont écoulés depuis ${event}`,
    11: `11 jours se sont écoulés depuis ${event}`,
    100: `100 jours se sont écoulés depuis ${event}`,
  },
  until: {
    0: `Il reste 0 jour avant ${reception}`,
    1: `Il reste 1 jour avant ${reception}`,
    2: `Il reste 2 jours avant ${reception}`,
    3: `Il reste 3 jours avant ${reception}`,
    11: `Il reste 11 jours avant ${reception}`,
    100: `Il reste 100 jours avant ${reception}`,
  },
  ahead: {
    0: ['+0 jour', '0 jour d’avance'],
    1: ['+1 jour', '1 jour d’avance'],
    2: ['+2 jours', '2 jours d’avance'],
    3: ['+3 jours', '3 jours d’avance'],
    11: ['+11 jours', '11 jours d’avance'],
    100: ['+100 jours', '100 jours d’avance'],
  },
  behind: { 1: ['−1 jour', '1 jour de retard'], 2: ['−2 jours', '2 jours de retard'] },
  hoursPunctuation: { colon: '\u202f:', separator: ', ' },
  words: {
    unknownZone: (input) => `fuseau horaire inconnu ${q(input)}`,
    invalidNow: (input) => `Impossible de lire l’heure ${q(input)}${F}; l’heure actuelle est affichée.`,
    invalidZones: `Impossible de lire la liste des fuseaux horaires${F}; l’heure locale est affichée.`,
    invalidHourCycle: (input) => `Format horaire ${q(input)} inconnu${F}; le format par défaut de la langue est utilisé.`,
    bothDates: `Indiquez ${q('since')} ou ${q('until')}, mais pas les deux.`,
    counterUnknownZone: (input) => `Fuseau horaire ${q(input)} inconnu.`,
    invalidDate: (input) => `Impossible de lire la date ${q(input)}.`,
    counterInvalidNow: (input) => `Impossible de lire l’heure ${q(input)}${F}; le décompte part d’aujourd’hui.`,
    missingDate: 'Aucune date n’est indiquée.',
    untitled: 'Sans titre',
    unsafeLink: 'Ce lien a été retiré, car son adresse n’est pas sûre.',
    more: 'Toutes les actualités',
    loading: 'Chargement des actualités…',
    error: 'Impossible de charger les actualités.',
    retry: 'Réessayer',
    empty: 'Aucune actualité pour le moment.',
    markupKept: 'Impossible de charger les dernières actualités.',
    heading: 'Section consulaire',
    labels: ['Téléphone', 'Téléphone d’urgence', 'Courriel', 'Adresse', 'Horaires d’ouverture'],
    copy: 'Copier',
    copyLabels: ['Copier le numéro de téléphone', 'Copier le numéro d’urgence', 'Copier l’adresse électronique'],
    phoneCopied: (value) => `Numéro de téléphone copié${NB}: ${value}`,
    emailCopied: (value) => `Adresse électronique copiée${NB}: ${value}`,
    copyFailed: `La copie a échoué${F}; sélectionnez le texte et copiez-le.`,
    save: 'Enregistrer le contact',
    officeUnknownZone: (input) => `Fuseau horaire ${q(input)} inconnu.`,
    open: 'Ouvert actuellement',
    opensToday: (at) => `Fermé, ouverture aujourd’hui à ${at}`,
    opensTomorrow: (at) => `Fermé, ouverture demain à ${at}`,
    opensOn: (day, at) => `Fermé, ouverture ${day} à ${at}`,
    dayClosed: 'fermé',
    timeZone: (city) => `Horaires en heure locale${NB}: ${city}`,
  },
});

describe('fr: typography', () => {
  afterEach(() => sinon.restore());

  it('puts narrow no-break spaces inside « » and before ;, a no-break space before :', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture(html`<days-since since="2018-03-04" time-zone="Mars/Olympus_Mons"></days-since>`);
    const notices = [...el.shadowRoot!.querySelectorAll('[part~="notice"]')].map((notice) => notice.textContent);
    expect(notices).to.deep.equal([`Fuseau horaire «${F}Mars/Olympus_Mons${F}» inconnu.`]);
    const office = await fixture(html`<consular-contact hours="Mo-Fr 09:00-17:00" time-zone="Europe/Paris" now="2020-07-06T10:00:00+02:00"></consular-contact>`);
    expect(office.shadowRoot!.querySelector('[part~="time-zone"]')!.textContent).to.equal(`Horaires en heure locale${NB}: Paris`);
  });
});
