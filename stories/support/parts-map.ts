/**
 * The Theming page's map of parts: the element of a spec, with every part (or one) outlined and labelled with its
 * name through `::part(name)` and `::part(name)::before` (labels sit over the part's end corner, so the layout stays
 * the element's own).
 *
 * `::part()` needs a style sheet outside the element. The rules live in one constructed sheet adopted by the
 * document (allowed by a strict `style-src 'self'`), and each rule is scoped to one rendered element through a
 * `data-parts-map` attribute it alone carries: nothing reaches another story's elements.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { manifestElement, renderElement, type ElementSpec } from './element.js';

const sheet = new CSSStyleSheet();
const rules = new Map<string, string>();
let adopted = false;
let next = 0;

function publish() {
  if (!adopted) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted = true;
  }
  sheet.replaceSync([...rules.values()].join('\n'));
}

function rulesFor(tag: string, id: string, only: string): string {
  const scope = `${tag}[data-parts-map='${id}']`;
  return (manifestElement(tag).cssParts ?? [])
    .filter((part) => only === 'all' || only === `${tag}::part(${part.name})`)
    .map(
      ({
        name,
      }) => `${scope}::part(${name}) { position: relative; outline: 2px dashed light-dark(#c2185b, #f48fb1); outline-offset: 1px; }
${scope}::part(${name})::before { content: '${name}'; position: absolute; inset-block-start: 0; inset-inline-end: 0; z-index: 1; padding: 0 0.25em; border-radius: 0.2em; background: light-dark(#c2185b, #f48fb1); color: light-dark(#ffffff, #1b1f24); font: 600 10px/1.4 'DejaVu Sans Mono', monospace; letter-spacing: 0; text-transform: none; white-space: nowrap; pointer-events: none; }`,
    )
    .join('\n');
}

class MarkParts extends Directive {
  #id = String(++next);

  render(_tag: string, _only: string) {
    return nothing;
  }

  override update(part: ElementPart, [tag, only]: [string, string]) {
    part.element.setAttribute('data-parts-map', this.#id);
    rules.set(this.#id, rulesFor(tag, this.#id, only));
    publish();
    return nothing;
  }
}
const markParts = directive(MarkParts);

/** The element of `spec` with its parts mapped (`only`: `all`, or `tag::part(name)`). */
export function partsMap(spec: ElementSpec, only: string): TemplateResult {
  return renderElement(spec, markParts(spec.tag, only));
}
