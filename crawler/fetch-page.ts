/**
 * One page over HTTP with bounded retries: a per-attempt timeout that covers the body too,
 * exponential backoff with jitter, `Retry-After`, and checks for bodies cut short.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import type { HttpAnswer, HttpGet } from './http-get.js';
import { backoffMs, isRetryableStatus, parseRetryAfter } from './retry.js';

export interface FetchPolicy {
  get: HttpGet;
  userAgent: string;
  /** Per attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  maxRetryAfterMs: number;
  /** Largest body accepted, on the wire (Content-Length) and after decompression. */
  maxBodyBytes: number;
  /** Awaited before every attempt (the politeness delay). */
  beforeAttempt: (signal: AbortSignal) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
  random?: () => number;
}

export interface RetryInfo {
  url: string;
  /** The attempt that failed, from 1. */
  attempt: number;
  reason: string;
  waitMs: number;
}

type ResponseHeaders = HttpAnswer['headers'];

export type FetchResult =
  | { kind: 'response'; status: number; statusText: string; headers: ResponseHeaders; body: Buffer; attempts: number }
  | { kind: 'failed'; status: number; error: string; attempts: number };

type Attempt =
  | { kind: 'response'; status: number; statusText: string; headers: ResponseHeaders; body: Buffer }
  | { kind: 'error'; error: string }
  /** The answer broke a limit: asking again would get the same, so no retry. */
  | { kind: 'refused'; error: string };

/**
 * Fetch `url`, retrying on 408/429/5xx, network errors, timeouts and truncated bodies. Other
 * answers (2xx, 3xx, 304, other 4xx) are returned as they are. Rejects only when `signal` aborts.
 */
export async function fetchWithRetry(
  url: string,
  headers: Record<string, string>,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<FetchResult> {
  let last: Attempt | undefined;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    await policy.beforeAttempt(signal);
    last = await attemptOnce(url, headers, policy, signal);
    if (last.kind === 'response' && !isRetryableStatus(last.status)) return { ...last, attempts: attempt };
    if (last.kind === 'refused') return { kind: 'failed', status: 0, error: last.error, attempts: attempt };
    if (attempt === policy.maxAttempts) break;
    const backoff = backoffMs(attempt, policy.baseBackoffMs, policy.maxBackoffMs, policy.random ?? Math.random);
    const retryAfter =
      last.kind === 'response'
        ? parseRetryAfter(last.headers.get('retry-after'), Date.now(), policy.maxRetryAfterMs)
        : null;
    const waitMs = Math.max(backoff, retryAfter ?? 0);
    policy.onRetry?.({ url, attempt, reason: describeAttempt(last), waitMs });
    await sleep(waitMs, undefined, { signal });
  }
  const final = last!;
  const error = `${describeAttempt(final)} (gave up after ${policy.maxAttempts} attempts)`;
  return { kind: 'failed', status: final.kind === 'response' ? final.status : 0, error, attempts: policy.maxAttempts };
}

/**
 * The body, streamed and counted, or null as soon as it would exceed `max` bytes: a declared
 * Content-Length over the limit (the wire size, compressed or not) is refused before reading, and
 * the decoded bytes are counted as they arrive, so a gzip bomb stops at the limit too.
 */
async function readCapped(res: HttpAnswer, max: number): Promise<Buffer | null> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await res.cancel();
    return null;
  }
  if (res.body === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const value of res.body) {
    total += value.byteLength;
    if (total > max) {
      await res.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function describeAttempt(attempt: Attempt): string {
  return attempt.kind === 'response' ? `HTTP ${attempt.status} ${attempt.statusText}`.trim() : attempt.error;
}

async function attemptOnce(
  url: string,
  headers: Record<string, string>,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, policy.timeoutMs);
  const forward = (): void => controller.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  try {
    const res = await policy.get(url, { 'user-agent': policy.userAgent, ...headers }, controller.signal);
    const body = await readCapped(res, policy.maxBodyBytes);
    if (body === null)
      return { kind: 'refused', error: `body over ${policy.maxBodyBytes} bytes (max-body-mb); not kept` };
    const truncation = checkLength(res.headers, body.length, res.status);
    if (truncation) return { kind: 'error', error: truncation };
    return { kind: 'response', status: res.status, statusText: res.statusText, headers: res.headers, body };
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    if (timedOut) return { kind: 'error', error: `timed out after ${policy.timeoutMs} ms` };
    return { kind: 'error', error: `network error: ${describeError(err)}` };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}

/**
 * A body shorter (or longer) than its Content-Length was cut off on the way. Only checkable when
 * the body is not content-encoded, since fetch hands back the decoded bytes.
 */
function checkLength(headers: ResponseHeaders, received: number, status: number): string | null {
  const declared = headers.get('content-length');
  if (declared === null || status === 304 || status === 204) return null;
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return null;
  const expected = Number(declared);
  if (!Number.isInteger(expected) || expected === received) return null;
  return `truncated body: ${received} of ${expected} bytes (Content-Length)`;
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return `${err.message} (${code ? `${code}: ` : ''}${cause.message})`;
  }
  return err.message;
}
