/**
 * When to try a request again and how long to wait first. Idempotent methods are retried on
 * failures that may be passing (no answer, timeout, 502/503/504); any method on 429 and 503, where
 * the server says it did not process the request.
 */

const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);

/** How an attempt ended: an HTTP status, or no answer at all. */
export type Outcome = number | 'network' | 'timeout';

export function isRetryable(method: string, outcome: Outcome): boolean {
  if (outcome === 429 || outcome === 503) return true;
  if (!IDEMPOTENT.has(method)) return false;
  return outcome === 'network' || outcome === 'timeout' || outcome === 502 || outcome === 504;
}

/** `Retry-After` in milliseconds from `now`: delta seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; Date.parse alone would read '-1' as a year.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const BASE_DELAY_MS = 500;

/**
 * Wait before retry number `retry` (0 for the first): the server's `Retry-After` when it gave one,
 * else exponential backoff with jitter (half to all of `baseMs` * 2^retry), both capped at `maxMs`.
 * `baseMs` is a parameter so the crawler, which waits on its own scale, shares this rule.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: number | null,
  maxMs: number,
  random: () => number = Math.random,
  baseMs: number = BASE_DELAY_MS,
): number {
  if (retryAfter !== null) return Math.min(retryAfter, maxMs);
  const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
