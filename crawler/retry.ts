/** When to try a request again and how long to wait first: pure functions. */
import { retryAfterMs } from '../templates/runtime/retry.js';

/** Statuses worth another attempt: the server is busy or failed, not the request. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * `Retry-After` in milliseconds, capped at `capMs`; null when the header is absent or unreadable.
 * The reading is the SDK runtime's (`retryAfterMs`), so the crawler and the generated client
 * agree on what a server asked for.
 */
export function parseRetryAfter(value: string | null, nowMs: number, capMs: number): number | null {
  const ms = retryAfterMs(value, nowMs);
  return ms === null ? null : Math.min(capMs, ms);
}
