import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { WorldClock } from '../src/world-clock/world-clock.js';
import '../src/world-clock/define.js';

const { args, argTypes, template } = getStorybookHelpers<WorldClock>('world-clock');

/**
 * The clock strip of the embassy page: the time in the embassy's city and in the capital, under today's date.
 * Stories freeze time with `now` so screenshots do not change; clear it in the controls to see live time.
 */
const meta: Meta<WorldClock> = {
  title: 'Elements/World clock',
  component: 'world-clock',
  args: {
    ...args,
    zones: 'Moscow=Europe/Moscow, London=Europe/London' as unknown as WorldClock['zones'],
    'show-date': true,
    now: '2020-07-05T23:36:00Z',
  } as typeof args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj<WorldClock & typeof args>;

/** As on the design: "Moscow 02:36 · London 00:36" under 6 July 2020. */
export const EmbassyPage: Story = {};

/** Live time, ticking every second. */
export const LiveWithSeconds: Story = {
  args: { now: undefined, seconds: true } as typeof args,
};

/** Zones whose date differs from the first get a "+1 day" / "−1 day" marker. */
export const AcrossTheDateLine: Story = {
  args: { zones: 'London=Europe/London, Washington=America/New_York, Tokyo=Asia/Tokyo, Auckland=Pacific/Auckland' } as unknown as typeof args,
};

/** A 12-hour clock. */
export const TwelveHour: Story = {
  args: { 'hour-cycle': 'h12', zones: 'New York=America/New_York, Los Angeles=America/Los_Angeles' } as unknown as typeof args,
};

/** An unknown zone shows a notice in its place; the other clocks keep working. */
export const UnknownZone: Story = {
  args: { zones: 'Moscow=Europe/Moscow, Atlantis=Atlantic/Atlantis, London=Europe/London' } as unknown as typeof args,
};

/** Styled only through custom properties and parts. */
export const Branded: Story = {
  args: {
    '--envoy-world-clock-time-color': '#0b5cad',
    '--envoy-world-clock-time-font-size': '1.5em',
    '--envoy-world-clock-label-color': '#5b6470',
    '--envoy-world-clock-gap': '1.5em',
  } as typeof args,
};
