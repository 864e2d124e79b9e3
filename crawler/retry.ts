/**
 * When to try a request again and how long to wait first: pure functions. The waits are the SDK
 * runtime's rules, so the crawler and the generated client agree; which statuses are worth a retry
 * differs on purpose (the crawler only GETs, so any 5xx is safe to repeat).
 */
import { retryAfterMs, retryDelayMs } from '../templates/runtime/retry.js';

/** Statuses worth another attempt: the server is busy or failed, not the request. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** The wait after failed attempt `failures` (1 is the first): the runtime's backoff on the crawler's base and cap. */
export function backoffMs(failures: number, baseMs: number, capMs: number, random: () => number): number {
  return Math.round(retryDelayMs(failures - 1, null, capMs, random, baseMs));
}

/** `Retry-After` in milliseconds, capped at `capMs`; null when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number, capMs: number): number | null {
  const ms = retryAfterMs(value, nowMs);
  return ms === null ? null : Math.min(capMs, ms);
}
