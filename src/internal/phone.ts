/**
 * Phone numbers as written to E.164 for `tel:` links, and e-mail addresses to `mailto:` URLs.
 *
 * A phone number becomes a link when it is written with its country code (`+44 …`, `0044 …`, `(+44) …`), in
 * any national style: spaces of any kind, hyphens and dashes, dots, slashes and brackets between the digits,
 * ASCII, Arabic-Indic or Persian digits, and the trunk prefix the country dials before national numbers kept in
 * ("+44 020 7946 0000", "+44 (0)20 …", "+49 (089) 1234-0", "+7 8 495 …"). The link is the number as
 * libphonenumber-js gives it in E.164: the trunk prefix is dropped, except in the countries whose numbers
 * themselves begin with 0 (Italy: "+39 (0)2 1234 5678" is +390212345678; San Marino, the Vatican, Côte d'Ivoire,
 * Benin, Congo, Niger and others). test/internal/phone.test.ts holds this to libphonenumber-js over numbers of
 * 244 countries and territories, each written in 15 to 17 styles.
 *
 * No link (the number is shown as written, with an `invalid-phone` warning), because a wrong link is worse than
 * none: no country code (a national number is never guessed into a country), an unassigned code, letters
 * ("+1 800 FLOWERS"), an extension ("ext. 12"), or a length the country's numbers never have (a digit too many or
 * too few, "+44 12"). What is not checked is whether a number of a possible length is in a range the country
 * has assigned: libphonenumber-js's `isPossible()`, not its `isValid()`.
 *
 * Why a table here and not libphonenumber-js itself, by bytes (min + gzip, esbuild 0.28, npm run size): phone
 * numbers took the consular-contact npm entry from 7.68 to 8.79 kB (the table below is 0.5 kB of that).
 * libphonenumber-js/min, the smallest build that parses, is 29.1 kB with its metadata (code 9.5 kB, metadata
 * 19 kB), 19.8 kB with the metadata stripped of the formats that only formatting uses, 49.5 kB with the strict
 * `max` metadata. Loaded lazily, the link would also appear only after a second download, and never in
 * server-rendered HTML. Checking ranges as `isValid()` does would take each country's number pattern: about
 * 2.9 kB more.
 */

/**
 * Every assigned calling code (libphonenumber-js 1.13.16 metadata), each followed by the lengths its national
 * numbers can have, as letters from `a` = 0 (`j` is 9 digits). Lower-case letters: the country writes a trunk
 * prefix (0 unless TRUNKS says otherwise) before national numbers; upper case: it has none, and a leading 0 is
 * part of the number. A three-digit code that shares its first two digits with the code before it is written
 * by its last digit only. Calling codes are prefix-free, so "+3902…" can only be 39 and 02….
 * test/internal/phone.test.ts rebuilds this string from the metadata and fails when it differs.
 *
 * @internal exported for that test only
 */
export const CALLING_CODES =
  '1hk7ko20ijk211j2j3ij6I8j220HJ1J2I3I4IJ5K6I7I8I9K230HIK1hij2i3ij4klmno5I6I7IJ8H9H240J1HI2J3hijk4J5HJ6H7FG8H9j250ij1j2ghij3I4hijk5j6j7I8IJ260j1j2j3hjk4ij5hj6I7HIK8IJ9H27fghijk290EF1h7H8G9G30KLM31fghijkl32ij33j34J350I1J2EFGHIJKL3hijk4HJ5ghij6I7I8fghijklm9ghijm36ij370i1I2HIK3i4i5ghijkl6GIJ7ij8IK380jk1ghijklm2ij3ijklm5hij6fghi7ij9i39GHIJKLM40gj41jm420JKLM1ghj3hj43efghijklmn44hjk45I46ghijkm47FI48GHIJK49efghijklmnop500F1HL2IL3HIL4IL5I6IK7HIKL8gj9I51ij52K53ghik54kl55ijkl56JKL57ikl58k590j1ij2H3ijkl4j5ghijkl6j7GH8efghijklmn9HI60ijk61fghijkm62hijklmnopqr63gijklmn64fghijk65IKL66ijkn670HI2G3H4H5HI6FH7FH8FH9HL680H1GJ2F3EH5FGHK6fi7G8FGH9GIJ690EFGH1H2h800I8I81ijklmnopqr82fgijklmno84hijk850ik2FGHIJL3HI5ijk6ijk86hijklm870JM8M880ghijk1JK2HIJKLM3IJKLM6hijkl8L90hkmn91ijklmn92ijklm93j94j95ghijk960HK1hi2ij3ij4ijk5HI6jk7hij8HIJ970ijk1fghijklm2hijklm3I4HIJL5HI6ijk7ikl9J98efghk992J3i4j5j6jk8J';

/**
 * Trunk prefixes other than a plain 0, as patterns. Belarus writes "8 0" before its area codes and "8" before
 * its 8… numbers; Gabon's 0 comes only before 8-digit numbers of some ranges (its other numbers begin with 0).
 */
const TRUNKS: Record<string, string> = {
  1: '1',
  7: '8',
  36: '06',
  241: '0(?=(?:11|6[0-256]|7[467])\\d{6}$)',
  370: '[08]',
  375: '8(?=[89])|8?0(?=[1-79]\\d{8})',
  692: '1',
  993: '8',
};

/** Calling code -> [its numbers' possible lengths, as letters; its trunk prefix pattern, or '']. */
const PLANS = new Map<string, [string, string]>();
let previous = '';
for (const [, digits, lengths] of CALLING_CODES.matchAll(/(\d+)([a-z]+|[A-Z]+)/g)) {
  const code = digits.length < 2 && previous.length > 2 ? previous.slice(0, 2) + digits : digits;
  PLANS.set((previous = code), [lengths.toLowerCase(), TRUNKS[code] ?? (lengths > 'Z' ? '0' : '')]);
}

/**
 * A phone number as written ("+44 (0) 203 668 7474") in E.164 for a `tel:` link ("+442036687474"), or null when
 * it cannot be one for sure (see the module comment).
 */
export function toE164(written: unknown): string | null {
  // Arabic-Indic, Persian and full-width digits read as the digits they are.
  const text = String(written ?? '')
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) % 16));
  if (/[^\d\s()+./\u2010-\u2015\u2212-]/.test(text)) return null;
  const digits = /^(?:\+|00)(\d+)$/.exec(text.replace(/[^\d+]/g, ''))?.[1] ?? '';
  const code = [1, 2, 3].map((size) => digits.slice(0, size)).find((code) => PLANS.has(code));
  if (!code) return null;
  const [lengths, trunk] = PLANS.get(code)!;
  const possible = (national: string) => lengths.includes(String.fromCharCode(97 + national.length));
  let national = digits.slice(code.length);
  // The trunk prefix goes, unless the rest would be too short to be a number (Rwanda's 06… numbers begin with
  // 0 themselves). A trunk prefix is never followed by 0: "+91 000800…" is a number that begins 000.
  const prefix = trunk && new RegExp(`^(?:${trunk})(?=[1-9])`).exec(national)?.[0];
  if (prefix && possible(national.slice(prefix.length))) national = national.slice(prefix.length);
  if (code === '54') {
    // Argentina writes mobile numbers with 15 after a 2-4 digit area code ("011 15-2345-6789") and dials them
    // from abroad with 9 before it (+54 9 11 2345-6789). Where 15 could be in two of those places, no guess.
    const mobile = national.replace(/^0/, '');
    const at = [2, 3, 4].filter((i) => mobile.slice(i, i + 2) === '15');
    if (mobile.length === 12 && at.length === 1) national = `9${mobile.slice(0, at[0])}${mobile.slice(at[0] + 2)}`;
  }
  return possible(national) ? `+${code}${national}` : null;
}

/**
 * One atom of an address's local part: ASCII `atext` (RFC 5322) or a non-ASCII character (RFC 6531) that is not
 * a control, format or unassigned character, nor a space.
 */
const ATOM = "(?:[\\w!#$%&'*+/=?^`{|}~-]|[^\\0-\\x7f\\p{C}\\p{Z}])+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
const LDH_LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/;

/**
 * A `mailto:` URL for a valid address, internationalised ones too (`консул@посольство.рф`), or null. The local
 * part is percent-encoded UTF-8 (`?`, `#`, `%` are legal there; RFC 6068). The domain is converted to its
 * ASCII (punycode) form by the browser's own URL parser, so a mail client without IDN support can still send
 * to it; the URL parser keeps the result as it is.
 */
export function mailtoUrl(address: unknown): string | null {
  const trimmed = String(address ?? '').trim();
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  if (at < 1 || !LOCAL_PART.test(local) || !/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  // A last label that begins with a digit would have been read as an IPv4 address ("x@1.2" -> 1.0.0.2).
  return labels.every((label) => LDH_LABEL.test(label)) && /^[a-z]/.test(labels[labels.length - 1]) && host.length < 254
    ? `mailto:${encodeURIComponent(local)}@${host}`
    : null;
}
