/**
 * Counters for what an element can leave behind, installed when this module is imported: import it before any
 * element module, so every observer, fetch and timer the library makes goes through them.
 *
 * - MutationObservers that observe something and were not disconnected since;
 * - `fetch` calls whose promise has not settled (an aborted fetch settles at once);
 * - `setTimeout`s made by the library (`/src/` in the caller's stack) that have neither fired nor been cleared.
 *
 * The library looks these globals up at each call, so wrapping them here is enough. Counts are plain numbers and
 * ids: the probes hold no reference to an element, an observer or a response, so they cannot keep one alive.
 */

let observing = 0;
let pendingFetches = 0;
const liveTimers = new Set<number>();

const NativeMutationObserver = window.MutationObserver;
const observers = new WeakSet<MutationObserver>();

class CountingMutationObserver extends NativeMutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    super.observe(target, options);
    if (!observers.has(this)) {
      observers.add(this);
      observing++;
    }
  }

  override disconnect(): void {
    if (observers.delete(this)) observing--;
    super.disconnect();
  }
}
window.MutationObserver = CountingMutationObserver;

const nativeFetch = window.fetch;
window.fetch = function fetch(...args: Parameters<typeof nativeFetch>) {
  pendingFetches++;
  const settled = () => pendingFetches--;
  const answer = nativeFetch.apply(this, args);
  answer.then(settled, settled);
  return answer;
};

const nativeSetTimeout = window.setTimeout;
const fromLibrary = () => /\/src\//.test(new Error().stack ?? '');
const nativeClearTimeout = window.clearTimeout;
window.setTimeout = function setTimeout(handler: TimerHandler, timeout?: number, ...rest: unknown[]) {
  // Only the library's timers: the test runner keeps timers of its own (one per server command, for one).
  if (typeof handler !== 'function' || !fromLibrary()) return nativeSetTimeout(handler, timeout, ...rest);
  const id: number = nativeSetTimeout(
    (...args: unknown[]) => {
      liveTimers.delete(id);
      handler(...args);
    },
    timeout,
    ...rest,
  );
  liveTimers.add(id);
  return id;
} as typeof window.setTimeout;
window.clearTimeout = function clearTimeout(id?: number) {
  if (id !== undefined) liveTimers.delete(id);
  nativeClearTimeout(id);
} as typeof window.clearTimeout;

/** What is outstanding right now. */
export function probeCounts(): { observers: number; fetches: number; timers: number } {
  return { observers: observing, fetches: pendingFetches, timers: liveTimers.size };
}
