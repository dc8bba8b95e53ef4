import { html, nothing } from 'lit';

/** A heading level 2-6 from an attribute value, or `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}

/**
 * A real `<h2>` … `<h6>` (for a level checked by `headingLevel`) with `part="heading"`, holding `content`;
 * `itemprop` for microdata. One plain template per level: smaller than Lit's static templates, which would
 * otherwise be in every bundle for this alone.
 */
export function heading(level: number, content: unknown, itemprop?: string) {
  const name = itemprop ?? nothing;
  return level === 2
    ? html`<h2 part="heading" itemprop=${name}>${content}</h2>`
    : level === 3
      ? html`<h3 part="heading" itemprop=${name}>${content}</h3>`
      : level === 4
        ? html`<h4 part="heading" itemprop=${name}>${content}</h4>`
        : level === 5
          ? html`<h5 part="heading" itemprop=${name}>${content}</h5>`
          : html`<h6 part="heading" itemprop=${name}>${content}</h6>`;
}
