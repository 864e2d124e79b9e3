/** The command line end to end, as a user runs it: exit codes, outputs, and `check` both ways. */
import { execFile, spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { serveSnapshot } from '../crawler/serve-snapshot.js';
import { parseIr, serializeIr } from '../ir/io.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';

const root = path.resolve(import.meta.dirname, '..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking this process: for runs against a server the test itself serves. */
function cliAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'cli/main.ts'), ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

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
  ])('$args -> $status', ({ args, status, out, err }) => {
    const r = cli(...args);
    expect(r.status).toBe(status);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });
});

describe('scrape', () => {
  it('writes the IR of the committed snapshot, equal to the library call, and lists diagnostics', async () => {
    const file = path.join(tmp, 'ir.json');
    const r = cli('scrape', '--out', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/127 pages, 72 operations, \d+ types; 0 errors/);
    const text = await readFile(file, 'utf8');
    const expected = serializeIr(scrapeSnapshot(await readSnapshot(path.join(root, 'site-snapshot'))));
    expect(text).toBe(expected);
    expect(parseIr(text, file).operations.some((o) => o.id === 'POST-User-Notify-customerId')).toBe(true);
  });
});

describe('generate and check', () => {
  it('check passes on fresh output and fails with a diff naming the edited file', async () => {
    const out = path.join(tmp, 'sdk');
    const gen = cli('generate', '--out', out);
    expect(gen.status).toBe(0);
    expect(gen.stderr).toMatch(/wrote \d+ files/);
    expect(JSON.parse(await readFile(path.join(out, 'openapi.json'), 'utf8')).openapi).toBe('3.1.0');

    const fresh = cli('check', '--out', out);
    expect(fresh.stdout).toBe('');
    expect(fresh.status).toBe(0);

    await appendFile(path.join(out, 'src/client.ts'), '// edited by hand\n');
    const stale = cli('check', '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/src\/client\.ts/);
    expect(stale.stdout).toMatch(/^-\/\/ edited by hand$/m);
    expect(stale.stderr).toMatch(/is stale/);
  });

  it('a failed generate leaves the previous output untouched', async () => {
    const out = path.join(tmp, 'sdk-keep');
    expect(cli('generate', '--out', out).status).toBe(0);
    const before = await readFile(path.join(out, 'src/client.ts'), 'utf8');
    const bad = cli('generate', '--out', out, '--snapshot', path.join(tmp, 'missing'));
    expect(bad.status).toBe(2);
    expect(await readFile(path.join(out, 'src/client.ts'), 'utf8')).toBe(before);
  });

  it('the committed generated/ is up to date', () => {
    const r = cli('check');
    expect(r.stderr).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });
});

describe('diff', () => {
  it('a snapshot against itself has no changes; JSON format is an empty list', () => {
    const md = cli('diff', 'site-snapshot', 'site-snapshot');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/No API changes/);
    const json = cli('diff', 'site-snapshot', 'site-snapshot', '--format', 'json', '--fail-on', 'breaking');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ changes: [] });
  });
});

describe('against a help site served on 127.0.0.1', () => {
  it('crawl writes a snapshot with no operation or type change, and openapi --url uses the site origin as the API base', async () => {
    const site = await serveSnapshot(path.join(root, 'site-snapshot'));
    try {
      const out = path.join(tmp, 'crawled');
      const crawled = await cliAsync('crawl', site.root, '--out', out);
      expect(crawled.status).toBe(0);
      const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {
        pages: { status: number }[];
      };
      expect(manifest.pages.filter((p) => p.status === 200)).toHaveLength(126);

      // The one difference: the committed snapshot holds the Models_Paging page, which no page links to.
      const diff = await cliAsync('diff', 'site-snapshot', out, '--format', 'json', '--fail-on', 'breaking');
      expect(diff.status).toBe(0);
      const changes = (
        JSON.parse(diff.stdout) as { changes: { id: string; level: string; location: { type?: string } }[] }
      ).changes;
      expect(changes.map((c) => [c.id, c.level, c.location.type])).toEqual([['type-removed', 'info', 'Models_Paging']]);

      const doc = path.join(tmp, 'openapi-url.json');
      const exported = await cliAsync('openapi', '--url', site.root, '--out', doc);
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
