import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/world-clock/define.js';
import { zoneList } from './support/content.js';
import { attributesOf, customPropertiesOf, elementMeta, type Args } from './support/story.js';

/** Which zones a story shows (IANA ids; the labels come from the sample content in the toolbar's language). */
const EMBASSY_ZONES = ['Europe/Moscow', 'Europe/London'];

/**
 * The clock strip of the embassy page: the time in the capital and in the embassy's city, under today's date.
 * Stories run live unless they are about a moment (they then set `now`, and "Show code" shows it).
 */
const shared = elementMeta('world-clock', (args, content, { parameters }) => ({
  tag: 'world-clock',
  attributes: attributesOf('world-clock', args, {
    zones: zoneList((parameters.zones as string[]) ?? EMBASSY_ZONES, content),
  }),
  customProperties: customPropertiesOf(args),
}));
const meta = {
  title: 'Elements/World clock',
  component: 'world-clock',
  ...shared,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** As on the embassy page: the capital and the embassy's city under today's date, live. */
export const EmbassyPage: Story = {
  args: { 'show-date': true },
};

/** Frozen at one moment with `now` (for documentation and screenshots): 02:36 in Moscow, 00:36 in London, 6 July 2020. */
export const AtAFixedMoment: Story = {
  args: { 'show-date': true, now: '2020-07-06T02:36:00+03:00' },
};

/** Live, with seconds: ticks every second. */
export const LiveWithSeconds: Story = {
  args: { seconds: true },
};

/**
 * A place whose date differs from the first zone's gets a "+1 day" / "−1 day" marker (screen readers hear
 * "1 day ahead"). At 11:30 in London on 6 July it is still the 5th in Pago Pago and already the 7th in Kiritimati.
 */
export const AcrossTheDateLine: Story = {
  args: { now: '2020-07-06T11:30:00+01:00' },
  parameters: { zones: ['Europe/London', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'Pacific/Kiritimati'] },
};

/** A 12-hour clock, whatever the language's habit. */
export const TwelveHour: Story = {
  args: { 'hour-cycle': 'h12' },
  parameters: { zones: ['America/New_York', 'America/Los_Angeles'] },
};

/** Bad input: an unknown zone shows a notice in its place; the other clocks keep working. */
export const UnknownZone: Story = {
  parameters: { zones: ['Europe/Moscow', 'Atlantic/Atlantis', 'Europe/London'] },
};

/** Restyled through the element's custom properties only (set on this element, nowhere else). */
export const Branded: Story = {
  args: {
    'show-date': true,
    '--envoy-world-clock-time-color': 'light-dark(#0b5cad, #8ab4f8)',
    '--envoy-world-clock-time-font-size': '1.5em',
    '--envoy-world-clock-label-color': 'light-dark(#5b6470, #b9c0ca)',
    '--envoy-world-clock-gap': '1.5em',
  },
};
