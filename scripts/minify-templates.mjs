// Minifies the text inside Lit's `css` and `html` templates in the compiled output (dist/, after tsc), for npm and
// CDN alike. Lit ships template text as it is written, and neither terser nor an app's bundler touches the inside
// of a template literal.
// - css`…` (without `${…}`): esbuild's CSS minifier, target `esnext` (keeps light-dark(), color-mix(), nesting),
//   then the space after each comma, which CSS does not need, outside quoted strings.
// - html`…`: each run of white space that holds a line break (indentation between tags and expressions) keeps
//   only its line breaks. HTML collapses such a run to one space anyway, so nothing renders differently; no
//   template puts one inside a `pre`/`pre-line` element's own text.
// Line counts stay as they were (a CSS template is followed by the line breaks it lost), so the source maps tsc
// wrote beside each file still point at the right lines.
// Templates are found with TypeScript's parser, so expressions, nested templates and strings are left alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );

function minifyCss(text, file) {
  // charset utf8: keep "·" as it is. esbuild would otherwise write the CSS escape `\b7`, which in a JS template
  // literal is a backspace and a 7.
  const css = transformSync(text, { loader: 'css', minify: true, target: 'esnext', charset: 'utf8', logLevel: 'error' })
    .code.trim()
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, index) => (index % 2 ? piece : piece.replace(/, /g, ',')))
    .join('');
  if (/[`\\]|\$\{/.test(css)) throw new Error(`${file}: minified CSS would need escaping in a template literal`);
  return css;
}

const stats = { css: [0, 0], html: [0, 0] };

for (const file of files(process.argv[2] ?? 'dist')) {
  const source = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** [start, end, replacement] of each piece of template text to rewrite. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const kind = node.tag.text;
      const template = node.template;
      // The raw text of each literal piece, between the backticks, `${` and `}`.
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      if (kind === 'css' && pieces.length === 1) {
        const start = template.getStart() + 1;
        const end = template.getEnd() - 1;
        const text = source.slice(start, end);
        const css = minifyCss(text, file);
        stats.css[0] += text.length;
        stats.css[1] += css.length;
        edits.push([start, end + 1, `${css}\`${'\n'.repeat(text.split('\n').length - 1)}`]);
      } else if (kind === 'html') {
        for (const piece of pieces) {
          // Skip the opening "`" / "}" and the closing "${" / "`".
          const start = piece.getStart() + 1;
          const end = piece.getEnd() - (ts.isTemplateTail(piece) || ts.isNoSubstitutionTemplateLiteral(piece) ? 1 : 2);
          const text = source.slice(start, end);
          const html = text.replace(/[ \t]*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
          stats.html[0] += text.length;
          stats.html[1] += html.length;
          if (html !== text) edits.push([start, end, html]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  if (!edits.length) continue;
  let output = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) output = output.slice(0, start) + text + output.slice(end);
  writeFileSync(file, output);
}
if (process.env.VERBOSE) {
  console.log(`CSS text: ${stats.css[0]} -> ${stats.css[1]} bytes; HTML template text: ${stats.html[0]} -> ${stats.html[1]} bytes`);
}
