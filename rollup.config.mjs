// The CDN builds: one minified ES module per entry with Lit and @lit/localize inlined, for
// `<script type="module" src=".../envoy-elements.js">` on any page. They are made from the tsc output in dist/
// (so npm and CDN run the same compiled code). Each entry is built on its own, so it is one file with no
// shared chunk; only its translations are separate files in `dist/cdn/locales/` (`<entry>.ru-<hash>.js`), loaded when a
// page asks for that language, so the English path carries none of them. The all-in-one file also has news-list's feed
// reader beside it (`envoy-elements.feed-reader-<hash>.js`), loaded with the first `src` feed: pages that show no feed
// never download it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * @lit/localize hashes a message's text into an id when `msg()` is given none (FNV-1a 64, about 260 bytes
 * min+gzip). Every envoy-elements message has an explicit id (scripts/check-translations.mjs fails otherwise), and
 * the CDN files inline their own private copy of @lit/localize that no other code calls, so the hashing is left
 * out of them. Should a message without an id slip through, it would show in English, not break.
 */
const explicitMessageIdsOnly = {
  name: 'explicit-message-ids-only',
  load(id) {
    if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) {
      return 'export const generateMsgId = () => "";';
    }
    return null;
  },
};

/**
 * The CDN files inline a private Lit and @lit/localize that no application shares: src/internal/build.ts says so
 * (`CDN = true`), and terser drops what only matters when an application shares them (its own @lit/localize
 * configuration, Lit's hydration support).
 */
const cdnBuild = {
  name: 'cdn-build',
  load(id) {
    if (/[\\/]dist[\\/]internal[\\/]build\.js$/.test(id)) return 'export const CDN = true;';
    return null;
  },
};

/** CDN file name -> the module it starts from. */
const entries = {
  'envoy-elements': 'dist/index.js',
  'days-since': 'dist/days-since/define.js',
};

export default Object.entries(entries).map(([name, input]) => ({
  input: { [name]: input },
  // The translation chunk imports `str` from the entry itself: allow the entry to export that too instead of
  // splitting everything into a shared chunk behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Translations go in locales/; news-list's feed reader, loaded with the first `src` feed, sits beside the entry.
    chunkFileNames: ({ facadeModuleId }) =>
      /[\\/]generated[\\/]locales[\\/]/.test(facadeModuleId ?? '') ? `locales/${name}.[name]-[hash].js` : `${name}.[name]-[hash].js`,
    // Maps ship beside the files (dist/cdn/*.js.map) for error reporting and debugging, but the files do not name
    // them: a `sourceMappingURL` comment would cost every page about 40 bytes.
    sourcemap: 'hidden',
  },
  plugins: [
    explicitMessageIdsOnly,
    cdnBuild,
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
