import { describe, expect, it } from 'vitest';

import { isRetryable, retryAfterMs, retryDelayMs, sleep, type Outcome } from '../templates/runtime/retry.js';

describe('isRetryable', () => {
  const cases: [string, Outcome, boolean][] = [
    ['GET', 'network', true],
    ['GET', 'timeout', true],
    ['GET', 502, true],
    ['GET', 503, true],
    ['GET', 504, true],
    ['GET', 429, true],
    ['GET', 500, false],
    ['GET', 404, false],
    ['PUT', 502, true],
    ['DELETE', 'timeout', true],
    ['HEAD', 504, true],
    ['OPTIONS', 'network', true],
    ['POST', 'network', false],
    ['POST', 'timeout', false],
    ['POST', 500, false],
    ['POST', 502, false],
    ['POST', 504, false],
    ['POST', 503, true],
    ['POST', 429, true],
    ['PATCH', 'network', false],
    ['PATCH', 429, true],
  ];
  it.each(cases)('%s after %s -> %s', (method, outcome, expected) => {
    expect(isRetryable(method, outcome)).toBe(expected);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-10-04T12:00:00Z');
  it.each<[string | null, number | null]>([
    [null, null],
    ['0', 0],
    ['7', 7000],
    [' 3 ', 3000],
    ['Sun, 04 Oct 2026 12:00:05 GMT', 5000],
    ['Sun, 04 Oct 2026 11:00:00 GMT', 0],
    ['soon', null],
    ['-1', null],
  ])('%s -> %s', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it.each<[number, number | null, number, number, number]>([
    // retry, Retry-After, cap, random, expected
    [0, null, 30_000, 0, 250],
    [0, null, 30_000, 1, 500],
    [3, null, 30_000, 1, 4000],
    [3, null, 30_000, 0, 2000],
    [10, null, 30_000, 1, 30_000],
    [0, null, 0, 1, 0],
    [0, 7000, 30_000, 0.5, 7000],
    [0, 120_000, 30_000, 0.5, 30_000],
    [2, 0, 30_000, 0.5, 0],
  ])('retry %s, Retry-After %s ms, cap %s, random %s -> %s ms', (retry, after, cap, random, expected) => {
    expect(retryDelayMs(retry, after, cap, () => random)).toBe(expected);
  });
});

describe('sleep', () => {
  it('rejects with the signal reason when aborted', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('rejects at once when already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});
