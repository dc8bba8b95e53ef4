/**
 * One scheduler for everything on the page that changes with time.
 *
 * Each subscriber says when its output can next change (`nextChange(now)`); the scheduler keeps ONE timeout, to
 * the earliest of those instants, wakes every subscriber that is due, and asks them again. So a thousand clocks
 * ticking every second cost one timer callback a second, and a counter that changes at midnight costs nothing
 * until midnight.
 *
 * - The wait is capped at an hour, and a wake that comes far from when it was due (the machine slept, the
 *   system clock was set) wakes everybody, so no subscriber stays a day late. A subscriber that arrives after the
 *   clock was set back, before that wake, re-plans the timer and would hide the jump from it: so it makes
 *   everybody due at once instead (their planned instants were asked at the later time).
 * - While `document.hidden` there is no timer at all; on `visibilitychange` back to visible everyone is woken at
 *   once to catch up.
 * - With no subscribers there is no timer and no listener. `TickController` subscribes on `hostConnected` and
 *   unsubscribes on `hostDisconnected`, so server rendering never starts a timer, and a frozen element
 *   (`enabled = false`) is not subscribed.
 *
 * `setTimeout`, `clearTimeout` and `Date.now` are looked up at each call, so fake timers in tests replace them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickSubscriber {
  /** The first instant (ms since the epoch) after `now` at which the subscriber's output can change. */
  nextChange(now: number): number;
  /** Called once that instant has come, or to catch up after the page was hidden or the clock jumped. */
  tick(now: number): void;
}

/** The longest single wait: re-check at least hourly. */
const MAX_WAIT = 3_600_000;
/** A wake further than this from its planned instant means time jumped; everyone is woken. */
const JUMP = 5_000;

// The scheduler is module state rather than a class: one per copy of the library, and smaller when minified.
/** Each subscriber and the instant it is next due. */
const due = new Map<TickSubscriber, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let plannedFor = Infinity;
/** When the current timer was planned: a later `now` well before it means the clock was set back meanwhile. */
let plannedAt = -Infinity;

function subscribe(subscriber: TickSubscriber): void {
  if (due.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
  const now = Date.now();
  let next = subscriber.nextChange(now);
  due.set(subscriber, next);
  if (now < plannedAt - JUMP) {
    // Set back since the last plan: everyone else's next change is late by the jump.
    for (const other of due.keys()) due.set(other, now);
    next = now;
  }
  if (next < plannedFor) schedule(now);
}

function unsubscribe(subscriber: TickSubscriber): void {
  if (due.delete(subscriber) && due.size === 0) {
    clear();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  }
}

function onVisibilityChange(): void {
  if (document.hidden) clear();
  else run(Date.now(), true);
}

function wake(): void {
  timer = undefined;
  const now = Date.now();
  run(now, Math.abs(now - plannedFor) > JUMP);
}

function run(now: number, everyone: boolean): void {
  for (const [subscriber, when] of due) {
    if (!everyone && when > now) continue;
    subscriber.tick(now);
    // The subscriber may have left during its tick.
    if (due.has(subscriber)) due.set(subscriber, subscriber.nextChange(now));
  }
  schedule(now);
}

function schedule(now: number): void {
  clear();
  if (due.size === 0 || document.hidden) return;
  let next = Infinity;
  for (const when of due.values()) if (when < next) next = when;
  const wait = Math.min(Math.max(next - now, 0), MAX_WAIT);
  plannedAt = now;
  plannedFor = now + wait;
  timer = setTimeout(wake, wait);
}

function clear(): void {
  clearTimeout(timer);
  timer = undefined;
  plannedFor = Infinity;
  plannedAt = -Infinity;
}

/** For tests and the benchmark: how many subscribers the page-wide scheduler holds and whether it has a timer. */
export function tickerStatus(): { subscribers: number; timer: boolean } {
  return { subscribers: due.size, timer: timer !== undefined };
}

/**
 * Subscribes its host to the page-wide scheduler while the host is connected and `enabled`. It starts disabled:
 * the host enables it in `willUpdate`, once the state its `nextChange` reads is ready (a subscription made
 * at connect time, before the first update, would be asked too early).
 */
export class TickController implements ReactiveController {
  #connected = false;
  #active = false;

  readonly #subscriber: TickSubscriber;

  constructor(host: ReactiveControllerHost, subscriber: TickSubscriber) {
    this.#subscriber = subscriber;
    host.addController(this);
  }

  /** True while the host shows live time; false while it is frozen or has nothing to schedule. (Write-only.) */
  set enabled(value: boolean) {
    if (value === this.#active) return;
    this.#active = value;
    this.#sync();
  }

  /** The host's inputs changed (a new zone, `seconds` toggled): ask it again when it next changes. */
  refresh(): void {
    if (due.has(this.#subscriber)) {
      unsubscribe(this.#subscriber);
      subscribe(this.#subscriber);
    }
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    if (!this.#connected || !this.#active) unsubscribe(this.#subscriber);
    else if (!due.has(this.#subscriber)) subscribe(this.#subscriber);
  }
}

/** The next whole `unit` (1,000 for seconds, 60,000 for minutes) after `now`. */
export function nextBoundary(now: number, unit: number): number {
  return Math.floor(now / unit) * unit + unit;
}
