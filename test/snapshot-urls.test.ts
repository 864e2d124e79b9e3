// URLs the crawler and scraper meet are normalised without throwing, and each maps to a body file
// whose name is short, portable and distinct from every other page's, case-insensitively too.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { crawl } from '../crawler/index.js';
import { serveSnapshot } from '../crawler/serve-snapshot.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { classifyUrl } from '../scraper/page-kind.js';
import { fileForUrl, serializeManifest, sha256 } from '../snapshot/format.js';
import { isConfinedFile, MANIFEST_FILE } from '../snapshot/layout.js';
import { decodeComponent, normalizeUrl } from '../snapshot/page-url.js';
import { readManifest, readSnapshot } from '../snapshot/read.js';
import { writeSnapshot } from '../tools/build-snapshot/snapshot-writer.js';
import { crawlOptions, later, tempDir } from './crawler-support.js';

const ORIGIN = 'https://help.example';
const LONG_URL = `${ORIGIN}/Help/Api/GET-${'Very-Long-Route-Segment-'.repeat(14)}id?${'paging.pageIndex={paging.pageIndex}&'.repeat(3)}x=1`;
// å x 140: a path segment of 280 bytes decoded, 840 as written.
const LONG_SEGMENT = `${ORIGIN}/Help/${'%C3%A5'.repeat(140)}`;

const TWINS = [
  `${ORIGIN}/Help/x`,
  `${ORIGIN}/Help/x?index`,
  `${ORIGIN}/Help/y`,
  `${ORIGIN}/Help/y/index.html`,
  `${ORIGIN}/Help/A`,
  `${ORIGIN}/Help/a`,
  `${ORIGIN}/Help/ResourceModel?modelName=A`,
  `${ORIGIN}/Help/ResourceModel?modelName=a`,
  `${ORIGIN}/Help?q=%E5%E4%F6`,
  LONG_URL,
  LONG_SEGMENT,
];

describe('normalizeUrl', () => {
  it('keeps a malformed %-escape verbatim and flags it', () => {
    const n = normalizeUrl('?q=%E5%E4%F6#top', `${ORIGIN}/Help`)!;
    expect(n.href).toBe(`${ORIGIN}/Help?q=%E5%E4%F6`);
    expect(n.malformedEscape).toBe(true);
    expect(normalizeUrl(`${ORIGIN}/Help/100%`)!.malformedEscape).toBe(true);
    expect(normalizeUrl(`${ORIGIN}/Help?q=%C3%A5`)!.malformedEscape).toBe(false);
  });

  it('returns null for what is not a URL instead of throwing', () => {
    expect(normalizeUrl('http://[::1')).toBeNull();
    expect(normalizeUrl('no scheme')).toBeNull();
  });

  it('decodes valid UTF-8 escapes and keeps invalid runs', () => {
    expect(decodeComponent('GET-%C3%A5r')).toBe('GET-år');
    expect(decodeComponent('%E5%E4%F6-%C3%A5')).toBe('%E5%E4%F6-å');
  });
});

describe('classifyUrl on odd URLs', () => {
  it('does not throw on a malformed escape in an endpoint id', () => {
    expect(classifyUrl(`${ORIGIN}/Help/Api/GET-q%E5`, `${ORIGIN}/Help`)).toEqual({ kind: 'endpoint', id: 'GET-q%E5' });
  });
});

describe('fileForUrl', () => {
  it('gives distinct names, also case-insensitively, none a folder of another', () => {
    const files = TWINS.map(fileForUrl);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(TWINS.length);
    for (const f of files) expect(f).toMatch(/^pages\/[A-Za-z0-9_=-]+-[0-9a-f]{16}\.html$/);
  });

  it('keeps names short: every segment and the whole path well below 255 bytes', () => {
    for (const url of TWINS) {
      const file = fileForUrl(url);
      expect(Buffer.byteLength(file), url).toBeLessThanOrEqual(110);
    }
    expect(fileForUrl(`${ORIGIN}/Help/Api/POST-User-Notify-customerId`)).toMatch(
      /^pages\/Help_Api_POST-User-Notify-customerId-[0-9a-f]{16}\.html$/,
    );
  });

  it('depends only on the URL (deterministic)', () => {
    expect(fileForUrl(LONG_URL)).toBe(fileForUrl(LONG_URL));
  });
});

describe('isConfinedFile', () => {
  it('accepts relative paths inside the folder only', () => {
    expect(isConfinedFile('pages/a-0.html')).toBe(true);
    for (const bad of ['../x', 'pages/../../x', '/etc/passwd', 'C:/x', 'pages\\..\\x', '', 'pages//x', './x'])
      expect(isConfinedFile(bad), bad).toBe(false);
  });
});

async function writeManifestEdit(dir: string, edit: (m: Awaited<ReturnType<typeof readManifest>>) => void) {
  const manifest = await readManifest(dir);
  edit(manifest);
  await writeFile(path.join(dir, MANIFEST_FILE), serializeManifest(manifest));
}

describe('readSnapshot', () => {
  const page = (url: string) => ({ url, html: `<html><body><p>${url}</p></body></html>` });

  it('refuses a body whose sha256 differs from the manifest, naming the file and the page', async () => {
    const dir = path.join(await tempDir(), 'snap');
    const manifest = await writeSnapshot(dir, `${ORIGIN}/Help`, [page(`${ORIGIN}/Help`)]);
    const file = path.join(dir, manifest.pages[0]!.file!);
    await writeFile(file, 'altered');
    await expect(readSnapshot(dir)).rejects.toThrow(
      `${file}: body of ${ORIGIN}/Help has sha256 ${sha256('altered')}, the manifest says ${manifest.pages[0]!.sha256}`,
    );
  });

  it('refuses a manifest file path outside the snapshot folder', async () => {
    const dir = path.join(await tempDir(), 'snap');
    await writeSnapshot(dir, `${ORIGIN}/Help`, [page(`${ORIGIN}/Help`)]);
    await writeManifestEdit(dir, (m) => {
      m.pages[0]!.file = '../../outside.html';
    });
    await expect(readManifest(dir)).rejects.toThrow(
      `page ${ORIGIN}/Help names the body file "../../outside.html"; expected a relative path inside the snapshot folder`,
    );
  });

  it('scrapes a snapshot holding a malformed escape, with a warning naming the URL', async () => {
    const dir = path.join(await tempDir(), 'snap');
    const odd = `${ORIGIN}/Help/Api/GET-q%E5%E4%F6`;
    await writeSnapshot(dir, `${ORIGIN}/Help`, [page(`${ORIGIN}/Help`), page(odd)]);
    const ir = scrapeSnapshot(await readSnapshot(dir));
    expect(ir.diagnostics).toContainEqual(expect.objectContaining({ url: odd, code: 'malformed-url-escape' }));
  });
});

describe('crawl of a site with odd URLs, over HTTP on 127.0.0.1', () => {
  it('fetches every page, names each file distinctly and warns about the malformed escape', async () => {
    const site = path.join(await tempDir(), 'site');
    const links = TWINS.filter((u) => !u.endsWith('/Help/a'))
      .map((u) => `<a href="${u.slice(ORIGIN.length)}">x</a>`)
      .join('');
    await writeSnapshot(site, `${ORIGIN}/Help`, [
      { url: `${ORIGIN}/Help`, html: `<html><body>${links}</body></html>` },
      ...TWINS.filter((u) => !u.endsWith('/Help/a')).map((url) => ({ url, html: `<p>${url}</p>` })),
    ]);
    const server = await serveSnapshot(site);
    later(() => server.close());
    const out = path.join(await tempDir(), 'snap');
    const summary = await crawl(crawlOptions(server, out));

    const manifest = await readManifest(out);
    expect(manifest.pages.map((p) => [p.url, p.status]).sort()).toEqual(
      [`${ORIGIN}/Help`, ...TWINS.filter((u) => !u.endsWith('/Help/a'))].map((u) => [u, 200]).sort(),
    );
    const files = manifest.pages.map((p) => p.file!);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    for (const p of manifest.pages.filter((x) => x.url !== `${ORIGIN}/Help`))
      expect(await readFile(path.join(out, p.file!), 'utf8')).toBe(`<p>${p.url}</p>`);
    expect(summary.warnings).toEqual([
      `${ORIGIN}/Help?q=%E5%E4%F6: malformed %-escape (not UTF-8); the URL is kept verbatim`,
    ]);
    // The snapshot reads back with every sha256 checked.
    expect((await readSnapshot(out)).pages).toHaveLength(manifest.pages.length);
  });
});
