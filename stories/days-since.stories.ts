import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/days-since/define.js';
import { attributesOf, customPropertiesOf, elementMeta, type Args } from './support/story.js';

/**
 * The counter of the embassy page. The event is the element's text (its default slot), from the sample content in
 * the toolbar's language. Stories count to the real today unless they are about a moment (they then set `now`).
 */
/**
 * Custom wording is the page author's own text, in the page's language: this example is written in English, and
 * marked as an English island (`lang="en" dir="ltr"`: English number, plural forms and word order), whatever the
 * toolbar's language.
 */
const CUSTOM_WORDING = {
  'phrase-one': '{count} day without a missed visa appointment at {event}',
  'phrase-other': '{count} days without a missed visa appointment at {event}',
};

const shared = elementMeta('days-since', (args, content, { parameters }) => {
  const custom = parameters.customWording === true;
  return {
    tag: 'days-since',
    attributes: [
      ...attributesOf('days-since', args, custom ? CUSTOM_WORDING : {}),
      ['lang', custom ? 'en' : undefined],
      ['dir', custom ? 'ltr' : undefined],
    ],
    customProperties: customPropertiesOf(args),
    text: custom ? 'the visa centre' : content.counter[parameters.countdown ? 'countdownEvent' : 'event'],
  };
});
const meta = {
  title: 'Elements/Days since',
  component: 'days-since',
  ...shared,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** As on the design: days since the consulate opened (855 on 6 July 2020), counted in Moscow's calendar, live. */
export const EmbassyPage: Story = {
  args: { since: '2018-03-04', 'time-zone': 'Europe/Moscow' },
};

/** A countdown: "3 days until …", on 6 July 2020. */
export const Countdown: Story = {
  args: { until: '2020-07-09', 'time-zone': 'Europe/Moscow', now: '2020-07-06T12:00:00+03:00' },
  parameters: { countdown: true },
};

/** One day: the singular form ("1 day has passed since", "1 день прошёл с"), on 6 July 2020. */
export const OneDay: Story = {
  args: { since: '2020-07-05', 'time-zone': 'Europe/Moscow', now: '2020-07-06T12:00:00+03:00' },
};

/**
 * Custom wording, one phrase per plural form, still counted. It is the page's own text, so this example is
 * English in every toolbar language (marked `lang="en" dir="ltr"`).
 */
export const CustomWording: Story = {
  args: { since: '2017-02-26', 'time-zone': 'Europe/Moscow' },
  parameters: { customWording: true },
};

/** A partner's brand, through the element's custom properties only (light and dark values). */
export const Branded: Story = {
  args: {
    since: '2018-03-04',
    'time-zone': 'Europe/Moscow',
    '--envoy-days-since-count-color': 'light-dark(#b3261e, #ffb4ab)',
    '--envoy-days-since-count-font-size': '3em',
    '--envoy-days-since-background': 'light-dark(#fff8f6, #2d1c1a)',
    '--envoy-days-since-border': '2px solid light-dark(#b3261e, #ffb4ab)',
    '--envoy-days-since-border-radius': '0',
  },
};

/** Bad input: an impossible date shows a notice instead of a number, never "NaN". */
export const InvalidDate: Story = {
  args: { since: '2018-02-30', 'time-zone': 'Europe/Moscow' },
};
