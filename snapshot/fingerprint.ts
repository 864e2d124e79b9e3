/** One hash of everything a snapshot folder holds that the scraper reads: the manifest and every body it lists. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { MANIFEST_FILE } from './format.js';
import { readManifest } from './read.js';

/** sha256 (hex) over the manifest's bytes and, in its order, each listed body's path and bytes. */
export async function snapshotFingerprint(dir: string): Promise<string> {
  const manifest = await readManifest(dir);
  const hash = createHash('sha256').update(await readFile(path.join(dir, MANIFEST_FILE)));
  for (const entry of manifest.pages) {
    if (!entry.file) continue;
    const body = await readFile(path.join(dir, entry.file)).catch(() => null);
    hash.update(`\0${entry.file}\0`).update(body ?? '\0missing');
  }
  return hash.digest('hex');
}
