import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { TickController, nextBoundary, tickerStatus, type TickSubscriber } from '../../src/internal/ticker.js';
import { freezeTime, restoreDocumentVisibility, setDocumentHidden } from '../helpers/index.js';

/** A bare controller host, as a Lit element would be. */
function host() {
  return { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
}

function every(unit: number) {
  const ticks: number[] = [];
  const subscriber: TickSubscriber = { nextChange: (now) => nextBoundary(now, unit), tick: (now) => ticks.push(now) };
  const controller = new TickController(host(), subscriber);
  controller.enabled = true;
  return { ticks, controller };
}

describe('the page-wide ticker', () => {
  afterEach(() => {
    sinon.restore();
    restoreDocumentVisibility();
  });

  it('wakes each subscriber at its own boundary with one timer', async () => {
    const clock = freezeTime('2020-07-05T23:59:58.000Z');
    const seconds = every(1000);
    const minutes = every(60_000);
    seconds.controller.hostConnected();
    minutes.controller.hostConnected();
    expect(clock.countTimers()).to.equal(1);
    await clock.tickAsync(2000);
    expect(seconds.ticks.map((t) => new Date(t).toISOString())).to.deep.equal([
      '2020-07-05T23:59:59.000Z',
      '2020-07-06T00:00:00.000Z',
    ]);
    expect(minutes.ticks.map((t) => new Date(t).toISOString())).to.deep.equal(['2020-07-06T00:00:00.000Z']);
    seconds.controller.hostDisconnected();
    minutes.controller.hostDisconnected();
    expect(clock.countTimers()).to.equal(0);
    expect(tickerStatus()).to.deep.equal({ subscribers: 0, timer: false });
  });

  it('starts disabled, does not subscribe while disabled (frozen), and subscribes when enabled', () => {
    const clock = freezeTime('2020-07-05T12:00:00Z');
    const fresh = new TickController(host(), { nextChange: (now) => now + 1000, tick: () => {} });
    fresh.hostConnected();
    expect(tickerStatus().subscribers).to.equal(0);
    fresh.hostDisconnected();
    const { controller } = every(1000);
    controller.enabled = false;
    controller.hostConnected();
    expect(clock.countTimers()).to.equal(0);
    controller.enabled = true;
    expect(clock.countTimers()).to.equal(1);
    controller.hostDisconnected();
    expect(clock.countTimers()).to.equal(0);
  });

  it('waits at most an hour, and wakes everyone when the clock jumped', async () => {
    const clock = freezeTime('2020-07-05T12:00:00Z');
    const ticks: number[] = [];
    const far = new TickController(host(), { nextChange: (now) => now + 3 * 86_400_000, tick: (now) => ticks.push(now) });
    far.enabled = true;
    far.hostConnected();
    await clock.tickAsync(3_600_000);
    expect(ticks).to.have.length(0);
    expect(clock.countTimers()).to.equal(1);
    clock.setSystemTime(Date.now() + 2 * 86_400_000); // the machine slept two days
    await clock.tickAsync(3_600_000);
    expect(ticks).to.have.length(1);
    far.hostDisconnected();
  });

  it('has no timer while hidden and catches up once when visible', async () => {
    const clock = freezeTime('2020-07-05T12:00:00Z');
    const { ticks, controller } = every(1000);
    controller.hostConnected();
    setDocumentHidden(true);
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(10_000);
    expect(ticks).to.have.length(0);
    setDocumentHidden(false);
    expect(ticks).to.have.length(1);
    expect(clock.countTimers()).to.equal(1);
    controller.hostDisconnected();
  });

  it('removes its visibility listener when the last subscriber leaves', () => {
    freezeTime('2020-07-05T12:00:00Z');
    const add = sinon.spy(document, 'addEventListener');
    const remove = sinon.spy(document, 'removeEventListener');
    const { controller } = every(1000);
    controller.hostConnected();
    controller.hostDisconnected();
    expect(add.withArgs('visibilitychange').callCount).to.equal(1);
    expect(remove.withArgs('visibilitychange').callCount).to.equal(1);
    expect(remove.firstCall.args[1]).to.equal(add.firstCall.args[1]);
  });
});
