// The benchmark helper runs a real crawl against a served snapshot and reports consistent counts.
import { describe, expect, it } from 'vitest';

import { benchCrawl } from '../crawler/bench-crawl.js';
import { readManifest } from '../snapshot/read.js';
import { SITE } from './crawler-support.js';

describe('benchCrawl', () => {
  it('crawls the served snapshot at the given concurrency and relates the time to the ideal', async () => {
    const result = await benchCrawl({ snapshot: SITE, concurrency: 4, latencyMs: 1 });
    const served = (await readManifest(SITE)).pages.length;
    expect(result.pages).toBeGreaterThan(served);
    expect(result.requests).toBe(result.pages);
    expect(result.maxConcurrent).toBeLessThanOrEqual(4);
    expect(result.idealMs).toBe((result.requests * 1) / 4);
    expect(result.ratio).toBe(result.durationMs / result.idealMs);
  });
});
