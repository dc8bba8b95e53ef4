import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { DaysSince } from '../src/days-since/days-since.js';
import '../src/days-since/define.js';

const { args, argTypes, template } = getStorybookHelpers<DaysSince>('days-since');

type Args = typeof args & { event: string };

/**
 * The counter of the embassy page. Stories freeze "today" with `now` (6 July 2020) so the figures match the
 * design; clear it in the controls to count to the real today. The event text is the default slot.
 */
const meta: Meta<Args> = {
  title: 'Elements/Days since',
  component: 'days-since',
  args: {
    ...args,
    since: '2018-03-04',
    'time-zone': 'Europe/Moscow',
    now: '2020-07-06T12:00:00+03:00',
    event: 'the opening of the new consulate',
  } as Partial<Args>,
  argTypes: {
    ...argTypes,
    event: { control: 'text', description: 'The default slot: the event, as it reads after "since" / "until".' },
  },
  render: ({ event, ...rest }) => template(rest as typeof args, html`${event}`),
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj<Args>;

/** As on the design: "855 days have passed since the opening of the new consulate". */
export const EmbassyPage: Story = {};

/** A countdown: "3 days until …". */
export const Countdown: Story = {
  args: { since: undefined, until: '2020-07-09', event: 'the national day reception' } as unknown as Partial<Args>,
};

/** One day: the singular form ("1 day has passed since", "1 день прошёл с"). */
export const OneDay: Story = {
  args: { since: '2020-07-05' } as Partial<Args>,
};

/** Custom wording, still pluralised and localised. */
export const CustomWording: Story = {
  args: {
    since: '2017-02-26',
    'phrase-one': '{count} day without a missed visa appointment at {event}',
    'phrase-other': '{count} days without a missed visa appointment at {event}',
    event: 'the visa centre',
  } as Partial<Args>,
};

/** A partner's brand, through custom properties only. */
export const Branded: Story = {
  args: {
    '--envoy-days-since-count-color': '#b3261e',
    '--envoy-days-since-count-font-size': '3em',
    '--envoy-days-since-background': '#fff8f6',
    '--envoy-days-since-color': '#1b1f24',
    '--envoy-days-since-border': '2px solid #b3261e',
    '--envoy-days-since-border-radius': '0',
  } as Partial<Args>,
};

/** Bad input shows a notice instead of a number, never "NaN". */
export const InvalidDate: Story = {
  args: { since: '2018-02-30' } as Partial<Args>,
};
