// The crawler against a misbehaving server (real HTTP on 127.0.0.1): transient faults are retried
// within bounds and under the concurrency limit; lasting ones are recorded and the crawl goes on.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { crawl } from '../crawler/index.js';
import { serveSnapshot, type Fault, type FaultRequest } from '../crawler/serve-snapshot.js';
import { readManifest } from '../snapshot/read.js';
import { crawlOptions, later, pageTable, SITE, tempDir } from './crawler-support.js';

const FAULTS: Fault[] = [
  { kind: 'status', status: 503, retryAfter: '1' },
  { kind: 'status', status: 429, retryAfter: new Date(Date.now() + 1000).toUTCString() },
  { kind: 'status', status: 500 },
  { kind: 'reset' },
  { kind: 'stall' },
  { kind: 'truncate' },
];

/** A fixed fifth of the paths, chosen by hash, fail on their first request, the kind by hash too. */
function faultFor(pathAndQuery: string): Fault | undefined {
  const n = createHash('sha256').update(pathAndQuery.toLowerCase()).digest().readUInt32BE(0);
  return n % 5 === 0 ? FAULTS[Math.floor(n / 5) % FAULTS.length] : undefined;
}

async function baseline(): Promise<Map<string, [number, string | null]>> {
  const server = await serveSnapshot(SITE);
  later(() => server.close());
  const out = path.join(await tempDir(), 'baseline');
  await crawl(crawlOptions(server, out));
  return pageTable(out);
}

describe('crawl with faults', () => {
  it('fetches every page despite a fifth of first requests failing in mixed ways, within bounds', async () => {
    const expected = await baseline();
    const faulted = new Map<string, Fault['kind']>();
    const server = await serveSnapshot(SITE, {
      latencyMs: 2,
      fault: (req: FaultRequest) => {
        if (req.attempt !== 1) return undefined;
        const fault = faultFor(req.path);
        if (fault) faulted.set(req.path, fault.kind);
        return fault;
      },
    });
    later(() => server.close());
    const out = path.join(await tempDir(), 'snap');
    const concurrency = 3;
    const maxAttempts = 4;
    const summary = await crawl(crawlOptions(server, out, { concurrency, maxAttempts, timeoutMs: 500 }));

    expect(await pageTable(out)).toEqual(expected);
    // Every kind of fault was exercised, on about a fifth of the pages.
    expect(new Set(faulted.values())).toEqual(new Set(FAULTS.map((f) => f.kind)));
    expect(faulted.size).toBeGreaterThan(expected.size / 10);
    for (const [p, n] of server.stats.byPath) {
      expect(n, p).toBeLessThanOrEqual(maxAttempts);
      if (faulted.has(p)) expect(n, p).toBeGreaterThanOrEqual(2);
    }
    expect(summary.retries).toBeGreaterThanOrEqual(faulted.size);
    expect(server.stats.maxConcurrent).toBeLessThanOrEqual(concurrency);
    expect(server.stats.maxConcurrent).toBeGreaterThan(1);
  });

  it('records a page that keeps failing (status, error, no body) and one never answered, and goes on', async () => {
    const expected = await baseline();
    // Pages that link nowhere else, so that losing them loses no other page.
    const broken = '/Help/ResourceModel?modelName=Common_Status';
    const silent = '/Help/TechnicalInformation';
    const server = await serveSnapshot(SITE, {
      fault: (req) =>
        req.path === broken ? { kind: 'status', status: 503 } : req.path === silent ? { kind: 'reset' } : undefined,
    });
    later(() => server.close());
    const out = path.join(await tempDir(), 'snap');
    const summary = await crawl(crawlOptions(server, out, { maxAttempts: 3 }));

    const pathOf = (url: string): string => `${new URL(url).pathname}${new URL(url).search}`;
    const pages = new Map((await readManifest(out)).pages.map((p) => [pathOf(p.url), p]));
    expect(pages.get(broken)).toMatchObject({
      status: 503,
      file: null,
      sha256: null,
      error: 'HTTP 503 Service Unavailable (gave up after 3 attempts)',
    });
    expect(pages.get(silent)).toMatchObject({ status: 0, file: null, sha256: null });
    expect(pages.get(silent)!.error).toMatch(/^network error: .*\(gave up after 3 attempts\)$/);
    expect(server.stats.byPath.get(broken)).toBe(3);
    expect(server.stats.byPath.get(silent)).toBe(3);
    // Everything else as without faults; 404s asked once.
    const table = await pageTable(out);
    for (const [url, row] of expected) {
      const p = pathOf(url);
      if (p === broken || p === silent) continue;
      expect(table.get(url), url).toEqual(row);
      if (row[0] === 404) expect(server.stats.byPath.get(p), url).toBe(1);
    }
    expect(summary.failed).toBe([...expected.values()].filter(([s]) => s === 404).length + 2);
  });

  it('gives up on a stalled body after the timeout, counting it as a failed attempt', async () => {
    const server = await serveSnapshot(SITE, {
      fault: (req) => (req.path === '/Help/TechnicalInformation' ? { kind: 'stall' } : undefined),
    });
    later(() => server.close());
    const out = path.join(await tempDir(), 'snap');
    await crawl(crawlOptions(server, out, { maxAttempts: 2, timeoutMs: 300 }));
    const entry = (await readManifest(out)).pages.find((p) => p.url.endsWith('/Help/TechnicalInformation'));
    expect(entry).toMatchObject({ status: 0, file: null, error: 'timed out after 300 ms (gave up after 2 attempts)' });
    expect(server.stats.byPath.get('/Help/TechnicalInformation')).toBe(2);
  });
});
