/**
 * Whether this copy of the library is a CDN bundle (dist/cdn/), which inlines a private Lit and @lit/localize that
 * no application shares. rollup.config.mjs replaces this module with `true`, and the minifier then leaves out the
 * code that only matters when an application shares those packages with us: an application that configured
 * @lit/localize itself, and Lit's hydration support (@lit-labs/ssr-client) loaded by the application.
 */
export const CDN = false;
