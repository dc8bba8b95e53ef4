/**
 * The shape every element's stories share: one `spec` function per element turns a story's args, the sample
 * content in the toolbar's language and the story's parameters into the element to show; the story renders it and
 * "Show code" writes the same element as HTML.
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { sampleContent, type SampleContent } from './content.js';
import { elementArgTypes, elementMarkup, renderElement, type ElementSpec } from './element.js';

export type Args = Record<string, unknown>;

/** What a spec function may read besides the args: the story's parameters (which sample, which zones …). */
export interface SpecContext {
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
}

export type SpecFor = (args: Args, content: SampleContent, context: SpecContext) => ElementSpec;

const contentFor = (context: SpecContext) => sampleContent(String(context.globals.locale ?? 'en'));

/** The element's attributes in manifest order: the story's args, else `fallback` (sample content). */
export function attributesOf(tag: string, args: Args, fallback: Args = {}): ElementSpec['attributes'] {
  return elementArgTypes(tag).attributes.map((name) => [
    name,
    (args[name] ?? fallback[name]) as ElementSpec['attributes'][number][1],
  ]);
}

/** The custom properties a story sets: its args named `--…`. */
export function customPropertiesOf(args: Args): [string, string | undefined][] {
  return Object.entries(args)
    .filter(([name]) => name.startsWith('--'))
    .map(([name, value]) => [name, value == null ? undefined : String(value)]);
}

/**
 * What an element's stories share: the cleaned args table, the render and "Show code", from one spec. Spread into
 * the stories file's meta, which keeps its `title` and `component` written out for Storybook's indexer (and
 * spreads `shared.args` into its own `args`).
 */
export function elementMeta(
  tag: string,
  spec: SpecFor,
): Pick<Meta<Args>, 'args' | 'argTypes' | 'render' | 'parameters'> {
  const { argTypes } = elementArgTypes(tag);
  return {
    // Boolean attributes start at their manifest default (false), so their control is a switch, not "Set boolean".
    args: Object.fromEntries(
      Object.entries(argTypes)
        .filter(([, argType]) => (argType.control as { type?: string } | undefined)?.type === 'boolean')
        .map(([name, argType]) => [name, argType.table?.defaultValue?.summary === 'true']),
    ),
    argTypes,
    render: (args, context) => renderElement(spec(args, contentFor(context), context)),
    parameters: {
      docs: {
        source: {
          // The element alone, as a page would write it: no preview wrapper, and `now` only where a story sets it.
          transform: (_code: string, context: StoryContext) =>
            elementMarkup(spec(context.args, contentFor(context), context)),
        },
      },
    },
  };
}
