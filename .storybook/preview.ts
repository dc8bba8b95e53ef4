import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { setLocale } from '../src/localization.js';
import '../src/index.js';
import { LOCALES, LOCALE_NAMES, sampleContent } from '../stories/support/content.js';
import { elementArgTypes } from '../stories/support/element.js';
import { ThemedDocsContainer } from './docs-container.js';
import { applyPageTheme, applySnapshotMode, direction, SNAPSHOT_NOW } from './page-globals.js';
import './preview.css';

setCustomElementsManifest(manifest);
// The helpers' attribute observer writes any element's attribute changes back into the current story's args;
// on a docs page that is another story's element. Our elements do not change their own attributes, so it is off.
setStorybookHelpersConfig({ hideArgRef: true, disableArgObserver: true });

/**
 * Theme, language and direction for every story, in the canvas and on docs pages:
 * - theme: on the preview page itself (`<html data-envoy-theme>`: colour-scheme and background of the whole canvas
 *   and docs page, see preview.css and the docs container);
 * - language: `lang` on the story's root, for dates and numbers, and the library's `setLocale` for its words;
 * - direction: `dir` on the story's root, so the elements inherit it.
 * A new language or direction renders the story afresh, so every element reads them again.
 * In screenshot mode (the `snapshot` global, set by the visual-regression runner only) fonts are pinned,
 * animations are off, and stories that run live are frozen at SNAPSHOT_NOW.
 */
const pageGlobals: Decorator = (story, context) => {
  const { theme, locale, dir, snapshot } = context.globals as Record<string, string>;
  const language = LOCALES.includes(locale as never) ? locale : 'en';
  // The language's own tag (en-GB, zh-CN, ar-EG): dates and numbers as a page in that language writes them.
  const { lang } = sampleContent(language);
  applyPageTheme(theme);
  applySnapshotMode(snapshot === 'on');
  void setLocale(lang);
  const frozen = snapshot === 'on' && 'now' in context.argTypes && !context.args.now;
  const rendered = frozen ? story({ args: { ...context.args, now: SNAPSHOT_NOW } }) : story();
  const textDirection = direction(dir, language);
  return html`<div class="envoy-story" lang=${lang} dir=${textDirection}>
    ${keyed(`${lang} ${textDirection}`, rendered)}
  </div>`;
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'none' },
    layout: 'padded',
    docs: {
      container: ThemedDocsContainer,
      // Args tables come from stories/support/element.ts only: Storybook's own reading of the manifest would add
      // the inherited `lang` (a "Set object" row), private state and an event without a name.
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' ? elementArgTypes(component).argTypes : null,
      source: { excludeDecorators: true },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Theming',
          'Compose a page',
          'Elements',
          ['World clock', 'Days since', 'News list', 'Article card', 'Consular contact'],
          'Partners',
        ],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Light or dark page (the whole canvas and docs)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: the elements’ words, dates and numbers, and the sample content',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value], right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of every story (auto: right to left for Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: auto' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    // No toolbar: set by the visual-regression runner through the URL (globals=snapshot:on).
    snapshot: { description: 'Screenshot mode: frozen time, pinned fonts, no animations' },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto', snapshot: 'off' },
  decorators: [pageGlobals],
};
export default preview;
