/** The command line as a user runs it, in-process: exit codes, outputs, and `check` both ways. */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { serveSnapshot } from '../crawler/serve-snapshot.js';
import { parseIr, serializeIr } from '../ir/io.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { sha256 } from '../snapshot/format.js';
import { readSnapshot } from '../snapshot/read.js';
import { cli, root } from './cli-run.js';
import { editedSite } from './crawler-support.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('exit codes', () => {
  it.each([
    { args: ['--help'], status: 0, out: /Usage: vitec-codegen/ },
    { args: ['--version'], status: 0, out: /^\d+\.\d+\.\d+\n$/ },
    { args: ['-V'], status: 0, out: /^\d+\.\d+\.\d+\n$/ },
    { args: ['generate', '--help'], status: 0, out: /--snapshot <dir>/ },
    { args: ['no-such-command'], status: 2, err: /unknown command/ },
    { args: ['scrape', '--snapshot', 'no/such/folder'], status: 2, err: /no\/such\/folder.*manifest/ },
    { args: ['diff', 'no/such/a', 'no/such/b'], status: 2, err: /no\/such\/a: no such file or folder/ },
    { args: ['crawl', 'https://example.invalid/Help'], status: 2, err: /required option '-o, --out <dir>'/ },
    {
      args: ['crawl', 'https://example.invalid/Help', '--out', 'x', '--concurrency', 'many'],
      status: 2,
      err: /whole number/,
    },
  ])('$args -> $status', async ({ args, status, out, err }) => {
    const r = await cli(...args);
    expect(r.status).toBe(status);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });
});

describe('scrape', () => {
  it('writes the IR of the committed snapshot, equal to the library call, and lists diagnostics', async () => {
    const file = path.join(tmp, 'ir.json');
    const r = await cli('scrape', '--out', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/127 pages, 72 operations, \d+ types; 0 errors/);
    const text = await readFile(file, 'utf8');
    const expected = serializeIr(scrapeSnapshot(await readSnapshot(path.join(root, 'site-snapshot'))));
    expect(text).toBe(expected);
    expect(parseIr(text, file).operations.some((o) => o.id === 'POST-User-Notify-customerId')).toBe(true);
  });
});

describe('diagnostics and the exit code', () => {
  const notify = 'https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId';

  it('--strict exits 1 on warnings, and the IR is written all the same', async () => {
    const file = path.join(tmp, 'strict-ir.json');
    const r = await cli('scrape', '--strict', '--out', file);
    expect(r.stderr).toMatch(/0 errors, [1-9]\d* warnings/);
    expect(r.status).toBe(1);
    expect(parseIr(await readFile(file, 'utf8'), file).operations).toHaveLength(72);
  });

  it('an error diagnostic on one page exits 1 and still writes the output for every other page', async () => {
    const site = await editedSite({
      [notify]: (body) => body.replace('POST User/Notify/{customerId}</span>', '</span>'),
    });
    const file = path.join(tmp, 'error-openapi.json');
    const r = await cli('openapi', '--snapshot', site, '--out', file);
    expect(r.stderr).toMatch(/\b1 errors\b/);
    expect(r.status).toBe(1);
    const doc = JSON.parse(await readFile(file, 'utf8')) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).length).toBeGreaterThan(50);
    expect(Object.keys(doc.paths)).not.toContain('/User/Notify/{customerId}');
  });
});

describe('generate and check', () => {
  it('check passes on fresh output and fails with a diff naming the edited file', async () => {
    const out = path.join(tmp, 'sdk');
    const gen = await cli('generate', '--out', out);
    expect(gen.status).toBe(0);
    expect(gen.stderr).toMatch(/wrote \d+ files/);
    expect(JSON.parse(await readFile(path.join(out, 'openapi.json'), 'utf8')).openapi).toBe('3.1.0');

    const fresh = await cli('check', '--out', out);
    expect(fresh.stdout).toBe('');
    expect(fresh.status).toBe(0);

    await appendFile(path.join(out, 'src/client.ts'), '// edited by hand\n');
    const stale = await cli('check', '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/src\/client\.ts/);
    expect(stale.stdout).toMatch(/^-\/\/ edited by hand$/m);
    expect(stale.stderr).toMatch(/is stale/);
  });

  it('check trusts a matching stamp, and names a snapshot change before comparing the slow way', async () => {
    const snap = path.join(tmp, 'snap-copy');
    await cp(path.join(root, 'site-snapshot'), snap, { recursive: true });
    const out = path.join(tmp, 'sdk-stamp');
    expect((await cli('generate', '--snapshot', snap, '--out', out)).status).toBe(0);
    const fast = await cli('check', '--snapshot', snap, '--out', out);
    expect(fast.stderr).toMatch(/up to date \(its stamp matches/);
    expect(fast.status).toBe(0);

    // A body that changes bytes but not the API: named as a snapshot change, then found to change no output.
    // (The manifest's sha256 follows, as a crawl would write it: readSnapshot checks it.)
    const manifest = JSON.parse(await readFile(path.join(snap, 'manifest.json'), 'utf8')) as {
      pages: { file: string | null; sha256: string | null }[];
    };
    const edited = manifest.pages.find((p) => p.file)!;
    await appendFile(path.join(snap, edited.file!), '<!-- recrawled -->');
    edited.sha256 = sha256(await readFile(path.join(snap, edited.file!)));
    await writeFile(path.join(snap, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const slow = await cli('check', '--snapshot', snap, '--out', out);
    expect(slow.stderr).toMatch(/regenerating to compare: the snapshot or the options changed/);
    expect(slow.stderr).toMatch(/is up to date \(run `npm run generate` to record the new fingerprint/);
    expect(slow.status).toBe(0);
  });

  it('a failed generate leaves the previous output untouched', async () => {
    const out = path.join(tmp, 'sdk-keep');
    expect((await cli('generate', '--out', out)).status).toBe(0);
    const before = await readFile(path.join(out, 'src/client.ts'), 'utf8');
    const bad = await cli('generate', '--out', out, '--snapshot', path.join(tmp, 'missing'));
    expect(bad.status).toBe(2);
    expect(await readFile(path.join(out, 'src/client.ts'), 'utf8')).toBe(before);
  });

  it('the committed generated/ is up to date, and its stamp current, so that check takes its fast way', async () => {
    // A stale stamp still passes by regenerating, but then every user's check pays a whole generate: an edit to
    // the generator must come with `npm run generate`.
    const r = await cli('check');
    expect(r.stderr).toMatch(/up to date \(its stamp matches the inputs, the generator and every file\)/);
    expect(r.status).toBe(0);
  });
});

describe('diff', () => {
  it('a snapshot against itself has no changes; JSON format is an empty list', async () => {
    const md = await cli('diff', 'site-snapshot', 'site-snapshot');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/No API changes/);
    const json = await cli('diff', 'site-snapshot', 'site-snapshot', '--format', 'json', '--fail-on', 'breaking');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ changes: [] });
  });
});

describe('against a help site served on 127.0.0.1', () => {
  it('crawl writes a snapshot with no operation or type change, and openapi --url uses the site origin as the API base', async () => {
    const site = await serveSnapshot(path.join(root, 'site-snapshot'));
    try {
      const out = path.join(tmp, 'crawled');
      const crawled = await cli('crawl', site.root, '--out', out);
      expect(crawled.status).toBe(0);
      const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {
        pages: { status: number }[];
      };
      expect(manifest.pages.filter((p) => p.status === 200)).toHaveLength(126);

      // The one difference: the committed snapshot holds the Models_Paging page, which no page links to.
      const diff = await cli('diff', 'site-snapshot', out, '--format', 'json', '--fail-on', 'breaking');
      expect(diff.status).toBe(0);
      const changes = (
        JSON.parse(diff.stdout) as { changes: { id: string; level: string; location: { type?: string } }[] }
      ).changes;
      expect(changes.map((c) => [c.id, c.level, c.location.type])).toEqual([['type-removed', 'info', 'Models_Paging']]);

      const doc = path.join(tmp, 'openapi-url.json');
      const exported = await cli('openapi', '--url', site.root, '--out', doc);
      expect(exported.status).toBe(0);
      const openapi = JSON.parse(await readFile(doc, 'utf8')) as {
        servers: { url: string }[];
        paths: Record<string, object>;
      };
      expect(openapi.servers).toEqual([{ url: site.origin }]);
      expect(Object.keys(openapi.paths).length).toBeGreaterThan(60);
    } finally {
      await site.close();
    }
  });
});
