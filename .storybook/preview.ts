import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import { setLocale } from '../src/localization.js';
import '../src/index.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Light or dark page',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the words (and of dates, through lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'en-US', title: 'English (US)' },
          { value: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-GB' },
  decorators: [
    (story, context) => {
      const { theme, locale } = context.globals as { theme: string; locale: string };
      void setLocale(locale);
      const dark = theme === 'dark';
      return html`<div
        lang=${locale}
        style="color-scheme: ${dark ? 'dark' : 'light'}; background: ${dark ? '#15181c' : '#ffffff'}; color: ${dark
          ? '#e8eaed'
          : '#1b1f24'}; padding: 1.5rem; font-family: system-ui, sans-serif;"
      >
        ${story()}
      </div>`;
    },
  ],
};
export default preview;
