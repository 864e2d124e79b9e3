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
  // Read side by side (one at a time, `check` spent a third of its time waiting), hashed in the manifest's order.
  const files = manifest.pages.flatMap((entry) => (entry.file ? [entry.file] : []));
  const bodies = await Promise.all(files.map((file) => readFile(path.join(dir, file)).catch(() => null)));
  files.forEach((file, i) => hash.update(`\0${file}\0`).update(bodies[i] ?? '\0missing'));
  return hash.digest('hex');
}
