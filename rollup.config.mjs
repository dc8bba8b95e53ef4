// The CDN builds: one minified ES module per entry with Lit and @lit/localize inlined, for
// `<script type="module" src=".../envoy-elements.js">` on any page. They are made from the tsc output in dist/
// (so npm and CDN run the same compiled code). Each entry is built on its own, so it is one file with no
// shared chunk; only its translations are separate files in `dist/cdn/locales/` (`<entry>.ru-<hash>.js`), loaded when a
// page asks for that language, so the English path carries none of them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    chunkFileNames: `locales/${name}.[name]-[hash].js`,
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
