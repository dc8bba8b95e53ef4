import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import pkg from '../package.json' with { type: 'json' };
import '../src/days-since/define.js';
import { sampleContent } from './support/content.js';
import { renderElement } from './support/element.js';
import { brandProperties, embedSnippet, type EmbedSettings } from './support/embed-snippet.js';
import './support/embed.css';

async function copy(event: Event, text: string) {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.nextElementSibling as HTMLElement;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied';
  } catch {
    status.textContent = 'Select the snippet and copy it with Ctrl+C / ⌘C';
  }
}

/** The event: what the partner typed, else the sample event in the toolbar's language. */
const settingsFor = (args: EmbedSettings, locale: unknown): EmbedSettings => ({
  ...args,
  event: args.event || sampleContent(String(locale ?? 'en')).counter.event,
});

/**
 * Partner sites show the `<days-since>` counter with one script tag and the tag itself. Set the controls; the
 * snippet below the live widget is exactly what to paste. The widget speaks the page's language
 * (`<html lang="ru">` gives Russian) and cannot be broken by the page's CSS; restyle it with the custom
 * properties shown here.
 */
const meta: Meta<EmbedSettings & { now?: string }> = {
  title: 'Partners/Embed on your site',
  args: {
    scriptUrl: `https://cdn.example.org/envoy-elements@${pkg.version}/dist/cdn/days-since.js`,
    mode: 'since',
    date: '2018-03-04',
    timeZone: 'Europe/Moscow',
    event: '',
    countColor: '',
    countSize: '',
    background: '',
    border: '',
  },
  argTypes: {
    scriptUrl: {
      control: 'text',
      description: 'Where you host dist/cdn/days-since.js (keep dist/cdn/locales/ beside it).',
    },
    mode: {
      control: 'inline-radio',
      options: ['since', 'until'],
      description: 'Count up from a date, or down to one.',
    },
    date: { control: 'text', description: 'YYYY-MM-DD: a calendar date in the time zone below.' },
    timeZone: { control: 'text', description: 'IANA zone whose midnight changes the count; empty: the reader’s.' },
    event: {
      control: 'text',
      description: 'The event, as it reads after "since" / "until". Empty: the sample event in the toolbar’s language.',
    },
    countColor: { control: 'color', description: '`--envoy-days-since-count-color`' },
    countSize: { control: 'text', description: '`--envoy-days-since-count-font-size`, e.g. 3em' },
    background: { control: 'color', description: '`--envoy-days-since-background`' },
    border: { control: 'text', description: '`--envoy-days-since-border`, e.g. 2px solid #b3261e' },
    // Not a partner setting: lets the screenshots freeze the count (the preview's snapshot mode sets it).
    now: { table: { disable: true } },
  },
  render: (args, { globals }) => {
    const settings = settingsFor(args, globals.locale);
    const snippet = embedSnippet(settings);
    return html`<section class="embed">
      ${renderElement({
        tag: 'days-since',
        attributes: [
          ['since', settings.mode === 'since' ? settings.date : undefined],
          ['until', settings.mode === 'until' ? settings.date : undefined],
          ['time-zone', settings.timeZone],
          ['now', args.now],
        ],
        customProperties: brandProperties(settings),
        text: settings.event,
      })}
      <div>
        <p class="embed__label">Paste this where the counter should appear:</p>
        <pre class="embed__snippet" dir="ltr"><code>${snippet}</code></pre>
        <button type="button" class="embed__copy" @click=${(event: Event) => copy(event, snippet)}>Copy snippet</button>
        <span role="status" class="embed__status"></span>
      </div>
    </section>`;
  },
  parameters: {
    docs: {
      source: {
        transform: (_code: string, { args, globals }: { args: EmbedSettings; globals: Record<string, unknown> }) =>
          embedSnippet(settingsFor(args, globals.locale)),
      },
    },
  },
  tags: ['autodocs'],
};
export default meta;

export const EmbedOnYourSite: StoryObj<EmbedSettings & { now?: string }> = { name: 'Embed on your site' };
