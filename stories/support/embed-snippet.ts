/**
 * The markup a partner pastes for the `<days-since>` widget. A module of its own: a function exported from a
 * stories file is taken for a story (it showed up as a story of raw text).
 */
export interface EmbedSettings {
  scriptUrl: string;
  mode: 'since' | 'until';
  date: string;
  timeZone: string;
  event: string;
  countColor: string;
  countSize: string;
  background: string;
  border: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The custom properties the settings restyle, as [name, value] pairs (empty settings left out). */
export function brandProperties(settings: EmbedSettings): [string, string][] {
  const pairs: [string, string][] = [
    ['--envoy-days-since-count-color', settings.countColor],
    ['--envoy-days-since-count-font-size', settings.countSize],
    ['--envoy-days-since-background', settings.background],
    ['--envoy-days-since-border', settings.border],
  ];
  return pairs.filter(([, value]) => value.trim() !== '');
}

/**
 * The snippet: the script, a style rule when the widget is restyled (a rule rather than a `style` attribute, so a
 * partner whose policy forbids inline styles can move it into their stylesheet as it is), and the tag.
 */
export function embedSnippet(settings: EmbedSettings): string {
  const attributes = [
    `${settings.mode}="${escapeAttribute(settings.date)}"`,
    settings.timeZone && `time-zone="${escapeAttribute(settings.timeZone)}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const brand = brandProperties(settings);
  return [
    `<script type="module" src="${escapeAttribute(settings.scriptUrl)}"></script>`,
    ...(brand.length
      ? [
          `<style>\n  days-since {\n${brand.map(([name, value]) => `    ${name}: ${escapeText(value)};`).join('\n')}\n  }\n</style>`,
        ]
      : []),
    `<days-since ${attributes}>${escapeText(settings.event)}</days-since>`,
  ].join('\n');
}
