/**
 * vCard 4.0 (RFC 6350) text: CRLF line ends, text values escaped, lines folded at 75 octets of UTF-8 without
 * splitting a character.
 */

/** Escapes a text value: backslash, comma, semicolon and newlines. */
export function vcardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A vCard from its content lines (`NAME;PARAMS:value`, already escaped). */
export function vcard(lines: readonly string[]): string {
  return ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'].map(fold).join('\r\n') + '\r\n';
}
