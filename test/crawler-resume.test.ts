// An interrupted crawl leaves the previous snapshot intact and a staging folder behind; the rerun
// fetches only what is missing and then swaps the complete result into place.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { crawl, type CrawlOptions } from '../crawler/index.js';
import { serveSnapshot, type ServedSnapshot } from '../crawler/serve-snapshot.js';
import { crawlOptions, digest, editedSite, later, pageTable, SITE, tempDir } from './crawler-support.js';

const NOTIFY = 'https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId';

async function serve(dir: string, abortAt?: { controller: AbortController; request: number }): Promise<ServedSnapshot> {
  const server = await serveSnapshot(dir, {
    fault: (req) => {
      if (abortAt && req.index === abortAt.request) abortAt.controller.abort();
      return undefined;
    },
  });
  later(() => server.close());
  return server;
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null)) !== null;
}

describe('interrupted crawl', () => {
  it('keeps the old snapshot until a rerun completes, and the rerun fetches only what is missing', async () => {
    const work = await tempDir();
    const out = path.join(work, 'snap');
    const staging = path.join(work, '.snap.partial');
    await crawl(crawlOptions(await serve(SITE), out));
    const old = await digest(out);

    // The site changes; a crawl of it is cut off a third of the way.
    const changed = await editedSite({ [NOTIFY]: (body) => body.replace('</body>', '<!-- changed --></body>') });
    const controller = new AbortController();
    const first = await serve(changed, { controller, request: 90 });
    const options: CrawlOptions = crawlOptions(first, out, { concurrency: 3 });
    await expect(crawl({ ...options, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await digest(out)).toEqual(old);
    expect(await exists(staging)).toBe(true);

    // The rerun (another server process, same site) resumes from the staging folder.
    const second = await serve(changed);
    const summary = await crawl(crawlOptions(second, out, { concurrency: 3 }));
    expect(summary.resumed).toBeGreaterThan(80);
    expect(summary.resumed).toBeLessThan(summary.pages);
    expect(second.stats.requests).toBe(summary.pages - summary.resumed);
    expect([...second.stats.byPath.values()].every((n) => n === 1)).toBe(true);
    expect(summary.changed).toBe(true);
    expect(await exists(staging)).toBe(false);

    // The result is what a crawl from scratch gives, and the edit is in it.
    const fresh = path.join(work, 'fresh');
    await crawl(crawlOptions(await serve(changed), fresh));
    expect(await pageTable(out)).toEqual(await pageTable(fresh));
    const manifest = await readFile(path.join(out, 'manifest.json'), 'utf8');
    expect(manifest).toBe(await readFile(path.join(fresh, 'manifest.json'), 'utf8'));
    expect(await digest(out)).toEqual(await digest(fresh));
    expect((await pageTable(out)).get(NOTIFY)).not.toEqual((await pageTable(SITE)).get(NOTIFY));
  });

  it('leaves no output at all when the first crawl into a new folder is cut off', async () => {
    const work = await tempDir();
    const out = path.join(work, 'snap');
    const controller = new AbortController();
    const server = await serve(SITE, { controller, request: 20 });
    await expect(crawl({ ...crawlOptions(server, out), signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await exists(out)).toBe(false);
    const summary = await crawl(crawlOptions(await serve(SITE), out));
    expect(summary.resumed).toBeGreaterThan(0);
    expect(await pageTable(out)).toEqual(await pageTable(await crawlFresh()));
  });

  it('starts afresh when the staging folder belongs to a crawl of another help root', async () => {
    const work = await tempDir();
    const out = path.join(work, 'snap');
    const controller = new AbortController();
    const server = await serve(SITE, { controller, request: 20 });
    await expect(
      crawl({ ...crawlOptions(server, out), originAlias: 'https://elsewhere.example', signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const summary = await crawl(crawlOptions(await serve(SITE), out));
    expect(summary.resumed).toBe(0);
    expect(await pageTable(out)).toEqual(await pageTable(await crawlFresh()));
  });
});

async function crawlFresh(): Promise<string> {
  const out = path.join(await tempDir(), 'fresh');
  await crawl(crawlOptions(await serve(SITE), out));
  return out;
}
