/**
 * How every element story is made, in one place:
 *
 * - `elementArgTypes(tag)`: the args table from custom-elements.json (through @wc-toolkit/storybook-helpers), put in
 *   order and cleaned: attributes (with their properties) and property-only members first, with the manifest's
 *   real defaults; then slots, CSS custom properties, CSS parts, events and methods, documented but never offered
 *   as text boxes; no `lang` row, no private state, no event without a name. Dates are text controls holding the ISO value,
 *   so the story's own date and offset show, not a timestamp in the viewer's zone.
 * - `ElementSpec`: what one rendered element is (attributes, properties, custom properties, content). The same spec
 *   renders the story (`renderElement`) and writes its "Show code" (`elementMarkup`), so the code is exactly the
 *   element shown, without the preview's wrapper.
 * - Custom properties go on the story's own element through the CSSOM (`style.setProperty`), which a strict
 *   `style-src 'self'` page allows: never a page-wide `<style>` (it restyled every other story on a docs page) and
 *   never a `style` attribute in the markup.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { action } from 'storybook/actions';
import manifest from '../../custom-elements.json' with { type: 'json' };

interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  default?: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string; default?: string; description?: string; type?: { text: string } }[];
  events?: { name?: string; description?: string; type?: { text: string } }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  slots?: { name: string; description?: string }[];
}

/** The element's declaration in custom-elements.json. */
export function manifestElement(tag: string): ManifestDeclaration {
  for (const module of (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules) {
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement && declaration.tagName === tag) return declaration;
  }
  throw new Error(`<${tag}> is not in custom-elements.json`);
}

/** A default written in a description, "… Default: `1.5em`." -> "1.5em". */
function describedDefault(description = ''): string | undefined {
  const found = /Default:\s*(.+?)\.(?:\s|$)/s.exec(description);
  return found?.[1]?.replace(/^`([^`]*)`$/, '$1').trim();
}

const unquote = (value: string | undefined) => value?.replace(/^'(.*)'$/, '$1');

/** The argTypes categories, in the order the tables show them. */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  slots: 'slots',
  cssProperties: 'CSS custom properties',
  cssParts: 'CSS parts',
  events: 'events',
  methods: 'methods',
} as const;

/** Controls for arguments whose value is a date or an instant: a text box showing the ISO value as written. */
const DATE_DESCRIPTION =
  'The control holds the ISO 8601 text the attribute takes, as the story wrote it: a date is that calendar day, an instant keeps its offset (`+01:00`: London in summer), so you see the story’s own date and zone, not a conversion to yours.';

export interface ElementArgTypes {
  argTypes: ArgTypes;
  /** Attribute names, in the manifest's order. */
  attributes: string[];
  /** Members that are properties only (news-list's `items`). */
  properties: string[];
  /** The element's events, by name. */
  events: string[];
}

const cache = new Map<string, ElementArgTypes>();

/** The cleaned, ordered args table of `tag` (see the module comment). */
export function elementArgTypes(tag: string): ElementArgTypes {
  const known = cache.get(tag);
  if (known) return known;
  const element = manifestElement(tag);
  const { argTypes: raw } = getStorybookHelpers(tag);
  const members = new Map(
    (element.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]),
  );
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.name, attribute]));
  const groups: Record<keyof typeof CATEGORIES, [string, InputType][]> = {
    attributes: [],
    properties: [],
    slots: [],
    cssProperties: [],
    cssParts: [],
    events: [],
    methods: [],
  };
  const attributes: string[] = [];
  const properties: string[] = [];
  const events: string[] = [];

  for (const [key, given] of Object.entries(raw)) {
    if (given.table?.disable) continue;
    const category = given.table?.category;
    if (category === 'attributes' || category === 'properties') {
      const attribute = category === 'attributes' ? attributeOf.get(key) : undefined;
      const member = members.get(attribute?.fieldName ?? key);
      // Public fields only: private state, statics and the inherited `lang` (no field) never become rows.
      if (!member || member.privacy === 'private' || member.privacy === 'protected' || member.static) continue;
      const type = member.type?.text.replace(/ \| undefined$/, '');
      const isDate = /\bDate\b/.test(type ?? '');
      const defaultValue = unquote(member.default ?? attribute?.default) ?? describedDefault(member.description);
      const control = given.control as { type?: string } | false | undefined;
      const argType: InputType = {
        name: key,
        description: [
          member.description ?? '',
          attribute && member.name !== key ? `Property: \`${member.name}\`.` : '',
          isDate ? DATE_DESCRIPTION : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        table: {
          category: attribute ? CATEGORIES.attributes : CATEGORIES.properties,
          type: { summary: type ?? '' },
          defaultValue: defaultValue === undefined ? undefined : { summary: defaultValue },
        },
        // Property-only members hold data (news items): set by the stories, not typed into a box.
        control: !attribute
          ? false
          : isDate
            ? { type: 'text' }
            : control && control.type
              ? { type: control.type }
              : false,
        ...(given.options ? { options: given.options } : {}),
        // A declared type keeps Storybook from inferring one from a story's args, which would also move the rows
        // a story sets to the top of the table.
        type: sbType(
          attribute ? (isDate ? 'text' : control ? control.type : undefined) : undefined,
          given.options as string[] | undefined,
        ),
      } as InputType;
      if (attribute) {
        attributes.push(key);
        groups.attributes.push([key, argType]);
      } else {
        properties.push(key);
        groups.properties.push([key, argType]);
      }
    } else if (category === 'slots') {
      const slot = (element.slots ?? []).find((candidate) => `${candidate.name || 'default'}-slot` === key);
      groups.slots.push([
        key,
        documented(slot?.name ? `slot="${slot.name}"` : 'default slot', slot?.description, CATEGORIES.slots),
      ]);
    } else if (category === 'css properties') {
      const property = (element.cssProperties ?? []).find((candidate) => candidate.name === key);
      groups.cssProperties.push([
        key,
        documented(
          key,
          property?.description,
          CATEGORIES.cssProperties,
          property?.default ?? describedDefault(property?.description),
        ),
      ]);
    } else if (category === 'css shadow parts') {
      const part = (element.cssParts ?? []).find((candidate) => `${candidate.name}-part` === key);
      if (part) groups.cssParts.push([key, documented(`::part(${part.name})`, part.description, CATEGORIES.cssParts)]);
    } else if (category === 'events') {
      const event = (element.events ?? []).find((candidate) => candidate.name && `${candidate.name}-event` === key);
      // An event the manifest lists without a name would be an "undefined-event" row: left out.
      if (!event?.name) continue;
      events.push(event.name);
      groups.events.push([
        key,
        {
          ...documented(event.name, event.description, CATEGORIES.events),
          table: { category: CATEGORIES.events, type: { summary: event.type?.text ?? 'Event' } },
        },
      ]);
    } else if (category === 'methods') {
      const method = (element.members ?? []).find(
        (candidate) => candidate.kind === 'method' && `${candidate.name}-method` === key,
      );
      if (method)
        groups.methods.push([
          key,
          {
            ...documented(`${method.name}()`, method.description, CATEGORIES.methods),
            table: { category: CATEGORIES.methods, type: given.table?.type },
          },
        ]);
    }
  }
  const argTypes = Object.fromEntries(Object.values(groups).flat()) as ArgTypes;
  const result = { argTypes, attributes, properties, events };
  cache.set(tag, result);
  return result;
}

/** Storybook's type for a control. */
function sbType(control: string | undefined, options: string[] | undefined): InputType['type'] {
  if (control === 'boolean') return { name: 'boolean', required: false };
  if (control === 'number') return { name: 'number', required: false };
  if (control === 'select') return { name: 'enum', value: options ?? [], required: false };
  if (control === 'text') return { name: 'string', required: false };
  return { name: 'other', value: 'data', required: false };
}

/** A row that documents something and offers no control. */
function documented(name: string, description: string | undefined, category: string, defaultValue?: string): InputType {
  return {
    name,
    description: description ?? '',
    control: false,
    table: { category, defaultValue: defaultValue === undefined ? undefined : { summary: defaultValue } },
  };
}

/** One rendered element: rendered by `renderElement`, shown as code by `elementMarkup`. */
export interface ElementSpec {
  tag: string;
  /** Attributes in the order to write them; `true` is a boolean attribute, `undefined`/`false`/`''` leaves it out. */
  attributes: [string, string | number | boolean | undefined | null][];
  /** Properties to set (data no attribute can carry). */
  properties?: Record<string, unknown>;
  /** Custom properties on the element itself. */
  customProperties?: [string, string | undefined][];
  /** Text content (escaped). */
  text?: string;
  /** Trusted, story-owned light-DOM markup (server-rendered items). */
  markup?: string;
}

const isSet = (value: unknown): value is string | number | true =>
  value !== undefined && value !== null && value !== false && value !== '';

/** Applies a spec's attributes, properties and custom properties to its element, and logs its events as actions. */
class BindElement extends Directive {
  #attributes = new Set<string>();
  #customProperties = new Set<string>();
  #listening = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bindElement goes on an element');
  }

  render(_spec: ElementSpec, _events: string[]) {
    return nothing;
  }

  override update(part: ElementPart, [spec, events]: [ElementSpec, string[]]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const attributes = new Set<string>();
    for (const [name, value] of spec.attributes) {
      if (!isSet(value)) continue;
      attributes.add(name);
      const text = value === true ? '' : String(value);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    for (const name of this.#attributes) if (!attributes.has(name)) element.removeAttribute(name);
    this.#attributes = attributes;

    for (const [name, value] of Object.entries(spec.properties ?? {}))
      if (element[name] !== value) element[name] = value;

    const customProperties = new Set<string>();
    for (const [name, value] of spec.customProperties ?? []) {
      if (!isSet(value)) continue;
      customProperties.add(name);
      element.style.setProperty(name, String(value));
    }
    for (const name of this.#customProperties) if (!customProperties.has(name)) element.style.removeProperty(name);
    this.#customProperties = customProperties;
    // An element left with no custom property keeps no empty style attribute.
    if (!element.style.length) element.removeAttribute('style');

    for (const name of events) {
      if (this.#listening.has(name)) continue;
      this.#listening.add(name);
      element.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));
    }
    return nothing;
  }
}
const bindElement = directive(BindElement);

/** The element of a spec, as the story renders it (`extra`: one more element directive, e.g. the parts map). */
export function renderElement(spec: ElementSpec, extra: unknown = nothing): TemplateResult {
  const tag = unsafeStatic(spec.tag);
  const events = elementArgTypes(spec.tag).events;
  const content = spec.markup !== undefined ? unsafeHTML(spec.markup) : (spec.text ?? nothing);
  return html`<${tag} ${bindElement(spec, events)} ${extra}>${content}</${tag}>`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A spec as paste-ready HTML: a `<style>` rule for its custom properties, the element, a script for its properties. */
export function elementMarkup(spec: ElementSpec, options: { selector?: string } = {}): string {
  const written = spec.attributes
    .filter(([, value]) => isSet(value))
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`));
  const oneLine = `<${spec.tag}${written.map((attribute) => ` ${attribute}`).join('')}>`;
  const open =
    oneLine.length <= 100 && !oneLine.includes('\n')
      ? oneLine
      : `<${spec.tag}\n${written.map((attribute) => `  ${attribute}`).join('\n')}\n>`;
  const content = spec.markup !== undefined ? `\n${indent(spec.markup.trim())}\n` : escapeText(spec.text ?? '');
  const parts = [`${open}${content}</${spec.tag}>`];

  const customProperties = (spec.customProperties ?? []).filter(([, value]) => isSet(value));
  if (customProperties.length) {
    const rule = `${options.selector ?? spec.tag} {\n${customProperties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
    parts.unshift(`<style>\n${indent(rule)}\n</style>`);
  }
  const properties = Object.entries(spec.properties ?? {}).filter(([, value]) => value !== undefined);
  if (properties.length) {
    const assignments = properties
      .map(([name, value]) => `element.${name} = ${JSON.stringify(value, null, 2)};`)
      .join('\n');
    parts.push(
      `<script type="module">\n${indent(`const element = document.querySelector('${spec.tag}');\n${assignments}`)}\n</script>`,
    );
  }
  return parts.join('\n');
}

export const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
