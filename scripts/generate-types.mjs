// Framework types and editor data, generated from custom-elements.json by the generators the web-components
// community maintains (wc-toolkit / break-stuff), on every `npm run build`, into dist/ (which ships):
//
//   dist/types/jsx.d.ts                   React 19, Preact, Solid: JSX.IntrinsicElements (@wc-toolkit/jsx-types)
//   dist/types/vue.d.ts                   Vue 3: GlobalComponents (custom-element-vuejs-integration)
//   dist/types/svelte.d.ts                Svelte 5: svelte/elements SvelteHTMLElements (custom-element-svelte-integration)
//   dist/vscode.html-custom-data.json     VS Code HTML completion (custom-element-vs-code-integration)
//   dist/vscode.css-custom-data.json      VS Code CSS completion of our custom properties and parts
//   dist/web-types.json                   JetBrains IDEs, found through package.json "web-types"
//
// Nothing here is written by hand: a wrong type in these files is fixed in the JSDoc (or the manifest plugins) it
// comes from. Each file imports the element classes and types from the package's own declarations, by relative
// path, so the types stay those of the shipped .d.ts files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The class module of a tag, as a path from dist/types/: `../world-clock/world-clock.js`. */
const modules = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) modules.set(declaration.name, module.path.replace(/^dist\//, '../'));
  }
}
const componentTypePath = (name) => {
  const path = modules.get(name);
  if (!path) throw new Error(`no module for ${name} in custom-elements.json`);
  return path;
};

/**
 * custom-element-vuejs-integration and -svelte- write an event as `CustomEvent<type>`: they read an event's type as
 * its detail, where the manifest (and jsx-types) hold the event's own class. Give those two a copy of the manifest
 * with the detail types instead, which every element module exports beside its event types
 * (`WorldClockErrorEvent` -> `WorldClockErrorDetail`, `EnvoyLoadEvent` -> `EnvoyLoadDetail`).
 */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = event.type?.text?.replace(/Event$/, 'Detail');
        if (!module.exports?.some((entry) => entry.name === detail)) {
          throw new Error(`${declaration.name}: ${module.path} exports no ${detail} for the ${event.name} event`);
        }
        event.type = { text: detail };
      }
    }
  }
  return copy;
}

/**
 * Vue checks a template against a component's props after normalizing names: `show-date="…"` is the prop
 * `showDate`, `@envoy-load` the prop `onEnvoyLoad`. custom-element-vuejs-integration writes attribute and event names
 * as they are in HTML, so vue-tsc with `strictTemplates` would reject every correct kebab-case attribute and listener.
 * Give it the names as Vue sees them.
 */
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
function withVueNames(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) attribute.name = camel(attribute.name);
      for (const event of declaration.events ?? []) event.name = camel(`-${event.name}`);
    }
  }
  return copy;
}

/**
 * Svelte 5 sets a property on a custom element when the element has one (`items={news}`), but
 * custom-element-svelte-integration types attributes only. Give it the public properties that have no attribute
 * (news-list's `items`) as well.
 */
function withSvelteProperties(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const attributes = (declaration.attributes ??= []);
      for (const member of declaration.members ?? []) {
        const writable = member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public';
        if (writable && !attributes.some((attribute) => attribute.fieldName === member.name)) {
          attributes.push({ name: member.name, fieldName: member.name, description: member.description, type: member.type });
        }
      }
    }
  }
  return copy;
}

// The README's section of each element: GitHub's anchor for "## `<world-clock>`" is #world-clock.
const referencesTemplate = (name, tag) => [{ name: 'Documentation', url: `${pkg.homepage.replace(/#.*$/, '')}#${tag}` }];

rmSync('dist/types', { recursive: true, force: true });
mkdirSync('dist/types', { recursive: true });

const quiet = { hideLogs: true };
generateJsxTypes(manifest, { ...quiet, outdir: 'dist/types', fileName: 'jsx.d.ts', componentTypePath, stronglyTypedEvents: true });
generateVuejsTypes(withVueNames(withDetailTypes(manifest)), { ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', componentTypePath });
generateSvelteTypes(withSvelteProperties(withDetailTypes(manifest)), { ...quiet, outdir: 'dist/types', fileName: 'svelte.d.ts', componentTypePath });
// custom-element-svelte-integration 1.2.0 writes Svelte 4 / Solid types: `JSX.Element` and `JSX.CSSProperties` (no
// JSX namespace exists in a Svelte project, so `svelte-check` with skipLibCheck: false fails on them), `on:` event
// directives, and a `svelteHTML` namespace inside a module file, which augments nothing. Svelte 5 types custom
// elements through the `svelte/elements` module. Each fix checks that the generator still writes what it replaces.
const svelteFile = 'dist/types/svelte.d.ts';
let svelte = readFileSync(svelteFile, 'utf8');
const svelte5 = [
  [/\bJSX\.Element\b/g, 'import("svelte").Snippet'],
  [/\bJSX\.CSSProperties\b/g, 'string'],
  [/"on:([a-z-]+)"\?:/g, '"on$1"?:'],
  [
    /declare namespace svelteHTML \{[^}]*interface IntrinsicElements extends CustomElements \{\}\s*\}/,
    'declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}',
  ],
];
for (const [pattern, replacement] of svelte5) {
  if (!pattern.test(svelte)) throw new Error(`${svelteFile}: the generator no longer writes ${pattern}; review scripts/generate-types.mjs`);
  svelte = svelte.replace(pattern, replacement);
}
writeFileSync(svelteFile, svelte);

generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  referencesTemplate,
});
generateJetBrainsWebTypes(manifest, {
  ...quiet,
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  // package.json names the file itself ("web-types"); a build must not rewrite package.json.
  packageJson: false,
  referenceTemplate: (name, tag) => referencesTemplate(name, tag)[0],
});
