// A crawl is a transaction with a verdict (real HTTP on 127.0.0.1): an outage of the help root, or
// of too many pages, fails and leaves the previous snapshot byte-identical; a smaller outage keeps
// the previous bodies of the pages that failed, marked stale.
import { createHash } from 'node:crypto';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { crawl, CrawlFailed } from '../crawler/index.js';
import { serveSnapshot, type Fault } from '../crawler/serve-snapshot.js';
import { readManifest } from '../snapshot/read.js';
import { cli, root } from './cli-run.js';
import { crawlOptions, digest, later, SITE, tempDir } from './crawler-support.js';

/** A copy of the committed snapshot as the previous crawl's output, and its digest. */
async function previousSnapshot(): Promise<{ out: string; before: Record<string, string> }> {
  const out = path.join(await tempDir(), 'site-snapshot');
  await cp(SITE, out, { recursive: true });
  return { out, before: await digest(out) };
}

async function serveWith(fault: (p: string) => Fault | undefined) {
  const server = await serveSnapshot(SITE, { fault: (req) => fault(req.path) });
  later(() => server.close());
  return server;
}

const isRoot = (p: string): boolean => p.toLowerCase() === '/help' || p.toLowerCase() === '/help/';

const ROOT_OUTAGES: { name: string; fault: Fault; message: RegExp }[] = [
  { name: '503', fault: { kind: 'status', status: 503 }, message: /help root .*\/Help answered HTTP 503/ },
  { name: '404', fault: { kind: 'status', status: 404 }, message: /help root .*\/Help answered HTTP 404/ },
  {
    name: 'a login redirect',
    fault: { kind: 'status', status: 302, headers: { location: '/Account/Login?ReturnUrl=%2FHelp' } },
    message: /help root .*\/Help answered redirected to \/Account\/Login/,
  },
  {
    name: 'a maintenance page',
    fault: {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html><body><h1>Planned maintenance</h1><p>Back soon.</p></body></html>',
    },
    message: /help root .*\/Help answered 200 but is not a help index \(no link to an API page\)/,
  },
];

describe('crawl verdict: the help root', () => {
  it.each(ROOT_OUTAGES)('root answering $name fails and leaves the snapshot byte-identical', async (c) => {
    const { out, before } = await previousSnapshot();
    const server = await serveWith((p) => (isRoot(p) ? c.fault : undefined));
    const run = crawl(crawlOptions(server, out, { maxAttempts: 2 }));
    await expect(run).rejects.toBeInstanceOf(CrawlFailed);
    await expect(run).rejects.toThrow(c.message);
    expect(await digest(out)).toEqual(before);
    // No staging folder is left behind either.
    expect(await readdir(path.dirname(out))).toEqual(['site-snapshot']);
  });

  it('an unreachable root fails and leaves the snapshot byte-identical', async () => {
    const { out, before } = await previousSnapshot();
    const server = await serveSnapshot(SITE);
    await server.close();
    const run = crawl(crawlOptions(server, out, { maxAttempts: 2 }));
    await expect(run).rejects.toThrow(
      /help root https:\/\/connect\.maklare\.vitec\.net\/Help is unreachable: .+; .* left as it was/,
    );
    expect(await digest(out)).toEqual(before);
  });

  it('a first crawl (no previous snapshot) of a root answering 503 writes nothing', async () => {
    const out = path.join(await tempDir(), 'fresh');
    const server = await serveWith((p) => (isRoot(p) ? { kind: 'status', status: 503 } : undefined));
    await expect(crawl(crawlOptions(server, out, { maxAttempts: 1 }))).rejects.toThrow(/answered HTTP 503/);
    expect(await readdir(path.dirname(out))).toEqual([]);
  });
});

/** The same fixed share of pages (by hash of the path), never the root. */
function everyNth(n: number): (p: string) => boolean {
  return (p) => !isRoot(p) && createHash('sha256').update(p.toLowerCase()).digest().readUInt32BE(0) % n === 0;
}

/** A clean crawl of the served site as the previous snapshot: every page it holds is linked. */
async function crawledSnapshot(): Promise<string> {
  const server = await serveSnapshot(SITE);
  const out = path.join(await tempDir(), 'site-snapshot');
  try {
    await crawl(crawlOptions(server, out));
  } finally {
    await server.close();
  }
  return out;
}

describe('crawl verdict: a partial outage', () => {
  it('within --max-lost keeps the previous bodies of the failed pages, marked stale, and says so', async () => {
    const out = await crawledSnapshot();
    const old = await readManifest(out);
    const failing = new Set(
      old.pages
        .filter((p) => p.url.includes('/ResourceModel?') && p.sha256 !== null)
        .slice(0, 3)
        .map((p) => `${new URL(p.url).pathname}${new URL(p.url).search}`),
    );
    expect(failing.size).toBe(3);
    const server = await serveWith((p) => (failing.has(p) ? { kind: 'status', status: 503 } : undefined));
    const summary = await crawl(crawlOptions(server, out, { maxAttempts: 2 }));

    expect(summary.stale).toBe(3);
    const now = await readManifest(out);
    const nowByUrl = new Map(now.pages.map((p) => [p.url, p]));
    for (const was of old.pages) {
      const page = nowByUrl.get(was.url);
      expect(page, was.url).toBeDefined();
      if (!page) continue;
      // Every body is the previous one: the server serves the same site, and the stale ones are kept.
      expect(page.sha256, page.url).toBe(was.sha256);
      const failed = failing.has(`${new URL(page.url).pathname}${new URL(page.url).search}`);
      if (failed) {
        expect(page.stale?.error).toMatch(/HTTP 503/);
        expect(Number.isNaN(Date.parse(page.stale!.since))).toBe(false);
        expect(page.status).toBe(200);
      } else {
        expect(page.stale, page.url).toBeUndefined();
      }
    }
  });

  it('over --max-lost fails, naming the share and pages, and leaves the snapshot byte-identical', async () => {
    const { out, before } = await previousSnapshot();
    const failing = everyNth(3);
    const server = await serveWith((p) => (failing(p) ? { kind: 'status', status: 503 } : undefined));
    const run = crawl(crawlOptions(server, out, { maxAttempts: 2 }));
    await expect(run).rejects.toThrow(
      /\d+ of the previous snapshot's \d+ pages were not re-read \(\d+(\.\d)? %, more than --max-lost 5 %\); \d+ failed: http/,
    );
    expect(await digest(out)).toEqual(before);
  });

  it('the same outage passes with a larger --max-lost, every failed page stale', async () => {
    const { out } = await previousSnapshot();
    const failing = everyNth(3);
    const server = await serveWith((p) => (failing(p) ? { kind: 'status', status: 503 } : undefined));
    const summary = await crawl(crawlOptions(server, out, { maxAttempts: 2, maxLost: 0.6 }));
    const stale = (await readManifest(out)).pages.filter((p) => p.stale !== undefined);
    expect(stale.length).toBe(summary.stale);
    expect(stale.length).toBeGreaterThan(127 * 0.2);
    expect(stale.every((p) => failing(`${new URL(p.url).pathname}${new URL(p.url).search}`))).toBe(true);
  });
});

const CLI_OUTAGES: { name: string; fault: Fault; message: RegExp }[] = [
  // 404 rather than 503: the same verdict without the retries' waits (the crawl tests above cover 503).
  { name: '404', fault: { kind: 'status', status: 404 }, message: /answered HTTP 404/ },
  {
    name: 'a login redirect',
    fault: { kind: 'status', status: 302, headers: { location: '/Account/Login' } },
    message: /redirected to \/Account\/Login/,
  },
];

describe('crawl verdict: generate --url and openapi --url inherit it', () => {
  /** A copy of the committed SDK and OpenAPI document as a previous run's output, and its digest. */
  async function previousOutput(): Promise<{ sdk: string; doc: string; before: Record<string, string> }> {
    const dir = await tempDir();
    const sdk = path.join(dir, 'generated');
    await cp(path.join(root, 'generated'), sdk, { recursive: true });
    const doc = path.join(dir, 'openapi.json');
    await cp(path.join(root, 'generated/openapi.json'), doc);
    return { sdk, doc, before: await digest(dir) };
  }

  it.each(CLI_OUTAGES)('root answering $name: exit non-zero, the SDK and the document byte-identical', async (c) => {
    const { sdk, doc, before } = await previousOutput();
    const server = await serveWith((p) => (isRoot(p) ? c.fault : undefined));
    const generated = await cli('generate', '--url', server.root, '--out', sdk);
    expect(generated.status).not.toBe(0);
    expect(generated.stderr).toMatch(c.message);
    const exported = await cli('openapi', '--url', server.root, '--out', doc);
    expect(exported.status).not.toBe(0);
    expect(exported.stderr).toMatch(c.message);
    expect(await digest(path.dirname(sdk))).toEqual(before);
  });

  it('root unreachable: exit non-zero, the SDK byte-identical', async () => {
    const { sdk, before } = await previousOutput();
    const server = await serveSnapshot(SITE);
    await server.close();
    const generated = await cli('generate', '--url', server.root, '--out', sdk);
    expect(generated.status).not.toBe(0);
    expect(generated.stderr).toMatch(/unreachable/);
    expect(await digest(path.dirname(sdk))).toEqual(before);
  });
});
