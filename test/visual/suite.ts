/**
 * Screenshots of every story of the built Storybook (storybook-static/, served by the test runner on 127.0.0.1),
 * in one display mode per test file, at two widths, compared with the committed baselines.
 *
 * Each mode loads the Storybook preview once in an iframe of this page, with the mode's globals in its URL, and
 * switches stories through Storybook's own channel (a fresh load per story would take several times as long).
 * The `snapshot` global puts the preview in screenshot mode: fonts named (DejaVu, installed by CI), animations
 * and carets off, and stories that run live frozen at one instant (see .storybook/preview.ts). The browser
 * context also asks for reduced motion.
 */
import { visualDiff } from '@web/test-runner-visual-regression';

const STORYBOOK = '/storybook-static/';

/** The toolbar settings of each mode, as Storybook reads them from the URL. */
export const MODES = {
  light: 'theme:light;snapshot:on',
  dark: 'theme:dark;snapshot:on',
  rtl: 'theme:light;locale:ar;dir:rtl;snapshot:on',
} as const;
export type Mode = keyof typeof MODES;

/** A phone and a desktop column. */
export const WIDTHS = [360, 1024] as const;

/** The tallest screenshot taken; a story taller than this is cut (none is today). */
const MAX_HEIGHT = 4000;

const REFRESH_HINT =
  'If the change is intended, refresh the baselines with `npm run test:visual:update` (it rebuilds Storybook and ' +
  'rewrites test/visual/baselines/ and BROWSER.txt, the Chromium and font versions beside them) and commit them.';

interface Channel {
  on(event: string, listener: (...args: unknown[]) => void): void;
  off(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}
type PreviewWindow = Window & typeof globalThis & { __STORYBOOK_ADDONS_CHANNEL__?: Channel };

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every element matching `selector` in `root` and in every shadow root below it. */
function deepQuery<T extends Element>(root: Document | ShadowRoot, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQuery<T>(element.shadowRoot, selector));
  return found;
}

/** The stories of the built Storybook, in its order (a story tagged `no-visual` is left out). */
async function storyIds(): Promise<string[]> {
  const response = await fetch(`${STORYBOOK}index.json`);
  if (!response.ok) throw new Error('storybook-static/ is missing: run `npm run storybook:build` first (`npm run test:visual` does).');
  const index = (await response.json()) as { entries: Record<string, { id: string; type: string; tags?: string[] }> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && !entry.tags?.includes('no-visual'))
    .map((entry) => entry.id);
}

/** Waits for everything a screenshot would catch half-done: updates, feeds, images, fonts, animations. */
async function settle(win: PreviewWindow): Promise<void> {
  const doc = win.document;
  for (let attempt = 0; attempt < 100; attempt++) {
    await doc.fonts.ready;
    const elements = deepQuery<HTMLElement & { updateComplete?: Promise<unknown> }>(doc, '*').filter((element) => element.localName.includes('-'));
    await Promise.all(elements.map((element) => element.updateComplete));
    const busy = deepQuery(doc, '[aria-busy="true"]').length > 0;
    const loading = deepQuery<HTMLImageElement>(doc, 'img').some((image) => !image.complete);
    if (!busy && !loading) break;
    await sleep(50);
  }
  await Promise.all(deepQuery<HTMLImageElement>(doc, 'img').map((image) => image.decode().catch(() => undefined)));
  for (const animation of doc.getAnimations()) animation.finish();
  await nextFrame(win);
  await nextFrame(win);
}

/** Shows a story in the preview and resolves once Storybook has rendered it. */
function show(win: PreviewWindow, storyId: string): Promise<void> {
  const channel = win.__STORYBOOK_ADDONS_CHANNEL__!;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${storyId} did not render within 10 s`)), 10_000);
    const rendered = (id?: unknown) => {
      if (id === undefined || id === storyId || (id as { storyId?: string }).storyId === storyId) finish();
    };
    const failed = (error?: unknown) => finish(new Error(`${storyId} failed to render: ${JSON.stringify(error)}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      channel.off('storyRendered', rendered);
      channel.off('storyErrored', failed);
      channel.off('storyThrewException', failed);
      if (error) reject(error);
      else resolve();
    }
    channel.on('storyRendered', rendered);
    channel.on('storyErrored', failed);
    channel.on('storyThrewException', failed);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/** Loads the preview with the mode's globals and waits for its first story. */
async function openPreview(mode: Mode, firstStory: string): Promise<{ frame: HTMLIFrameElement; win: PreviewWindow }> {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  const frame = document.createElement('iframe');
  frame.title = 'Storybook preview';
  frame.style.cssText = 'display: block; border: 0; width: 1024px; height: 3000px;';
  frame.src = `${STORYBOOK}iframe.html?id=${firstStory}&viewMode=story&globals=${MODES[mode]}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PreviewWindow;
  for (let attempt = 0; attempt < 200 && !win.__STORYBOOK_ADDONS_CHANNEL__; attempt++) await sleep(25);
  // The first story renders as the preview starts: wait for its content.
  for (let attempt = 0; attempt < 200 && !win.document.querySelector('#storybook-root > *'); attempt++) await sleep(25);
  return { frame, win };
}

/** Sizes the iframe to `width` and to the story's own height, then compares it with its baseline. */
async function screenshot(frame: HTMLIFrameElement, win: PreviewWindow, name: string, width: number): Promise<void> {
  // Tall first, so lazy images below the first screen load and container queries see the real width.
  frame.style.width = `${width}px`;
  frame.style.height = `${MAX_HEIGHT}px`;
  await nextFrame(win);
  await settle(win);
  const doc = win.document;
  const root = doc.querySelector('#storybook-root')!;
  const bottom = root.getBoundingClientRect().bottom + parseFloat(win.getComputedStyle(doc.body).paddingBottom || '0');
  frame.style.height = `${Math.min(MAX_HEIGHT, Math.ceil(bottom))}px`;
  await nextFrame(win);
  await settle(win);
  try {
    await visualDiff(frame, name);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${REFRESH_HINT}`);
  }
}

/** The suite of one mode: every story at every width. */
export async function visualSuite(mode: Mode): Promise<void> {
  const stories = await storyIds();
  describe(`Storybook, ${mode}`, function () {
    this.timeout(60_000);
    let frame: HTMLIFrameElement;
    let win: PreviewWindow;
    let shown: string | undefined;

    before(async () => {
      ({ frame, win } = await openPreview(mode, stories[0]!));
      shown = stories[0];
    });

    for (const id of stories) {
      it(`${id} at ${WIDTHS.join(' and ')} px`, async () => {
        if (id !== shown) await show(win, id);
        shown = id;
        for (const width of WIDTHS) await screenshot(frame, win, `${id}--${mode}--${width}`, width);
      });
    }
  });
}
