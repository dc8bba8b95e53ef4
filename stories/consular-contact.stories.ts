import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/consular-contact/define.js';
import { attributesOf, customPropertiesOf, elementMeta, type Args } from './support/story.js';

/**
 * The "Consular queries" block of the embassy page: the status follows the office's clock (London), whatever the
 * reader's zone. Stories run live unless they are about a moment (they then set `now`, in London's offset).
 */
const shared = elementMeta('consular-contact', (args, content) => ({
  tag: 'consular-contact',
  attributes: attributesOf('consular-contact', args, content.consular),
  customProperties: customPropertiesOf(args),
}));
const meta = {
  title: 'Elements/Consular contact',
  component: 'consular-contact',
  ...shared,
  args: {
    ...shared.args,
    phone: '+44 (0) 203 668 7474',
    'emergency-phone': '+44 7700 900123',
    email: 'consul@embassy.example.org',
    hours: 'Mo-Fr 09:00-12:30, 14:00-17:00',
    'time-zone': 'Europe/London',
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** As on the embassy page, live: open or closed now, in London. */
export const EmbassyPage: Story = {};

/** Monday 6 July 2020, 10:00 in London: open now. */
export const OpenNow: Story = {
  args: { now: '2020-07-06T10:00:00+01:00' },
};

/** Friday 10 July 2020, 18:30 in London: closed until Monday. */
export const ClosedForTheWeekend: Story = {
  args: { now: '2020-07-10T18:30:00+01:00' },
};

/** Bad input: a national number (no country code), an invalid e-mail and unreadable hours show as text, never as broken links. */
export const BadInput: Story = {
  args: { phone: '020 3668 7474', 'emergency-phone': undefined, email: 'consul@', hours: 'weekdays, mornings' },
};

/** In a card, through the element's custom properties only (light and dark values). */
export const Branded: Story = {
  args: {
    '--envoy-consular-contact-background': 'light-dark(#f4f7fb, #1d2733)',
    '--envoy-consular-contact-padding': '1.25em',
    '--envoy-consular-contact-border': '1px solid light-dark(#c9d6e8, #3a4a5e)',
    '--envoy-consular-contact-heading-color': 'light-dark(#0b5cad, #8ab4f8)',
  },
};
