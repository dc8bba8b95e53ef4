// `npm run manifest:check` (CI, after the build): is custom-elements.json what tools need?
// 1. It validates against the Custom Elements Manifest schema it declares (2.1.0).
// 2. @wc-toolkit/cem-validator finds no error or warning (package.json fields, module paths, tag names, exported types).
// 3. Every path it names (module, type definitions, custom-element definitions) is a file `npm pack` ships.
// 4. Every element lists only what is public: no attribute for private state, every event named, `lang` described,
//    attribute types HTML can hold, a default for every CSS custom property.
// 5. Each element's `envoy-error` description names exactly the codes of its code union (src/internal/problems.ts),
//    which the compiler holds the element's own problems to: docs, types and behaviour say the same.
import { existsSync, readFileSync } from 'node:fs';
import { Validator } from 'jsonschema';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve('custom-elements-manifest/schema.json')), 'utf8'));
const { version: schemaVersion } = JSON.parse(readFileSync(new URL(import.meta.resolve('custom-elements-manifest/package.json')), 'utf8'));
const problems = [];

// 1. Schema.
if (manifest.schemaVersion !== schemaVersion) problems.push(`schemaVersion is ${manifest.schemaVersion}; the schema checked is ${schemaVersion}`);
for (const error of new Validator().validate(manifest, schema, { nestedErrors: true }).errors) {
  problems.push(`schema: ${error.property} ${error.message}`);
}

// 2. The validator. Its typeDefinitionPath rule is off: in 1.3.0 it rejects every path that ends in ".ts" or lacks
// "src/", so no `.d.ts` path can pass it; step 3 checks those paths instead.
const warn = console.warn;
const log = console.log;
const said = [];
console.warn = console.log = (...args) => said.push(args.join(' '));
try {
  await validateCem(manifest, {
    logErrors: false,
    rules: {
      packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error', customElementsProperty: 'error', publishedCem: 'error' },
      manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'off', exportTypes: 'error', tagName: 'error' },
    },
  });
} catch (error) {
  problems.push(`cem-validator: ${error.message}`);
} finally {
  console.warn = warn;
  console.log = log;
}
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
for (const line of said.map(plain)) if (/warning|error\(s\)|^\s+- /.test(line)) problems.push(`cem-validator: ${line.trim()}`);

// 3. Paths.
const { files } = JSON.parse(readFileSync('package.json', 'utf8'));
const shipped = (path) => files.some((entry) => path === entry || path.startsWith(`${entry}/`));
const paths = new Set();
for (const module of manifest.modules) {
  paths.add(module.path);
  if (module.typeDefinitionPath) paths.add(module.typeDefinitionPath);
  for (const entry of module.exports ?? []) if (entry.declaration?.module) paths.add(entry.declaration.module);
}
for (const path of paths) {
  if (!existsSync(path)) problems.push(`${path} is named in the manifest but does not exist (run npm run build first)`);
  else if (!shipped(path)) problems.push(`${path} is named in the manifest but not in package.json "files"`);
}

// 4. Each element.
const HTML_TYPE = /^(string|number|boolean|'[^']*'|"[^"]*")( \| ('[^']*'|"[^"]*"))*$/;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind !== 'class') continue;
    if (declaration.customElement && !declaration.tagName) problems.push(`${declaration.name} is listed as a custom element but has no tag`);
    if (!declaration.customElement) continue;
    const where = `<${declaration.tagName}>`;
    const members = new Map((declaration.members ?? []).map((member) => [member.name, member]));
    for (const attribute of declaration.attributes ?? []) {
      const field = members.get(attribute.fieldName);
      if (field && field.privacy && field.privacy !== 'public') problems.push(`${where} lists attribute ${attribute.name} for ${field.privacy} ${attribute.fieldName}`);
      if (!attribute.description) problems.push(`${where} attribute ${attribute.name} has no description`);
      if (!HTML_TYPE.test(attribute.type?.text ?? '')) problems.push(`${where} attribute ${attribute.name} has type ${attribute.type?.text}, which HTML cannot hold`);
    }
    for (const event of declaration.events ?? []) {
      if (!event.name) problems.push(`${where} lists an event without a name (${event.type?.text})`);
      if (!event.description) problems.push(`${where} event ${event.name} has no description`);
    }
    for (const property of declaration.cssProperties ?? []) {
      if (!property.default) problems.push(`${where} ${property.name} has no default`);
    }
  }
}

// 5. Error codes. `unsupported-lang` is every element's (described with `lang`), so a description may leave it out.
const unions = new Map();
for (const [, name, body] of readFileSync('src/internal/problems.ts', 'utf8').matchAll(/export type (\w+ErrorCode) =([^;]*);/g)) {
  unions.set(name, body);
}
const codesOf = (name) =>
  new Set(
    [...unions.get(name).matchAll(/'([a-z-]+)'|\b(\w+ErrorCode)\b/g)].flatMap(([, code, union]) => (code ? [code] : [...codesOf(union)])),
  );
const everyCode = codesOf('EnvoyErrorCode');
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    const event = declaration.customElement && declaration.events?.find((candidate) => candidate.name === 'envoy-error');
    if (!event) continue;
    const union = event.type?.text?.replace(/Event$/, 'Code');
    if (!unions.has(union)) {
      problems.push(`<${declaration.tagName}> envoy-error has type ${event.type?.text}, not one of src/internal/problems.ts`);
      continue;
    }
    const typed = codesOf(union);
    // A code in backticks: hyphenated (`invalid-now`), or a one-word code of some element (`timeout`), not `href`.
    const described = new Set(
      [...event.description.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)]
        .map(([, code]) => code)
        .filter((code) => code.includes('-') || everyCode.has(code))
        .concat('unsupported-lang'),
    );
    for (const code of typed) if (!described.has(code)) problems.push(`<${declaration.tagName}> envoy-error: ${union} has \`${code}\`, the description does not`);
    for (const code of described) if (!typed.has(code)) problems.push(`<${declaration.tagName}> envoy-error: the description names \`${code}\`, ${union} does not`);
  }
}

if (problems.length) {
  console.error(`custom-elements.json: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`custom-elements.json: schema ${schemaVersion} valid, cem-validator clean, ${paths.size} paths shipped, every element's API public and typed, error codes documented as typed`);
