// The waits fetchWithRetry sleeps are the ones its pure rules give, seen over real HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

import { fetchWithRetry, type FetchPolicy, type RetryInfo } from '../crawler/fetch-page.js';
import { getWithNodeHttp } from '../crawler/http-get.js';
import { backoffMs } from '../crawler/retry.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that answers 503 (with `retryAfter`, if given) `failures` times, then 200. */
async function flaky(failures: number, retryAfter?: string): Promise<string> {
  let seen = 0;
  const s = createServer((_req, res) => {
    if (seen++ < failures) {
      res.writeHead(503, retryAfter === undefined ? {} : { 'retry-after': retryAfter }).end('busy');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
  });
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/Help`;
}

async function waitsFor(url: string, extra: Partial<FetchPolicy> = {}): Promise<{ status: number; waits: number[] }> {
  const retries: RetryInfo[] = [];
  const policy: FetchPolicy = {
    get: getWithNodeHttp,
    userAgent: 'vitec-codegen-test',
    timeoutMs: 10_000,
    maxAttempts: 4,
    baseBackoffMs: 20,
    maxBackoffMs: 1_000,
    maxRetryAfterMs: 60_000,
    maxBodyBytes: 1_000_000,
    beforeAttempt: async () => {},
    random: () => 0.5,
    onRetry: (info) => retries.push(info),
    ...extra,
  };
  const result = await fetchWithRetry(url, {}, policy, new AbortController().signal);
  return { status: result.status, waits: retries.map((r) => r.waitMs) };
}

describe('fetchWithRetry waits', () => {
  it('sleeps the backoff rule between attempts', async () => {
    const { status, waits } = await waitsFor(await flaky(3));
    expect(status).toBe(200);
    expect(waits).toEqual([1, 2, 3].map((n) => backoffMs(n, 20, 1_000, () => 0.5)));
    expect(waits).toEqual([15, 30, 60]);
  });

  it("waits what Retry-After asks when it is longer than the backoff, up to the crawler's cap", async () => {
    const { status, waits } = await waitsFor(await flaky(2, '1'), { maxRetryAfterMs: 80 });
    expect(status).toBe(200);
    expect(waits).toEqual([80, 80]);
  });
});
