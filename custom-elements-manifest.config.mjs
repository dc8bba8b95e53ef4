// custom-elements.json: generated from the JSDoc in src/, committed, and checked fresh in CI.
//
// The analyzer reads the source; the small plugins below correct what it gets wrong for this library, so that every
// tool reading the manifest (the JSX, Vue and Svelte type generators, VS Code and JetBrains editor data, Storybook)
// sees what a user of the published package sees. `npm run manifest:check` (scripts/check-manifest.mjs) validates
// the result against the schema and @wc-toolkit/cem-validator.

import { posix } from 'node:path';

/** src/x/y.ts -> dist/x/y.js (the file that ships); `.d.ts` beside it. */
const toDist = (path, extension = '.js') => path.replace(/^\/?src\//, 'dist/').replace(/\.(ts|js)$/, extension);

/** Every class declaration of the manifest, with its module. */
function* classes(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') yield [declaration, module];
  }
}

/** `Default: `1.25em`.` or `Default: inherited.` at the end of a description. */
const DEFAULT_SENTENCE = /\s*Default:\s*(.+?)\.?\s*$/s;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/**/*.plurals.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer leaves exported interfaces and type aliases (WorldClockZone, NewsItem, WorldClockErrorCode ...)
      // out of a module's exports, so tools that import the types an element's API names from its module (the
      // validator's exportTypes rule, the type generators) find them missing. List them.
      name: 'exported-types',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!(ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) || !ts.isSourceFile(node.parent)) return;
        if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return;
        const name = node.name.getText();
        if (moduleDoc.exports.some((entry) => entry.name === name)) return;
        moduleDoc.exports.push({ kind: 'js', name, declaration: { name, module: moduleDoc.path } });
      },
    },
    {
      // `lang`, watched by EnvoyElement and documented there with `@attr`, is HTMLElement's own reflected property:
      // say so, or generators that type an attribute by its field write `WorldClock["undefined"]`.
      name: 'lang-is-a-property-too',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          for (const attribute of declaration.attributes ?? []) if (attribute.name === 'lang') attribute.fieldName ??= 'lang';
        }
      },
    },
    {
      // Lit's internal state (`static properties = { status: { state: true } }` with a `private declare status`)
      // has no attribute, yet the analyzer lists one for it. An attribute is public API: keep only those whose
      // field is public.
      name: 'no-attributes-for-private-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#')).map((member) => member.name),
          );
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      },
    },
    {
      // EnvoyElement, the shared base class, extends LitElement and so is taken for a custom element, but it has no
      // tag and is never registered. It stays in the manifest (the elements inherit `lang` and their members from it)
      // as a plain class.
      name: 'base-class-is-not-an-element',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      },
    },
    {
      // `this.dispatchEvent(new EnvoyLoadEvent(...))` gives the analyzer an event with a type and no name; the
      // `@fires {EnvoyLoadEvent} envoy-load` beside it names the same event. A nameless event is invalid (the
      // schema requires a name) and shows as "undefined-event" in Storybook, so drop it when a named event has the
      // same type, and stop the build when none does (add a `@fires` for it).
      name: 'events-have-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          if (!declaration.events) continue;
          const baseType = (event) => event.type?.text?.replace(/<.*>$/, '');
          declaration.events = declaration.events.filter((event) => {
            if (event.name) return true;
            if (declaration.events.some((named) => named.name && baseType(named) === baseType(event))) return false;
            throw new Error(`${declaration.name} dispatches a ${event.type?.text ?? 'nameless'} event that no @fires names`);
          });
        }
      },
    },
    {
      // Our `@cssproperty` descriptions end with "Default: `1.25em`." (or a default in words, "Default: inherited.").
      // Tools show `default` in a column of its own (Storybook, VS Code's CSS data, web-types): move it there.
      name: 'css-property-defaults',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          for (const property of declaration.cssProperties ?? []) {
            const match = property.description?.match(DEFAULT_SENTENCE);
            if (property.default || !match) continue;
            // "`1.15em` (`1.5em` featured, `1em` compact)": the value is the default, the rest stays in the description.
            const [, code, aside] = match[1].trim().match(/^`([^`]*)`\s*(?:\((.*)\))?$/s) ?? [];
            property.default = code ?? match[1].trim();
            const rest = property.description.replace(DEFAULT_SENTENCE, '').trim();
            property.description = aside ? `${rest.replace(/\.$/, '')} (${aside}).` : rest;
          }
        }
      },
    },
    {
      // An attribute's type is what HTML can hold: text, a number, a keyword, or present/absent. The analyzer copies
      // the property's type, which also allows what only JavaScript can pass (`Date`, `WorldClockZone[]`) and
      // `undefined`. Keep the keywords, numbers and booleans; everything else is a string.
      name: 'attribute-types-are-html',
      packageLinkPhase({ customElementsManifest }) {
        for (const [declaration] of classes(customElementsManifest)) {
          for (const attribute of declaration.attributes ?? []) {
            const parts = (attribute.type?.text ?? 'string').split('|').map((part) => part.trim());
            const html = parts.filter((part) => /^(string|number|boolean|'[^']*'|"[^"]*")$/.test(part));
            const kept = html.includes('string') && html.includes('number') ? ['number', ...html.filter((p) => p !== 'number' && p !== 'string')] : html;
            attribute.type = { text: kept.length ? kept.join(' | ') : 'string' };
          }
        }
      },
    },
    {
      // The define.ts modules register with `WorldClock.define()`, which the analyzer does not read as a
      // registration (it knows `customElements.define(...)`). Record it as the custom-element-definition export
      // that tools look for (the validator's definitionPath rule, JetBrains' and VS Code's "where is it defined").
      name: 'define-calls',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isExpressionStatement(node) || !ts.isSourceFile(node.parent) || !ts.isCallExpression(node.expression)) return;
        const callee = node.expression.expression;
        if (!ts.isPropertyAccessExpression(callee) || callee.name.getText() !== 'define' || !ts.isIdentifier(callee.expression)) return;
        const [tag] = node.expression.arguments;
        (moduleDoc.defineCalls ??= []).push({ className: callee.expression.getText(), tag: tag && ts.isStringLiteral(tag) ? tag.text : undefined });
      },
      packageLinkPhase({ customElementsManifest }) {
        const elements = new Map();
        for (const [declaration, module] of classes(customElementsManifest)) {
          if (declaration.tagName) elements.set(declaration.name, { tagName: declaration.tagName, module: module.path });
        }
        for (const module of customElementsManifest.modules) {
          for (const { className, tag } of module.defineCalls ?? []) {
            const element = elements.get(className);
            if (!element) throw new Error(`${module.path}: ${className}.define() registers no element the manifest knows`);
            module.exports.push({ kind: 'custom-element-definition', name: tag ?? element.tagName, declaration: { name: className, module: element.module } });
          }
          delete module.defineCalls;
        }
      },
    },
    {
      // The analyzer lists modules in the order the file system returns them, which differs between two checkouts
      // of the same commit; sorted, the file is the same everywhere and CI's freshness check is stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // Paths name what the package ships: dist/*.js, with the declarations beside them, not the TypeScript sources
      // (which are not published). Runs last: the plugins above match modules by their source paths.
      name: 'dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        // A re-export names its module as written (`../internal/problems.js`): resolve it from the re-exporting file.
        const fix = (reference, from) => {
          if (!reference?.module || reference.package) return;
          const path = reference.module.startsWith('.') ? posix.join(posix.dirname(from), reference.module) : reference.module;
          reference.module = toDist(path);
        };
        for (const module of customElementsManifest.modules) {
          const source = module.path;
          module.path = toDist(source);
          module.typeDefinitionPath = toDist(source, '.d.ts');
          for (const entry of module.exports ?? []) fix(entry.declaration, source);
          for (const declaration of module.declarations ?? []) {
            fix(declaration.superclass);
            for (const mixin of declaration.mixins ?? []) fix(mixin);
            for (const list of [declaration.members, declaration.attributes, declaration.events]) {
              for (const item of list ?? []) fix(item.inheritedFrom);
            }
          }
        }
        // The analyzer writes 1.0.0, but its output uses fields only schema 2.x has (`cssStates`, `readonly`);
        // the file is checked against the 2.1.0 schema.
        customElementsManifest.schemaVersion = '2.1.0';
      },
    },
  ],
};
