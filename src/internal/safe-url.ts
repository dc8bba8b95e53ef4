/**
 * Which URLs may become links or images. Feed and attribute text is untrusted: only http(s), relative and
 * (for links) mailto/tel addresses are let through; `javascript:`, `data:`, `vbscript:` and anything else are
 * refused. The browser's own URL parser decides the scheme, so the tricks it forgives (`JaVaScRiPt:`,
 * `java\tscript:`, leading control characters) are seen exactly as the browser would see them.
 */

import { isBlank } from './problems.js';

export type UrlUse = 'link' | 'image';

const ALLOWED: Record<UrlUse, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:', 'tel:'],
  image: ['http:', 'https:'],
};

/**
 * The URL to render when `value` is safe for `use`, else null. Relative URLs count as safe (they take the
 * page's http(s) scheme): without `base` they are returned as written, for the browser to resolve against the
 * page; with `base` (the feed they came from) they are resolved against it. Works on a server too.
 */
export function safeUrl(value: unknown, use: UrlUse, base?: string): string | null {
  if (isBlank(value)) return null;
  const trimmed = String(value).trim();
  try {
    const url = new URL(trimmed, base ?? 'https://relative.invalid/');
    if (!ALLOWED[use].includes(url.protocol)) return null;
    return base ? url.href : trimmed;
  } catch {
    return null;
  }
}
