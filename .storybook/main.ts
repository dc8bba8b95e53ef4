import type { StorybookConfig } from '@storybook/web-components-vite';
import { sampleFeeds } from './sample-feeds.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Story-owned sample files (illustrations, a broken feed) at samples/, next to the generated sample feeds
  // (samples/feeds/, see sample-feeds.ts). Everything is served locally: no story reaches the network.
  staticDirs: [{ from: '../stories/static', to: '/samples' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Telemetry means DNS look-ups on every start; our machines have no network beyond the registries.
  core: { disableTelemetry: true },
  // One copy of Lit for Storybook's renderer and our elements (the dev server otherwise pre-bundles two).
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), sampleFeeds()],
    resolve: {
      ...viteConfig.resolve,
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'],
    },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        ...['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directive.js', 'lit/async-directive.js'],
        ...[
          'lit/directives/unsafe-html.js',
          'lit/directives/keyed.js',
          'lit/html.js',
          'lit/static-html.js',
          '@lit/localize',
        ],
      ],
    },
  }),
};
export default config;
