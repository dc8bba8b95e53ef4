/**
 * Feed and item text as plain text, rendered by Lit as text, never as markup.
 *
 * - `foldSpace`: text that is plain already (JSON Feed `title` and `content_text`, Atom `type="text"`) is only
 *   white-space folded. It is never parsed as HTML, so "if a<b and c>d, use <strong>" stays as written.
 * - `plainText`: HTML (RSS descriptions, Atom `type="html"`, JSON Feed `content_html`, `items` given as data) is
 *   parsed in an inert document (no scripts run, nothing loads) and only its text is kept. Where HTML starts a new
 *   block or line (`<p>`, `<br>`, `<li>`, a table cell ...) the text gets a space, so `<p>A</p><p>B</p>` and
 *   `A<br>B` read "A B", as a browser shows them, not "AB"; inline tags (`<b>A</b>B`) add nothing.
 * - On a server (no DOMParser) the same rules are applied with regular expressions.
 */
import { parseInert } from './inert.js';

/** Elements whose content a browser does not show as text: code, styles, and fallback content for embeds. */
const HIDDEN = 'script|style|noscript|template|iframe|object|video|audio|canvas';
/** Elements that start a new block or line, so their text never runs into the text around them. */
const BLOCKS =
  'address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|' +
  'h[1-6]|header|hr|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK = new RegExp(`^(?:${BLOCKS})$`);
const HIDDEN_ELEMENT = new RegExp(`^(?:${HIDDEN})$`);

/** Plain text as it is, white space folded. Never parsed. */
export function foldSpace(value: unknown): string {
  return value == null ? '' : String(value).replace(/\s+/g, ' ').trim();
}

/** HTML as the text a reader would see, white space folded. */
export function plainText(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  if (!/[<&]/.test(text)) return foldSpace(text);
  if (typeof DOMParser === 'undefined') return serverPlainText(text);
  try {
    // Parsed in the body: leading `<noscript>` or `<style>` would otherwise go to the head, and their text could
    // spill into the body.
    return nodeText(parseInert(`<body>${text}`, 'text/html').body);
  } catch {
    // A Trusted Types policy refused the parse (the page does not allow ours): the same rules, without a parser.
    return serverPlainText(text);
  }
}

/**
 * The text of an element's content, as `plainText` reads it: hidden content dropped, blocks kept apart. Also for
 * inline XHTML (Atom `type="xhtml"`), whose elements are in an XML document. Changes the element's content.
 */
export function nodeText(root: Element): string {
  for (const element of [...root.querySelectorAll('*')]) {
    const name = element.localName.toLowerCase();
    if (HIDDEN_ELEMENT.test(name)) element.remove();
    else if (BLOCK.test(name)) {
      element.before(' ');
      element.after(' ');
    }
  }
  return foldSpace(root.textContent);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** A tag's attributes may hold `>` inside quotes. */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** On a server (no DOMParser): the same rules with regular expressions. Still only text. */
function serverPlainText(text: string): string {
  return foldSpace(
    text
      .replace(/<!--[\s\S]*?-->|<[!?][^>]*>/g, '')
      .replace(new RegExp(`<(${HIDDEN})\\b${ATTRIBUTES}>[\\s\\S]*?<\\/\\1\\s*>`, 'gi'), ' ')
      // As in HTML, a tag starts with a letter: "1 < 2" is text.
      .replace(new RegExp(`<\\/?(?:${BLOCKS})(?=[\\s/>])${ATTRIBUTES}>`, 'gi'), ' ')
      .replace(new RegExp(`<\\/?[a-z]${ATTRIBUTES}>`, 'gi'), '')
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }),
  );
}
