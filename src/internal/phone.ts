/**
 * Phone numbers as written ("+44 (0) 203 668 7474") to E.164 for `tel:` links ("+442036687474"): keep the `+`
 * and the digits, read a leading international prefix `00` as `+`, and drop the trunk "(0)" that follows a
 * country code in the common written form. A number with no country code cannot be dialled from abroad and is
 * not guessed at: it returns null (shown as text, with a warning).
 */
export function toE164(written: unknown): string | null {
  let number = String(written ?? '').trim();
  if (/[^\d\s()+./-]/.test(number)) return null; // letters, extensions: not a plain number
  number = number.replace(/^00/, '+').replace(/\(\s*0\s*\)/g, '');
  if (!number.startsWith('+')) return null;
  const e164 = `+${number.slice(1).replace(/[\s().\/-]/g, '')}`;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? e164 : null;
}

/** The WHATWG `input type=email` rule, which is what a reader's browser would accept. */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** A `mailto:` URL for a valid address, or null. The local part is percent-encoded (`?`, `#`, `%` are legal there). */
export function mailtoUrl(address: unknown): string | null {
  const trimmed = String(address ?? '').trim();
  if (!EMAIL.test(trimmed)) return null;
  const at = trimmed.lastIndexOf('@');
  return `mailto:${encodeURIComponent(trimmed.slice(0, at))}@${trimmed.slice(at + 1)}`;
}
