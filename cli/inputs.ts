/**
 * Where the CLI's commands get an IR from: a snapshot folder, an IR file, or a live crawl. The stages are
 * imported when a command asks, so that loading the CLI stays cheap.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { NotReRead } from '../diff/index.js';
import { sha256Hex } from '../emitter/stamp.js';
import type { ApiIR } from '../ir/schema.js';
import type { JsonNamesOption } from '../scraper/json-naming.js';
import { snapshotFingerprint } from '../snapshot/fingerprint.js';
import { MANIFEST_FILE } from '../snapshot/layout.js';
import { stage } from './stages.js';

export const DEFAULT_SNAPSHOT = 'site-snapshot';

export interface IrSourceOptions {
  snapshot?: string;
  url?: string;
  apiBaseUrl?: string;
  jsonNames?: JsonNamesOption;
}

export async function irFromSnapshot(
  dir: string,
  apiBaseUrl?: string,
  jsonNames: JsonNamesOption = 'as-documented',
): Promise<ApiIR> {
  const [{ scrapeSnapshot }, { readSnapshot }] = await Promise.all([stage('scraper'), stage('snapshot')]);
  return scrapeSnapshot(await readSnapshot(dir), { ...(apiBaseUrl ? { apiBaseUrl } : {}), jsonNames });
}

/** `--url` crawls to a temporary snapshot first; otherwise `--snapshot` (default: the committed one). */
export async function irFromOptions(options: IrSourceOptions): Promise<ApiIR> {
  if (options.url) {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-codegen-crawl-'));
    try {
      const out = path.join(tmp, 'snapshot');
      const { crawl } = await stage('crawler');
      await crawl({ root: options.url, out });
      return await irFromSnapshot(out, options.apiBaseUrl, options.jsonNames);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return irFromSnapshot(options.snapshot ?? DEFAULT_SNAPSHOT, options.apiBaseUrl, options.jsonNames);
}

/**
 * What shapes `generate`'s output besides the generator: the snapshot's contents and every option but the
 * folders. Null for `--url`, whose pages are not known until crawled.
 */
export async function inputsFingerprint(options: IrSourceOptions & Record<string, unknown>): Promise<string | null> {
  if (options.url) return null;
  const rest = Object.entries(options)
    .filter(([key]) => key !== 'snapshot' && key !== 'out')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const snapshot = await snapshotFingerprint(options.snapshot ?? DEFAULT_SNAPSHOT);
  return sha256Hex(JSON.stringify({ snapshot, options: rest }));
}

/** A `diff` side: a snapshot folder (has manifest.json) or an IR JSON file. */
export async function irFromPath(p: string): Promise<ApiIR> {
  const info = await stat(p).catch(() => null);
  if (!info) throw new InputError(`${p}: no such file or folder (expected a snapshot folder or an IR JSON file)`);
  if (info.isDirectory()) {
    const manifest = await stat(path.join(p, MANIFEST_FILE)).catch(() => null);
    if (!manifest) throw new InputError(`${p}: folder has no ${MANIFEST_FILE}, so it is not a snapshot`);
    return irFromSnapshot(p);
  }
  // Reading a FIFO blocks for ever and a device never ends: only regular files are IR files.
  if (!info.isFile())
    throw new InputError(`${p}: not a regular file or folder (expected a snapshot folder or an IR JSON file)`);
  const { parseIr } = await stage('irIo');
  return parseIr(await readFile(p, 'utf8'), p);
}

/** The pages a snapshot folder holds from an earlier crawl because this one could not re-read them. */
export async function notReReadOf(p: string): Promise<NotReRead[]> {
  const info = await stat(p).catch(() => null);
  if (!info?.isDirectory()) return [];
  const { readManifest } = await stage('snapshot');
  const manifest = await readManifest(p);
  return manifest.pages.flatMap((e) => (e.stale ? [{ url: e.url, error: e.stale.error, since: e.stale.since }] : []));
}

/** Bad input from the user: exit code 2 with this message. */
export class InputError extends Error {
  override name = 'InputError';
}
