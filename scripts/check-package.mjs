// `npm run package:check` (CI, after the build): is the package ready to publish?
//   publint --strict             package.json fields and exports against the files that ship
//   attw --profile esm-only      every export's types resolve for TypeScript's node16 and bundler resolution
//   npm publish --dry-run        what npm would upload; needs no login (it stops before the registry)
import { execFileSync } from 'node:child_process';

const run = (command, args) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

run('npx', ['publint', '--strict']);
run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--summary']);
const out = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
// npm 11 keys the report by package name.
const { files, size, unpackedSize } = Object.values(JSON.parse(out.slice(out.indexOf('{'))))[0];
console.log(`$ npm publish --dry-run: ${files.length} files, ${(size / 1024).toFixed(0)} kB packed, ${(unpackedSize / 1024).toFixed(0)} kB unpacked`);
const paths = new Set(files.map((file) => file.path));
for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cdn/envoy-elements.js', 'dist/types/jsx.d.ts', 'dist/web-types.json']) {
  if (!paths.has(needed)) throw new Error(`npm publish would leave out ${needed}`);
}
for (const path of paths) {
  if (/^(test|examples|stories|bench|xliff|scripts)\//.test(path)) throw new Error(`npm publish would include ${path}`);
}
