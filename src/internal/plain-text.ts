/**
 * Feed text as plain text. RSS descriptions and JSON Feed `content_html` carry HTML; it is parsed in an inert
 * document (no scripts run, nothing loads) and only its text is kept, whitespace folded. The result is
 * rendered by Lit as text, never as markup.
 */
export function plainText(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  if (!/[<&]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  const body = new DOMParser().parseFromString(text, 'text/html').body;
  // Code and styles are not text a reader should see.
  for (const hidden of body.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
