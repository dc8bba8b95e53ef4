import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Sample feeds and images for the stories: the test fixtures, served locally (no network).
  staticDirs: [{ from: '../test/fixtures', to: '/samples' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Telemetry means DNS look-ups on every start; our machines have no network beyond the registries.
  core: { disableTelemetry: true },
  // One copy of Lit for Storybook's renderer and our elements (the dev server otherwise pre-bundles two).
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'],
    },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        ...['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directive.js', 'lit/async-directive.js'],
        ...['lit/directives/unsafe-html.js', 'lit/html.js', 'lit/static-html.js', '@lit/localize'],
      ],
    },
  }),
};
export default config;
