/**
 * What the crawl benchmark needs: crawl a snapshot served on 127.0.0.1 (by another process) with a
 * fixed latency per request, and compare the time with the ideal, the least time any crawler held
 * to the same concurrency could take against that server.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { crawl } from './index.js';

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
  /** Crawler process CPU time (user + system) during the crawl. */
  cpuMs: number;
  /** Mean time the server took per request, from its arrival to its answer's end (latency included). */
  serviceMs: number;
  /** Rounds of `concurrency` requests at the least: `idealRounds(requests, concurrency)`. */
  rounds: number;
  /** `rounds x serviceMs`. */
  idealMs: number;
  /** durationMs / idealMs: 1 is perfect use of the concurrency. */
  ratio: number;
}

/**
 * The fewest rounds of `concurrency` parallel requests that `requests` requests of a crawl can take:
 * only the root is known at the start, so it goes alone, and the others fill rounds after it. (For
 * the committed snapshot a zero-cost breadth-first crawl reaches this bound at c = 1, 4 and 8: its
 * root links to enough pages to keep every round full.)
 */
export function idealRounds(requests: number, concurrency: number): number {
  return requests === 0 ? 0 : 1 + Math.ceil((requests - 1) / concurrency);
}

/** One cold crawl (no previous snapshot) into a temporary folder, removed afterwards. */
export async function benchCrawl(opts: BenchCrawlOptions): Promise<BenchCrawlResult> {
  const server = startServer(opts.snapshot, opts.latencyMs);
  const work = await mkdtemp(path.join(tmpdir(), 'vitec-bench-crawl-'));
  try {
    const { root, originAlias } = (await server.next()) as { root: string; originAlias: string };
    const cpu = process.cpuUsage();
    const started = performance.now();
    const summary = await crawl({
      root,
      originAlias,
      out: path.join(work, 'snapshot'),
      concurrency: opts.concurrency,
      progress: 'none',
    });
    const durationMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const stats = (await server.ask('stats')) as { requests: number; maxConcurrent: number; serviceMs: number };
    const serviceMs = stats.requests === 0 ? 0 : stats.serviceMs / stats.requests;
    const rounds = idealRounds(summary.requests, opts.concurrency);
    const idealMs = rounds * serviceMs;
    return {
      concurrency: opts.concurrency,
      latencyMs: opts.latencyMs,
      pages: summary.pages,
      requests: summary.requests,
      maxConcurrent: stats.maxConcurrent,
      durationMs,
      cpuMs: (user + system) / 1000,
      serviceMs,
      rounds,
      idealMs,
      ratio: durationMs / idealMs,
    };
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}

interface ServerProcess {
  /** The next JSON line the server prints. */
  next(): Promise<unknown>;
  ask(command: string): Promise<unknown>;
  close(): Promise<void>;
}

function startServer(snapshot: string, latencyMs: number): ServerProcess {
  // The sibling entry in the same form as this module: TypeScript source (run through tsx) or built JavaScript.
  const self = fileURLToPath(import.meta.url);
  const entry = path.join(path.dirname(self), `bench-server${path.extname(self)}`);
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [...loader, entry, snapshot, String(latencyMs)],
    { cwd: path.dirname(self), stdio: 'pipe' },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<unknown> => {
    const line: IteratorResult<string> = await lines.next();
    if (line.done === true) throw new Error(`bench-server exited: ${stderr.trim()}`);
    return JSON.parse(line.value);
  };
  return {
    next,
    ask: (command) => {
      child.stdin.write(`${command}\n`);
      return next();
    },
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
