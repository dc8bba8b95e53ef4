import sinon from 'sinon';

/** Fake `Date`, `setTimeout` and friends at `iso`; Lit's microtask updates keep running for real. */
export function freezeTime(iso: string): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: new Date(iso),
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
}

/** The text of the first `[part~=name]` in `el`'s shadow root, whitespace folded. */
export function partText(el: Element, name: string): string {
  return fold(el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '');
}

/** Every `[part~=name]` in `el`'s shadow root. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Pretend the page is hidden (or visible again) and tell the document, as a browser would. */
export function setDocumentHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Undo `setDocumentHidden`. */
export function restoreDocumentVisibility(): void {
  delete (document as unknown as Record<string, unknown>).hidden;
  delete (document as unknown as Record<string, unknown>).visibilityState;
}

/** Resolves at the next "ready" of @lit/localize, i.e. when the new words can be rendered. */
export function nextLocaleReady(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('lit-localize-status', function onStatus(event) {
      if ((event as CustomEvent).detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', onStatus);
      resolve();
    }),
  );
}

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same cases on every run, so a failure
 * found by a random case can be replayed. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
