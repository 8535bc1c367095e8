import {expect} from '@open-wc/testing';
import {backoffDelayMs, isRetryableStatus, retryAfterMs} from '../../../src/core/transport/retry-policy.js';

describe('retry policy', () => {
  it('retries 408, 429 and 5xx, and no other status', () => {
    const statuses = [400, 401, 403, 404, 408, 409, 413, 415, 422, 429, 500, 502, 503, 504];
    expect(statuses.filter(isRetryableStatus)).to.deep.equal([408, 429, 500, 502, 503, 504]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(retryAfterMs('3', now)).to.equal(3000);
    expect(retryAfterMs('Wed, 25 Nov 2026 12:00:10 GMT', now)).to.equal(10000);
    expect(retryAfterMs('Wed, 25 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });

  it('doubles the wait each attempt, jittered between half and all of it, and caps it', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(attempt, undefined, {random: low}))).to.deep.equal([
      500, 1000, 2000, 4000,
    ]);
    expect([1, 2, 3].map((attempt) => backoffDelayMs(attempt, undefined, {random: high}))).to.deep.equal([
      1000, 2000, 4000,
    ]);
    expect(backoffDelayMs(10, undefined, {random: high, maxDelayMs: 30000})).to.equal(30000);
  });

  it('waits what the endpoint asked, up to the cap', () => {
    expect(backoffDelayMs(1, 5000)).to.equal(5000);
    expect(backoffDelayMs(1, 120000, {maxDelayMs: 30000})).to.equal(30000);
  });
});
