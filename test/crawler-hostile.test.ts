// A hostile help site over real HTTP on 127.0.0.1: an endless redirect chain, a query-string
// explosion, a 200 MB body (with and without Content-Length), a gzip bomb and a stalled body. Each
// is a recorded failure naming its URL and limit; the crawl ends, bounded in requests and bytes.
import { readdir, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

import { crawl } from '../crawler/index.js';
import { stagingDirFor } from '../crawler/staging.js';
import { readManifest } from '../snapshot/read.js';
import { later, tempDir } from './crawler-support.js';

const HUGE = 200_000_000;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);
// 1 MB of zeros is about 1 KB of gzip; 200 members concatenated decode to 200 MB.
const BOMB_MEMBER = gzipSync(Buffer.alloc(1_000_000));
const BOMB_MEMBERS = 200;

interface Hostile {
  origin: string;
  requests: Map<string, number>;
  /** Body bytes the server managed to hand to the socket, per path. */
  sent: Map<string, number>;
}

/** Writes `total` bytes of CHUNK as the client takes them; stops when the client goes away. */
function stream(res: ServerResponse, total: number, count: (n: number) => void): void {
  let left = total;
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
      left -= piece.length;
      count(piece.length);
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (left === 0) res.end();
  };
  pump();
}

const ATTACKS = [
  '/Help/redirect/0',
  '/Help/q?n=0',
  '/Help/huge',
  '/Help/declared',
  '/Help/bomb',
  '/Help/Api/GET-Values',
];

/** A help site whose index links to `links`; every attack is served whether linked or not. */
async function hostileServer(links: readonly string[] = ATTACKS): Promise<Hostile> {
  const requests = new Map<string, number>();
  const sent = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = url.pathname.replace(/\/\d+$/, '');
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const count = (n: number) => sent.set(key, (sent.get(key) ?? 0) + n);
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body>${body}</body></html>`);
    };
    if (url.pathname === '/Help') return html(links.map((h) => `<a href="${h}">x</a>`).join(''));
    const hop = /^\/Help\/redirect\/(\d+)$/.exec(url.pathname);
    if (hop) {
      res.writeHead(302, { location: `/Help/redirect/${Number(hop[1]) + 1}` });
      return res.end();
    }
    if (url.pathname === '/Help/q')
      return html(`<a href="/Help/q?n=${Number(url.searchParams.get('n')) + 1}">next</a>`);
    if (url.pathname === '/Help/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return stream(res, HUGE, count);
    }
    if (url.pathname === '/Help/declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(HUGE) });
      return stream(res, HUGE, count);
    }
    if (url.pathname === '/Help/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      for (let i = 0; i < BOMB_MEMBERS; i++) {
        count(BOMB_MEMBER.length);
        res.write(BOMB_MEMBER);
      }
      return res.end();
    }
    if (url.pathname === '/Help/stall') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      return res.write('<html>');
    }
    res.writeHead(404);
    res.end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  later(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, sent };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}

describe('crawl of a hostile site', () => {
  it('records each attack as a failure with its URL and limit, and ends bounded in requests and bytes', async () => {
    const site = await hostileServer();
    const out = path.join(await tempDir(), 'snap');
    const summary = await crawl({
      root: `${site.origin}/Help`,
      out,
      progress: 'none',
      // Far beyond any page here: the attacks must be stopped by their limits, never by the clock.
      timeoutMs: 60_000,
      maxAttempts: 2,
      baseBackoffMs: 5,
      maxBackoffMs: 5,
      limits: { maxQueriesPerPath: 20 },
    });
    const manifest = await readManifest(out);
    const error = (p: string) => manifest.pages.find((e) => e.url === `${site.origin}${p}`)?.error;

    // Redirects: 10 followed from the link, the 11th target refused unfetched.
    expect(site.requests.get('/Help/redirect')).toBe(11);
    expect(error('/Help/redirect/11')).toBe('not fetched: more than 10 redirects in a row (max-redirects)');
    // Query explosion: 20 distinct queries on the path, the 21st refused.
    expect(site.requests.get('/Help/q')).toBe(20);
    expect(error('/Help/q?n=20')).toBe(
      'not fetched: more than 20 distinct query strings on /help/q (max-queries-per-path)',
    );
    // 200 MB streamed without Content-Length: read up to the 10 MB limit, then the connection is dropped.
    expect(error('/Help/huge')).toBe('body over 10000000 bytes (max-body-mb); not kept');
    expect(site.requests.get('/Help/huge')).toBe(1);
    expect(site.sent.get('/Help/huge')).toBeLessThan(HUGE / 5);
    // 200 MB declared: refused on its Content-Length, before the body is read.
    expect(error('/Help/declared')).toBe('body over 10000000 bytes (max-body-mb); not kept');
    expect(site.sent.get('/Help/declared')).toBeLessThan(HUGE / 5);
    // Gzip bomb: 200 KB on the wire, 200 MB decoded; decoding stops at the limit.
    expect(error('/Help/bomb')).toBe('body over 10000000 bytes (max-body-mb); not kept');
    expect(site.requests.get('/Help/bomb')).toBe(1);

    // Nothing oversized was kept: the snapshot holds only small pages, and no staging is left.
    expect(summary.bytes).toBeLessThan(100_000);
    expect(await folderBytes(out)).toBeLessThan(100_000);
    await expect(stat(stagingDirFor(out))).rejects.toThrow();
    expect(summary.warnings).toContain(
      `${site.origin}/Help/redirect/11: not fetched: more than 10 redirects in a row (max-redirects)`,
    );
    // The index, the hops, the queries, the three big bodies, the API page (404).
    expect(summary.requests).toBe(1 + 11 + 20 + 3 + 1);
  });

  // Apart from the attacks above, whose crawl has a timeout no page of theirs comes near: the stall is the one
  // attack only the clock stops, so it gets a crawl of its own with a short timeout (which the tiny index and
  // 404 page, served from this process, answer well within; a slow first answer would be retried).
  it('gives up on a stalled body: the per-attempt timeout covers the body, and the page is failed after its attempts', async () => {
    const site = await hostileServer(['/Help/stall', '/Help/Api/GET-Values']);
    const out = path.join(await tempDir(), 'snap');
    await crawl({
      root: `${site.origin}/Help`,
      out,
      progress: 'none',
      timeoutMs: 1_000,
      maxAttempts: 2,
      baseBackoffMs: 5,
      maxBackoffMs: 5,
    });
    const entry = (await readManifest(out)).pages.find((e) => e.url === `${site.origin}/Help/stall`);
    expect(entry?.error).toBe('timed out after 1000 ms (gave up after 2 attempts)');
    expect(site.requests.get('/Help/stall')).toBe(2);
  });

  it('refuses pages beyond --max-pages and URLs over --max-url-length, recording each', async () => {
    const site = await hostileServer();
    const out = path.join(await tempDir(), 'snap');
    await crawl({
      root: `${site.origin}/Help`,
      out,
      progress: 'none',
      // The origin is 21 or 22 characters: /Help/redirect/0 is over 36, /Help/declared is not.
      limits: { maxPages: 3, maxUrlLength: 36 },
    });
    const manifest = await readManifest(out);
    const refused = manifest.pages.filter((p) => p.status === 0).map((p) => p.error);
    expect(refused).toContain('not fetched: the crawl reached its limit of 3 pages (max-pages)');
    const long = `${site.origin}/Help/redirect/0`;
    expect(refused).toContain(`not fetched: URL of ${long.length} characters, over the limit of 36 (max-url-length)`);
    expect([...site.requests.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});
