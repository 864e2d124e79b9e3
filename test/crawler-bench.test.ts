// The benchmark helper runs a real crawl against a served snapshot and reports consistent counts.
import { describe, expect, it } from 'vitest';

import { benchCrawl, idealRounds, startBenchServer } from '../crawler/bench-crawl.js';
import { readManifest } from '../snapshot/read.js';
import { SITE } from './crawler-support.js';

describe('benchCrawl', () => {
  it('crawls the served snapshot at the given concurrency and relates the time to the ideal', async () => {
    const result = await benchCrawl({ snapshot: SITE, concurrency: 4, latencyMs: 1 });
    const served = (await readManifest(SITE)).pages.length;
    expect(result.pages).toBeGreaterThan(served);
    expect(result.requests).toBe(result.pages);
    expect(result.maxConcurrent).toBeLessThanOrEqual(4);
    // The server runs in its own process and still reports what it saw: every request, each taking the latency at least.
    expect(result.serviceMs).toBeGreaterThanOrEqual(1);
    expect(result.rounds).toBe(idealRounds(result.requests, 4));
    expect(result.idealMs).toBe(result.rounds * result.serviceMs);
    expect(result.ratio).toBe(result.durationMs / result.idealMs);
  });

  it('serves several crawls from one server, each counted on its own, at its own latency', async () => {
    const server = await startBenchServer(SITE);
    try {
      const first = await server.crawl({ concurrency: 4, latencyMs: 0 });
      const second = await server.crawl({ concurrency: 2, latencyMs: 5 });
      expect(second.requests).toBe(first.requests);
      expect(second.pages).toBe(first.pages);
      expect(second.maxConcurrent).toBeLessThanOrEqual(2);
      expect(second.serviceMs).toBeGreaterThanOrEqual(5);
    } finally {
      await server.close();
    }
  });

  it('counts the root alone in the first round, then full rounds', () => {
    expect(idealRounds(0, 4)).toBe(0);
    expect(idealRounds(1, 4)).toBe(1);
    expect(idealRounds(5, 4)).toBe(2);
    expect(idealRounds(6, 4)).toBe(3);
    expect(idealRounds(275, 8)).toBe(36);
    expect(idealRounds(275, 1)).toBe(275);
  });
});
