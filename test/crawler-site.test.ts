// A crawl of the committed site-snapshot, served over real HTTP on 127.0.0.1, reproduces it; a
// second crawl of the unchanged site is answered with 304s and writes nothing.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';

import { crawl } from '../crawler/index.js';
import { serveSnapshot } from '../crawler/serve-snapshot.js';
import { readManifest } from '../snapshot/read.js';
import { crawlOptions, digest, later, pageTable, SITE, tempDir } from './crawler-support.js';

async function served(opts: Parameters<typeof serveSnapshot>[1] = {}) {
  const s = await serveSnapshot(SITE, opts);
  later(() => s.close());
  return s;
}

/**
 * Pages of the committed snapshot that no page links to (found by plain text search, not by the
 * crawler's own link parsing): a crawl cannot find them.
 */
async function orphans(): Promise<Set<string>> {
  const manifest = await readManifest(SITE);
  const bodies = await Promise.all(manifest.pages.map((p) => readFile(path.join(SITE, p.file!), 'utf8')));
  const all = bodies.join('\n').replaceAll('&amp;', '&');
  return new Set(
    manifest.pages
      .filter((p) => p.url !== manifest.helpRoot)
      .map((p) => p.url)
      .filter((url) => {
        const u = new URL(url);
        return !all.includes(`"${u.pathname}${u.search}"`) && !all.includes(`"${url}"`);
      }),
  );
}

describe('crawl of the served committed snapshot', () => {
  it('reproduces its pages (same URLs and sha256) and records missing link targets as 404', async () => {
    const server = await served();
    const out = path.join(await tempDir(), 'snap');
    const summary = await crawl(crawlOptions(server, out));

    const original = await pageTable(SITE);
    const crawled = await pageTable(out);
    const unreachable = await orphans();
    for (const [url, row] of original) {
      if (unreachable.has(url)) expect(crawled.has(url), url).toBe(false);
      else expect(crawled.get(url), url).toEqual(row);
    }
    const extra = [...crawled].filter(([url]) => !original.has(url));
    expect(extra.length).toBeGreaterThan(0);
    for (const [url, [status, hash]] of extra) expect([url, status, hash]).toEqual([url, 404, null]);
    // The index links sections that the reconstruction lacks.
    expect(crawled.get('https://connect.maklare.vitec.net/Help/Section?id=aml')).toEqual([404, null]);

    const manifest = await readManifest(out);
    expect(manifest.helpRoot).toBe('https://connect.maklare.vitec.net/Help');
    const failed = manifest.pages.filter((p) => p.status === 404);
    for (const p of failed) expect([p.file, p.error]).toEqual([null, 'HTTP 404 Not Found']);
    // Nothing but the manifest and the bodies it lists.
    const files = Object.keys(await digest(out)).sort();
    expect(files).toEqual(['manifest.json', ...manifest.pages.flatMap((p) => (p.file ? [p.file] : []))].sort());
    // 404s are not retried: one request per page.
    expect([...server.stats.byPath.values()].every((n) => n === 1)).toBe(true);
    expect(summary).toMatchObject({
      pages: crawled.size,
      failed: extra.length,
      reused: 0,
      resumed: 0,
      retries: 0,
      changed: true,
    });
    expect(summary.requests).toBe(crawled.size);
  });

  it('a second crawl of the unchanged site gets 304s and leaves the snapshot untouched', async () => {
    const server = await served();
    const out = path.join(await tempDir(), 'snap');
    await crawl(crawlOptions(server, out));
    const before = {
      dir: await stat(out),
      manifest: await stat(path.join(out, 'manifest.json')),
      files: await digest(out),
    };
    const ok = (await readManifest(out)).pages.filter((p) => p.status === 200).length;

    server.resetStats();
    const summary = await crawl(crawlOptions(server, out));
    expect(server.stats.statuses.get(304)).toBe(ok);
    expect(server.stats.statuses.get(200)).toBeUndefined();
    expect(summary).toMatchObject({ reused: ok, changed: false });

    const after = {
      dir: await stat(out),
      manifest: await stat(path.join(out, 'manifest.json')),
      files: await digest(out),
    };
    expect([after.dir.ino, after.manifest.ino, after.manifest.mtimeMs]).toEqual([
      before.dir.ino,
      before.manifest.ino,
      before.manifest.mtimeMs,
    ]);
    expect(after.files).toEqual(before.files);
    // No staging folder is left behind.
    expect(await stat(path.join(path.dirname(out), '.snap.partial')).catch(() => null)).toBeNull();
  });

  it('reuses an explicit previous snapshot: by 304, or by equal bytes when the server sends no validators', async () => {
    const work = await tempDir();
    const first = path.join(work, 'first');
    const server = await served();
    await crawl(crawlOptions(server, first));
    const ok = (await readManifest(first)).pages.filter((p) => p.status === 200).length;

    const second = path.join(work, 'second');
    server.resetStats();
    const by304 = await crawl(crawlOptions(server, second, { previous: first }));
    expect(server.stats.statuses.get(304)).toBe(ok);
    expect(by304).toMatchObject({ reused: ok, changed: true });
    expect(await digest(second)).toEqual(await digest(first));

    const plain = await served({ validators: false });
    const third = path.join(work, 'third');
    const byBytes = await crawl(crawlOptions(plain, third, { previous: first }));
    expect(plain.stats.statuses.get(200)).toBe(ok);
    expect(byBytes.reused).toBe(ok);
    expect(await pageTable(third)).toEqual(await pageTable(first));
  });

  it('names itself in the User-Agent and sends the validators of the previous snapshot', async () => {
    const seen: { ua: string | undefined; inm: string | undefined }[] = [];
    const server = await served({
      fault: (req) => {
        seen.push({ ua: req.headers['user-agent'], inm: req.headers['if-none-match'] });
        return undefined;
      },
    });
    const out = path.join(await tempDir(), 'snap');
    await crawl(crawlOptions(server, out));
    expect(seen.every((s) => /^vitec-codegen\/\d+\.\d+\.\d+/.test(s.ua ?? ''))).toBe(true);
    expect(seen.some((s) => s.inm !== undefined)).toBe(false);
    seen.length = 0;
    await crawl(crawlOptions(server, out, { userAgent: 'test-agent/1' }));
    const root = seen[0]!;
    expect(root.ua).toBe('test-agent/1');
    expect(root.inm).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('prints a line per page and a summary line when asked for lines', async () => {
    const server = await served();
    const out = path.join(await tempDir(), 'snap');
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const summary = await crawl(crawlOptions(server, out, { progress: 'lines', progressStream: stream }));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(summary.pages + 1);
    expect(lines[0]).toBe('[1/1] 200 fetched https://connect.maklare.vitec.net/Help');
    expect(lines.at(-1)).toMatch(
      new RegExp(`^crawled ${summary.pages} pages \\(${summary.failed} failed, 0 reused, 0 resumed\\)`),
    );
  });

  it.each([
    [{ concurrency: 0 }, /concurrency: expected a positive integer, got 0/],
    [{ maxAttempts: 1.5 }, /maxAttempts: expected a positive integer, got 1.5/],
    [{ timeoutMs: -1 }, /timeoutMs: expected a positive number, got -1/],
    [{ delayMs: Number.NaN }, /delayMs: expected a number >= 0, got NaN/],
    [{ root: 'connect.maklare.vitec.net/Help' }, /crawl root "connect.maklare.vitec.net\/Help": not an absolute URL/],
  ])('rejects bad options %o before any request', async (bad, message) => {
    const server = await served();
    const out = path.join(await tempDir(), 'snap');
    await expect(crawl({ ...crawlOptions(server, out), ...bad })).rejects.toThrow(message);
    expect(server.stats.requests).toBe(0);
  });

  it('refuses to replace a folder that is not a snapshot', async () => {
    const server = await served();
    const out = path.join(await tempDir(), 'precious');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    await expect(crawl(crawlOptions(server, out))).rejects.toThrow(/precious: exists and is not a snapshot folder/);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(server.stats.requests).toBe(0);
  });
});
