// The CDN builds: one minified ES module per entry with Lit and @lit/localize inlined, for
// `<script type="module" src=".../envoy-elements.js">` on any page. They are made from the tsc output in dist/
// (so npm and CDN run the same compiled code). Each entry is built on its own, so it is one file with no
// shared chunk; only its translations are separate files in `dist/cdn/locales/` (`<entry>.<locale>.js`), loaded when a
// page asks for that language, so the English path carries none of them. The all-in-one file also has news-list's feed
// reader beside it (`envoy-elements.feed-reader-<hash>.js`), loaded with the first `src` feed: pages that show no feed
// never download it.
import { readdirSync } from 'node:fs';
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
  // The look-up then takes the id as given, without the cache of hashed ids around the generator (about 50 B
  // min+gzip). Fails the build if @lit/localize changes the line, rather than quietly keeping the cache.
  transform(code, id) {
    if (!/[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id)) return null;
    const line = 'const id = options?.id ?? generateId(template);';
    if (!code.includes(line)) this.error(`@lit/localize's runtime-msg.js no longer has "${line}": update explicitMessageIdsOnly`);
    return { code: code.replace(line, 'const id = options?.id;'), map: null };
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

/**
 * Translations in the CDN: each bundle's are files with fixed names, `locales/<bundle>.<locale>.js` (no content hash:
 * the versioned CDN URL, `envoy-elements@0.1.0/dist/cdn/`, busts caches for them as it does for the bundle itself),
 * and the bundle loads one by building its name from the locale code: src/internal/load-locale.ts becomes a single
 * `import()`. So the English path holds no list of languages and does not grow as languages are added, and a page in
 * another language fetches its translation at once. (With a static map of `import()`s, each language cost the
 * partner widget about 10 B gzipped and its hash about 7 B more.) @lit/localize only asks for codes in
 * `targetLocales`, so no other file name can be built.
 * Each file is emitted as a chunk loaded after the entry, so it imports Lit's `html` and @lit/localize's `str` from
 * the entry, as a dynamic import's chunk would.
 */
const localeFiles = (name, input) => ({
  name: 'locale-files',
  buildStart() {
    for (const file of readdirSync('dist/generated/locales').filter((file) => file.endsWith('.js'))) {
      this.emitFile({
        type: 'chunk',
        id: `dist/generated/locales/${file}`,
        fileName: `locales/${name}.${file}`,
        implicitlyLoadedAfterOneOf: [input],
      });
    }
  },
  load(id) {
    if (/[\\/]dist[\\/]internal[\\/]load-locale\.js$/.test(id)) {
      return `export const loadLocale = (locale) => import(\`./locales/${name}.\${locale}.js\`);`;
    }
    return null;
  },
  // A bundle that shows some elements only gets their messages: the partner widget's files hold the counter's
  // sentences and notices (about 0.4 kB gzipped), not all five elements' (1.2-1.4 kB).
  transform(code, id) {
    const prefix = MESSAGES[name];
    if (!prefix || !/[\\/]dist[\\/]generated[\\/]locales[\\/][^\\/]+\.js$/.test(id)) return null;
    // lit-localize writes one message a line: `    'days-since.missing-date': `...`,`
    const lines = code.split('\n');
    const kept = lines.filter((line) => !/^\s+'[^']+': /.test(line) || line.trimStart().startsWith(`'${prefix}`));
    if (kept.length === lines.length || !kept.some((line) => line.trimStart().startsWith(`'${prefix}`))) {
      this.error(`${id}: no messages of the form '${prefix}…': lit-localize's output changed; update localeFiles`);
    }
    return { code: kept.join('\n'), map: null };
  },
  // Fails the build if the bundle names a message (an id, or the stem of plural ids) its translation files leave out.
  generateBundle(_, bundle) {
    const prefix = MESSAGES[name];
    if (!prefix) return;
    const ids = /["'`]((?:world-clock|days-since|article-card|news-list|consular-contact)\.[a-z0-9.-]+)["'`]/g;
    for (const [, id] of bundle[`${name}.js`].code.matchAll(ids)) {
      if (!id.startsWith(prefix)) this.error(`${name}.js shows message "${id}", which its translation files leave out (MESSAGES)`);
    }
  },
});

/** Bundles whose translation files hold only the messages whose ids start with this (the others: all messages). */
const MESSAGES = { 'days-since': 'days-since.' };

/** CDN file name -> the module it starts from. */
const entries = {
  'envoy-elements': 'dist/index.js',
  'days-since': 'dist/days-since/define.js',
};

export default Object.entries(entries).map(([name, input]) => ({
  input: { [name]: input },
  // The translation files import `str` and `html` from the entry itself: allow the entry to export them too instead of
  // splitting everything into a shared chunk behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // news-list's feed reader, loaded with the first `src` feed, sits beside the entry (translations: localeFiles).
    chunkFileNames: `${name}.[name]-[hash].js`,
    // Maps ship beside the files (dist/cdn/*.js.map) for error reporting and debugging, but the files do not name
    // them: a `sourceMappingURL` comment would cost every page about 40 bytes.
    sourcemap: 'hidden',
  },
  plugins: [
    localeFiles(name, input),
    explicitMessageIdsOnly,
    cdnBuild,
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
