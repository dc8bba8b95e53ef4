import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { ConsularContact } from '../src/consular-contact/consular-contact.js';
import '../src/consular-contact/define.js';

const { args, argTypes, template } = getStorybookHelpers<ConsularContact>('consular-contact');

/**
 * The "Consular queries" block of the embassy page. Stories freeze "now" (Monday 6 July 2020, 10:00 in London)
 * so the status is stable; clear `now` in the controls to see the live status.
 */
const meta: Meta<typeof args> = {
  title: 'Elements/Consular contact',
  component: 'consular-contact',
  args: {
    ...args,
    phone: '+44 (0) 203 668 7474',
    'emergency-phone': '+44 7700 900123',
    email: 'consul@embassy.example.org',
    address: 'Embassy of Examplestan\n1 Example Gardens\nLondon',
    hours: 'Mo-Fr 09:00-12:30, 14:00-17:00',
    'time-zone': 'Europe/London',
    now: '2020-07-06T09:00:00Z',
  } as Partial<typeof args>,
  argTypes,
  render: (storyArgs) => html`<div style="max-width: 30rem">${template(storyArgs)}</div>`,
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj<typeof args>;

/** Open now. */
export const OpenNow: Story = {};

/** Friday evening in London: closed until Monday. */
export const ClosedForTheWeekend: Story = {
  args: { now: '2020-07-10T17:30:00Z' } as Partial<typeof args>,
};

/** Bad input: a national number (no country code) and an invalid e-mail are shown as text, never as broken links. */
export const BadInput: Story = {
  args: { phone: '020 3668 7474', email: 'consul@', hours: 'weekdays, mornings' } as Partial<typeof args>,
};

/** In a card, through custom properties. */
export const Branded: Story = {
  args: {
    '--envoy-consular-contact-background': 'light-dark(#f4f7fb, #1d2733)',
    '--envoy-consular-contact-padding': '1.25em',
    '--envoy-consular-contact-border': '1px solid light-dark(#c9d6e8, #3a4a5e)',
    '--envoy-consular-contact-heading-color': 'light-dark(#0b5cad, #8ab4f8)',
  } as Partial<typeof args>,
};
