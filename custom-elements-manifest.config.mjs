// custom-elements.json: generated from the JSDoc in src/, committed, and checked fresh in CI.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
