import { unsafeStatic } from 'lit/static-html.js';

/** A heading level 2-6 from an attribute value, or `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}

/** `<h2>` … `<h6>` as static tags for Lit (the level is checked first, so nothing else can get in). */
const HEADING_TAGS = [2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** The static tag for a checked heading level (see `headingLevel`). */
export const headingTag = (level: number) => HEADING_TAGS[level - 2];
