import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import pkg from '../package.json' with { type: 'json' };
import '../src/days-since/define.js';

/**
 * # Embed on your site
 *
 * Partner sites show the `<days-since>` counter with one script tag and the tag itself. Set the controls; the
 * snippet below the live widget is exactly what to paste. The widget speaks the page's language
 * (`<html lang="ru">` gives Russian) and cannot be broken by the page's CSS; restyle it with the custom
 * properties shown here.
 */
interface EmbedArgs {
  scriptUrl: string;
  mode: 'since' | 'until';
  date: string;
  timeZone: string;
  event: string;
  countColor: string;
  countSize: string;
  background: string;
  border: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The custom properties the controls set, as an inline style. */
function brandStyle(args: EmbedArgs): string {
  return [
    args.countColor && `--envoy-days-since-count-color: ${args.countColor}`,
    args.countSize && `--envoy-days-since-count-font-size: ${args.countSize}`,
    args.background && `--envoy-days-since-background: ${args.background}`,
    args.border && `--envoy-days-since-border: ${args.border}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** The markup a partner pastes, for these settings. */
export function embedSnippet(args: EmbedArgs): string {
  const style = brandStyle(args);
  const attributes = [
    `${args.mode}="${escapeAttribute(args.date)}"`,
    args.timeZone && `time-zone="${escapeAttribute(args.timeZone)}"`,
    style && `style="${escapeAttribute(style)}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    `<script type="module" src="${escapeAttribute(args.scriptUrl)}"></script>`,
    `<days-since ${attributes}>${escapeText(args.event)}</days-since>`,
  ].join('\n');
}

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

const meta: Meta<EmbedArgs> = {
  title: 'Partners/Embed on your site',
  args: {
    scriptUrl: `https://cdn.example.org/envoy-elements@${pkg.version}/dist/cdn/days-since.js`,
    mode: 'since',
    date: '2018-03-04',
    timeZone: 'Europe/Moscow',
    event: 'the opening of the new consulate',
    countColor: '',
    countSize: '',
    background: '',
    border: '',
  },
  argTypes: {
    scriptUrl: { control: 'text', description: 'Where you host dist/cdn/days-since.js (keep dist/cdn/locales/ beside it).' },
    mode: { control: 'inline-radio', options: ['since', 'until'], description: 'Count up from a date, or down to one.' },
    date: { control: 'text', description: 'YYYY-MM-DD, a date in the time zone below.' },
    timeZone: { control: 'text', description: 'IANA zone whose midnight changes the count; empty: the reader’s.' },
    event: { control: 'text', description: 'The event, as it reads after "since" / "until".' },
    countColor: { control: 'color', description: '--envoy-days-since-count-color' },
    countSize: { control: 'text', description: '--envoy-days-since-count-font-size, e.g. 3em' },
    background: { control: 'color', description: '--envoy-days-since-background' },
    border: { control: 'text', description: '--envoy-days-since-border, e.g. 2px solid #b3261e' },
  },
  render: (args) => {
    const snippet = embedSnippet(args);
    const style = brandStyle(args);
    return html`<section style="display: grid; gap: 1rem; max-width: 48rem;">
      <days-since
        since=${args.mode === 'since' ? args.date : nothing}
        until=${args.mode === 'until' ? args.date : nothing}
        time-zone=${args.timeZone || nothing}
        style=${style}
        >${args.event}</days-since
      >
      <div>
        <p style="margin: 0 0 0.25rem; font-weight: 600;">Paste this where the counter should appear:</p>
        <pre
          style="margin: 0; padding: 0.75rem; overflow-x: auto; border: 1px solid color-mix(in srgb, currentColor 30%, transparent); border-radius: 0.25rem;"
        ><code>${snippet}</code></pre>
        <button type="button" style="margin-top: 0.5rem;" @click=${(event: Event) => copy(event, snippet)}>
          Copy snippet
        </button>
        <span role="status" style="margin-inline-start: 0.5rem;"></span>
      </div>
    </section>`;
  },
};
export default meta;

export const EmbedOnYourSite: StoryObj<EmbedArgs> = { name: 'Embed on your site' };
