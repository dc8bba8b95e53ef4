/**
 * Feed text as plain text. RSS descriptions and JSON Feed `content_html` carry HTML; it is parsed in an inert
 * document (no scripts run, nothing loads) and only its text is kept, whitespace folded. The result is
 * rendered by Lit as text, never as markup.
 */
export function plainText(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  if (!/[<&]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  if (typeof DOMParser === 'undefined') return serverPlainText(text);
  const body = new DOMParser().parseFromString(text, 'text/html').body;
  // Code and styles are not text a reader should see.
  for (const hidden of body.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** On a server (no DOMParser): drop scripts, styles and tags, decode the common entities. Still only text. */
function serverPlainText(text: string): string {
  return text
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}
