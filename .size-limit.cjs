// `npm run size`: gzip budgets, checked in CI. English path only: translations are separate files that a page
// loads only when it shows that language, so they are left out of every measure.
const englishOnly = (config) => ({
  ...config,
  external: [...(config.external ?? []), './generated/locales/*', './locales/*'],
});

module.exports = [
  {
    name: 'CDN: dist/cdn/envoy-elements.js (all elements, Lit and @lit/localize inlined)',
    path: 'dist/cdn/envoy-elements.js',
    import: '*',
    modifyEsbuildConfig: englishOnly,
    gzip: true,
    limit: '20 KB',
  },
  {
    name: 'npm: envoy-elements/world-clock.js (Lit and @lit/localize external)',
    path: 'dist/world-clock/define.js',
    import: '*',
    ignore: ['lit', 'lit/decorators.js', '@lit/localize'],
    modifyEsbuildConfig: englishOnly,
    gzip: true,
    limit: '6 KB',
  },
];
