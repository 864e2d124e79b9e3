/**
 * A snapshot folder served over real HTTP on 127.0.0.1, for tests and benchmarks of the crawler:
 * each manifest page at its path and query, with validators and 304s, an optional fixed latency,
 * injectable faults, and counters of what the server saw.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { ManifestEntry } from '../snapshot/format.js';
import { readManifest } from '../snapshot/read.js';

/** What a fault decider is told about each request. */
export interface FaultRequest {
  /** Path and query as requested. */
  path: string;
  /** How many times this path (case-insensitively) has been requested, this one included. */
  attempt: number;
  /** How many requests the server has seen, this one included. */
  index: number;
  headers: IncomingHttpHeaders;
}

export type Fault =
  /**
   * Answer with this status (and `Retry-After`, other headers and a body, when given) instead of
   * the page: an error, a redirect to a login page, a maintenance page served with 200.
   */
  | { kind: 'status'; status: number; retryAfter?: string; headers?: Record<string, string>; body?: string }
  /** Drop the connection without an answer. */
  | { kind: 'reset' }
  /** Send the headers and half the body, then nothing until the client gives up. */
  | { kind: 'stall' }
  /** Send the headers and half the body, then close the connection. */
  | { kind: 'truncate' };

export interface ServeOptions {
  /** Wait this long before answering each request. */
  latencyMs?: number;
  /** Decide per request whether to misbehave; undefined means answer normally. */
  fault?: (req: FaultRequest) => Fault | undefined;
  /** Send ETag / Last-Modified and answer conditional requests with 304; default true. */
  validators?: boolean;
  /** Last-Modified of pages whose manifest entry has none. */
  lastModified?: string;
}

export interface ServerStats {
  requests: number;
  /** Requests being answered right now, and the most there ever were at once. */
  inFlight: number;
  maxConcurrent: number;
  /**
   * Sum over requests of the time from the request's arrival to its answer's end (latency included):
   * what a client with no cost of its own would wait for, to which a benchmark compares the crawl.
   */
  serviceMs: number;
  /** Requests per path and query, as requested. */
  byPath: Map<string, number>;
  /** Answers per status sent (faults that send no status are not counted). */
  statuses: Map<number, number>;
}

export interface ServedSnapshot {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The snapshot's help root at this server's origin: what to pass to `crawl` as `root`. */
  root: string;
  /** The snapshot's own origin: what to pass to `crawl` as `originAlias`. */
  originAlias: string;
  stats: ServerStats;
  /** Zero the counters (e.g. between two crawls). */
  resetStats(): void;
  /** Change the latency for the requests that arrive from now on. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

interface ServedPage {
  entry: ManifestEntry;
  body: Buffer | null;
  etag: string;
  lastModified: string;
}

const DEFAULT_LAST_MODIFIED = 'Thu, 01 Jan 2026 00:00:00 GMT';

export async function serveSnapshot(dir: string, options: ServeOptions = {}): Promise<ServedSnapshot> {
  const opts = { ...options };
  const manifest = await readManifest(dir);
  const pages = new Map<string, ServedPage>();
  for (const entry of manifest.pages) {
    const body = entry.file === null ? null : await readFile(path.join(dir, entry.file));
    pages.set(servedKey(new URL(entry.url)), {
      entry,
      body,
      etag: entry.etag ?? `"${(entry.sha256 ?? 'none').slice(0, 32)}"`,
      lastModified: entry.lastModified ?? opts.lastModified ?? DEFAULT_LAST_MODIFIED,
    });
  }

  // Counters are swapped, not mutated, on reset, so that answers still running count where they began.
  const current = { stats: freshStats() };
  const perPath = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const stat = current.stats;
    stat.requests++;
    stat.inFlight++;
    stat.maxConcurrent = Math.max(stat.maxConcurrent, stat.inFlight);
    const arrived = performance.now();
    res.on('close', () => {
      stat.inFlight--;
      stat.serviceMs += performance.now() - arrived;
    });
    const pathAndQuery = req.url ?? '/';
    stat.byPath.set(pathAndQuery, (stat.byPath.get(pathAndQuery) ?? 0) + 1);
    const key = servedKey(new URL(pathAndQuery, 'http://localhost'));
    const attempt = (perPath.get(key) ?? 0) + 1;
    perPath.set(key, attempt);
    const fault = opts.fault?.({ path: pathAndQuery, attempt, index: stat.requests, headers: req.headers });
    void answer(req, res, pages.get(key), fault, opts, stat).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const helpRoot = new URL(manifest.helpRoot);
  return {
    origin,
    root: `${origin}${helpRoot.pathname}${helpRoot.search}`,
    originAlias: helpRoot.origin,
    get stats() {
      return current.stats;
    },
    resetStats() {
      current.stats = freshStats();
      perPath.clear();
    },
    setLatency(ms) {
      opts.latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function freshStats(): ServerStats {
  return { requests: 0, inFlight: 0, maxConcurrent: 0, serviceMs: 0, byPath: new Map(), statuses: new Map() };
}

/** Path and query, the path without regard to case, as the ASP.NET site matches it. */
function servedKey(url: URL): string {
  return `${url.pathname.toLowerCase()}${url.search}`;
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  page: ServedPage | undefined,
  fault: Fault | undefined,
  opts: ServeOptions,
  stats: ServerStats,
): Promise<void> {
  if (opts.latencyMs) await sleep(opts.latencyMs);
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = {
      ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
      ...fault.headers,
    };
    const body = Buffer.from(fault.body ?? `fault ${fault.status}`);
    return send(req, res, stats, { status: fault.status, headers, body });
  }
  const reply = replyFor(req, page, opts);
  if (reply === null || fault?.kind === 'reset') {
    req.socket.resetAndDestroy();
    return;
  }
  if (fault?.kind === 'stall' || fault?.kind === 'truncate') {
    if (reply.body.length === 0) {
      // Nothing to cut short: a stall says nothing at all, a truncation hangs up.
      if (fault.kind === 'truncate') req.socket.destroy();
      return;
    }
    res.writeHead(reply.status, { ...reply.headers, 'content-length': String(reply.body.length) });
    const kind = fault.kind;
    res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => {
      if (kind === 'truncate') req.socket.destroy();
    });
    return;
  }
  send(req, res, stats, reply);
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The normal answer to a request, or null for "no answer" (a page recorded with status 0). */
function replyFor(req: IncomingMessage, page: ServedPage | undefined, opts: ServeOptions): Reply | null {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return { status: 405, headers: { allow: 'GET, HEAD' }, body: Buffer.alloc(0) };
  if (!page)
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not Found') };
  const { entry, body } = page;
  if (entry.status === 0) return null;
  const headers: Record<string, string> = { 'content-type': entry.contentType ?? 'text/html; charset=utf-8' };
  if (body === null) return { status: entry.status, headers, body: Buffer.alloc(0) };
  if (opts.validators !== false) {
    const validators = { etag: page.etag, 'last-modified': page.lastModified };
    if (notModified(req, page)) return { status: 304, headers: validators, body: Buffer.alloc(0) };
    Object.assign(headers, validators);
  }
  return { status: entry.status, headers, body };
}

function send(req: IncomingMessage, res: ServerResponse, stats: ServerStats, reply: Reply): void {
  stats.statuses.set(reply.status, (stats.statuses.get(reply.status) ?? 0) + 1);
  const headers =
    reply.status === 304 ? reply.headers : { ...reply.headers, 'content-length': String(reply.body.length) };
  res.writeHead(reply.status, headers);
  res.end(req.method === 'HEAD' ? undefined : reply.body);
}

function notModified(req: IncomingMessage, page: ServedPage): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(page.etag.replace(/^W\//, ''));
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(page.lastModified) <= since;
}
