// Shared by the crawler tests: temporary folders, folder digests, and the committed snapshot.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

import type { CrawlOptions } from '../crawler/index.js';
import type { ServedSnapshot } from '../crawler/serve-snapshot.js';
import { serializeManifest, sha256 } from '../snapshot/format.js';
import { MANIFEST_FILE } from '../snapshot/layout.js';
import { readManifest } from '../snapshot/read.js';

export const SITE = path.resolve(import.meta.dirname, '..', 'site-snapshot');

/**
 * Run `fn` after the current test, pass or fail. Registered on the test itself: an `afterEach` at this module's
 * top level ran only for the first test file of a worker that imported it (the workers keep modules between
 * files), and every later file left its folders and servers behind.
 */
export function later(fn: () => Promise<void>): void {
  onTestFinished(fn);
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vitec-crawler-'));
  later(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir` (relative path -> sha256). */
export async function digest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries.filter((x) => x.isFile())) {
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = sha256(await readFile(full));
  }
  return out;
}

/** url -> [status, sha256] of a snapshot's pages. */
export async function pageTable(dir: string): Promise<Map<string, [number, string | null]>> {
  const manifest = await readManifest(dir);
  return new Map(manifest.pages.map((p) => [p.url, [p.status, p.sha256]]));
}

/** Quiet, fast crawl options against a served snapshot. */
export function crawlOptions(served: ServedSnapshot, out: string, extra: Partial<CrawlOptions> = {}): CrawlOptions {
  return {
    root: served.root,
    originAlias: served.originAlias,
    out,
    progress: 'none',
    baseBackoffMs: 5,
    maxBackoffMs: 50,
    maxRetryAfterMs: 50,
    timeoutMs: 2_000,
    ...extra,
  };
}

/** Copy of the committed snapshot with some page bodies edited (manifest sha256 kept in step). */
export async function editedSite(edit: Record<string, (body: string) => string>): Promise<string> {
  const dir = path.join(await tempDir(), 'site');
  await cp(SITE, dir, { recursive: true });
  const manifest = await readManifest(dir);
  for (const entry of manifest.pages) {
    const change = edit[entry.url];
    if (!change || !entry.file) continue;
    const file = path.join(dir, entry.file);
    const body = change(await readFile(file, 'utf8'));
    await writeFile(file, body);
    entry.sha256 = sha256(body);
  }
  await writeFile(path.join(dir, MANIFEST_FILE), serializeManifest(manifest));
  return dir;
}
