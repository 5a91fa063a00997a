import { RateLimiter } from '../../src/webchat/rateLimiter';

describe('the rate limiter (a token bucket per key)', () => {
  it('allows a burst, then refuses with the seconds to wait, and refills with time', () => {
    const limiter = new RateLimiter(3, 1);
    const t = 1_000_000;
    expect([0, 1, 2, 3].map(() => limiter.take('a', t))).toEqual([0, 0, 0, 1]);
    expect(limiter.take('a', t + 500)).toBe(1);
    expect(limiter.take('a', t + 1500)).toBe(0);
    expect(limiter.take('a', t + 10_000)).toBe(0); // full again, never above the burst
    expect([0, 1, 2].map(() => limiter.take('a', t + 10_000))).toEqual([0, 0, 1]);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(1, 1);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('b', 0)).toBe(0);
  });

  it('says how long to wait at a slow rate', () => {
    const limiter = new RateLimiter(1, 0.1);
    limiter.take('a', 0);
    expect(limiter.take('a', 0)).toBe(10);
  });
});
