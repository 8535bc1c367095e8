import {expect} from '@open-wc/testing';
import {TriplePress} from '../../../src/widgets/exit-page/triple-press.js';

/** A clock the test moves by hand. */
function manualTimers() {
  const pending = new Map<number, {at: number; callback: () => void}>();
  let now = 0;
  let nextHandle = 1;
  return {
    setTimer: (callback: () => void, ms: number) => {
      const handle = nextHandle++;
      pending.set(handle, {at: now + ms, callback});
      return handle;
    },
    clearTimer: (handle: unknown) => pending.delete(handle as number),
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(handle);
          timer.callback();
        }
      }
    },
  };
}

describe('TriplePress', () => {
  it('completes on the third press within the window', () => {
    const timers = manualTimers();
    const presses = new TriplePress(timers);
    expect(presses.press()).to.equal(2);
    timers.advance(4999);
    expect(presses.press()).to.equal(1);
    timers.advance(4999);
    expect(presses.press()).to.equal(0);
  });

  it('starts again, and says so, when 5 seconds pass between presses', () => {
    const timers = manualTimers();
    let expired = 0;
    const presses = new TriplePress({...timers, onExpire: () => expired++});
    presses.press();
    presses.press();
    timers.advance(5000);
    expect(expired).to.equal(1);
    expect(presses.press()).to.equal(2);
  });

  it('forgets presses on reset without reporting an expiry', () => {
    const timers = manualTimers();
    let expired = 0;
    const presses = new TriplePress({...timers, onExpire: () => expired++});
    presses.press();
    presses.reset();
    timers.advance(10000);
    expect(expired).to.equal(0);
    expect(presses.press()).to.equal(2);
  });
});
