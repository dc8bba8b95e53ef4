/**
 * One scheduler for everything on the page that changes with time.
 *
 * Each subscriber says when its output can next change (`nextChange(now)`); the scheduler keeps ONE timeout, to
 * the earliest of those instants, wakes every subscriber that is due, and asks them again. So a thousand clocks
 * ticking every second cost one timer callback a second, and a counter that changes at midnight costs nothing
 * until midnight.
 *
 * - The wait is capped at an hour, and a wake that comes far from when it was due (the machine slept, the
 *   system clock was set) wakes everybody, so no subscriber stays a day late.
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

class Scheduler {
  private readonly due = new Map<TickSubscriber, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private plannedFor = Infinity;

  get size(): number {
    return this.due.size;
  }

  get hasTimer(): boolean {
    return this.timer !== undefined;
  }

  add(subscriber: TickSubscriber): void {
    if (this.due.has(subscriber)) return;
    if (this.due.size === 0) document.addEventListener('visibilitychange', this.onVisibilityChange);
    const now = Date.now();
    const due = subscriber.nextChange(now);
    this.due.set(subscriber, due);
    if (this.timer === undefined || due < this.plannedFor) this.schedule(now);
  }

  delete(subscriber: TickSubscriber): void {
    if (!this.due.delete(subscriber)) return;
    if (this.due.size === 0) {
      this.clear();
      document.removeEventListener('visibilitychange', this.onVisibilityChange);
    }
  }

  /** The subscriber's inputs changed: ask it again when it next changes. */
  refresh(subscriber: TickSubscriber): void {
    if (!this.due.has(subscriber)) return;
    const now = Date.now();
    const due = subscriber.nextChange(now);
    this.due.set(subscriber, due);
    if (this.timer === undefined || due < this.plannedFor) this.schedule(now);
  }

  private readonly onVisibilityChange = () => {
    if (document.hidden) this.clear();
    else this.run(Date.now(), true);
  };

  private readonly wake = () => {
    this.timer = undefined;
    const now = Date.now();
    this.run(now, Math.abs(now - this.plannedFor) > JUMP);
  };

  private run(now: number, everyone: boolean): void {
    for (const [subscriber, due] of this.due) {
      if (!everyone && due > now) continue;
      subscriber.tick(now);
      // The subscriber may have left during its tick.
      if (this.due.has(subscriber)) this.due.set(subscriber, subscriber.nextChange(now));
    }
    this.schedule(now);
  }

  private schedule(now: number): void {
    this.clear();
    if (this.due.size === 0 || document.hidden) return;
    let next = Infinity;
    for (const due of this.due.values()) if (due < next) next = due;
    const wait = Math.min(Math.max(next - now, 0), MAX_WAIT);
    this.plannedFor = now + wait;
    this.timer = setTimeout(this.wake, wait);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.plannedFor = Infinity;
  }
}

const scheduler = new Scheduler();

/** For tests and the benchmark: how many subscribers the page-wide scheduler holds and whether it has a timer. */
export function tickerStatus(): { subscribers: number; timer: boolean } {
  return { subscribers: scheduler.size, timer: scheduler.hasTimer };
}

/**
 * Subscribes its host to the page-wide scheduler while the host is connected and `enabled`.
 */
export class TickController implements ReactiveController {
  private connected = false;
  private active = true;

  constructor(
    host: ReactiveControllerHost,
    private readonly subscriber: TickSubscriber,
  ) {
    host.addController(this);
  }

  /** False while the host shows a frozen instant: no subscription, no timer. */
  set enabled(value: boolean) {
    if (value === this.active) return;
    this.active = value;
    this.sync();
  }

  get enabled(): boolean {
    return this.active;
  }

  /** The host's inputs changed (a new zone, `seconds` toggled): ask it again when it next changes. */
  refresh(): void {
    scheduler.refresh(this.subscriber);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    if (this.connected && this.active) scheduler.add(this.subscriber);
    else scheduler.delete(this.subscriber);
  }
}

/** The next whole `unit` (1,000 for seconds, 60,000 for minutes) after `now`. */
export function nextBoundary(now: number, unit: number): number {
  return Math.floor(now / unit) * unit + unit;
}
