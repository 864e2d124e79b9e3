/**
 * What the crawl benchmark needs: crawl a snapshot served on 127.0.0.1 (by another process) with a
 * fixed latency per request, and compare the time with the ideal, the least time any crawler held
 * to the same concurrency could take against that server.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
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

/** The served snapshot, for several crawls in turn (one server process for all of them). */
export interface BenchServer {
  /** One cold crawl: no previous snapshot, a fresh folder (removed afterwards), new connections. */
  crawl(opts: Omit<BenchCrawlOptions, 'snapshot'>): Promise<BenchCrawlResult>;
  close(): Promise<void>;
}

/** One cold crawl of a snapshot served for it alone. */
export async function benchCrawl(opts: BenchCrawlOptions): Promise<BenchCrawlResult> {
  const server = await startBenchServer(opts.snapshot);
  try {
    return await server.crawl(opts);
  } finally {
    await server.close();
  }
}

/**
 * Serve `snapshot` from another process for the crawls to come. Starting that process (through tsx,
 * when the bench runs the sources) took longer than some of the crawls it served; the crawls are as
 * cold as before all the same: each starts with no connection open (the crawler's keep-alive agent
 * is emptied after each), into a new folder, with the server's counters zeroed.
 */
export async function startBenchServer(snapshot: string): Promise<BenchServer> {
  const server = startServer(snapshot);
  const work = await mkdtemp(path.join(tmpdir(), 'vitec-bench-crawl-'));
  let runs = 0;
  try {
    const { root, originAlias } = (await server.next()) as { root: string; originAlias: string };
    return {
      crawl: async ({ concurrency, latencyMs }) => {
        await server.ask(`latency ${latencyMs}`);
        const out = path.join(work, `run-${++runs}`);
        const cpu = process.cpuUsage();
        const started = performance.now();
        const summary = await crawl({ root, originAlias, out, concurrency, progress: 'none' }).finally(() =>
          http.globalAgent.destroy(),
        );
        const durationMs = performance.now() - started;
        const { user, system } = process.cpuUsage(cpu);
        await rm(out, { recursive: true, force: true });
        const stats = (await server.ask('stats')) as { requests: number; maxConcurrent: number; serviceMs: number };
        const serviceMs = stats.requests === 0 ? 0 : stats.serviceMs / stats.requests;
        const rounds = idealRounds(summary.requests, concurrency);
        const idealMs = rounds * serviceMs;
        return {
          concurrency,
          latencyMs,
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
      },
      close: async () => {
        await server.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

interface ServerProcess {
  /** The next JSON line the server prints. */
  next(): Promise<unknown>;
  ask(command: string): Promise<unknown>;
  close(): Promise<void>;
}

function startServer(snapshot: string): ServerProcess {
  // The sibling entry in the same form as this module: TypeScript source (run through tsx) or built JavaScript.
  const self = fileURLToPath(import.meta.url);
  const entry = path.join(path.dirname(self), `bench-server${path.extname(self)}`);
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...loader, entry, snapshot], {
    cwd: path.dirname(self),
    stdio: 'pipe',
  });
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
