/**
 * What the crawl benchmark needs: crawl a snapshot served on 127.0.0.1 with a fixed latency per
 * request, and compare the time with the ideal `requests x latency / concurrency`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { crawl } from './index.js';
import { serveSnapshot } from './serve-snapshot.js';

export interface BenchCrawlOptions {
  /** Snapshot folder to serve (e.g. `site-snapshot`). */
  snapshot: string;
  concurrency: number;
  latencyMs: number;
}

export interface BenchCrawlResult {
  concurrency: number;
  latencyMs: number;
  /** Pages in the resulting snapshot (404s for missing link targets included). */
  pages: number;
  requests: number;
  /** Most requests the server was answering at once. */
  maxConcurrent: number;
  durationMs: number;
  idealMs: number;
  /** durationMs / idealMs: 1 is perfect use of the concurrency. */
  ratio: number;
}

/** One cold crawl (no previous snapshot) into a temporary folder, removed afterwards. */
export async function benchCrawl(opts: BenchCrawlOptions): Promise<BenchCrawlResult> {
  const server = await serveSnapshot(opts.snapshot, { latencyMs: opts.latencyMs });
  const work = await mkdtemp(path.join(tmpdir(), 'vitec-bench-crawl-'));
  try {
    const started = performance.now();
    const summary = await crawl({
      root: server.root,
      originAlias: server.originAlias,
      out: path.join(work, 'snapshot'),
      concurrency: opts.concurrency,
      progress: 'none',
    });
    const durationMs = performance.now() - started;
    const idealMs = (summary.requests * opts.latencyMs) / opts.concurrency;
    return {
      concurrency: opts.concurrency,
      latencyMs: opts.latencyMs,
      pages: summary.pages,
      requests: summary.requests,
      maxConcurrent: server.stats.maxConcurrent,
      durationMs,
      idealMs,
      ratio: durationMs / idealMs,
    };
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}
