/** One hash of everything a snapshot folder holds that the scraper reads: the manifest and every body it lists. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { updateWithFile } from '../io/file-hash.js';
import { isConfinedFile, MANIFEST_FILE } from './layout.js';

/**
 * The body files a manifest lists, read without its schema: `check`'s fast way then loads no schema library.
 * Undefined when the manifest is not plainly a list of pages with confined files; the schema says why.
 */
function listedFiles(text: string): string[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const pages = (data as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(pages)) return undefined;
  const files: string[] = [];
  for (const page of pages as unknown[]) {
    const file = (page as { file?: unknown } | null)?.file;
    if (file === null) continue;
    if (typeof file !== 'string' || !isConfinedFile(file)) return undefined;
    files.push(file);
  }
  return files;
}

/** sha256 (hex) over the manifest's bytes and, in its order, each listed body's path and bytes. */
export async function snapshotFingerprint(dir: string): Promise<string> {
  const manifestBytes = readOrNull(path.join(dir, MANIFEST_FILE));
  const files = manifestBytes === null ? undefined : listedFiles(manifestBytes.toString('utf8'));
  if (manifestBytes === null || files === undefined) {
    // Not a manifest this can read plainly: the schema's reader throws the error that says where and what.
    const { readManifest } = await import('./read.js');
    await readManifest(dir);
    throw new Error(`${path.join(dir, MANIFEST_FILE)}: a page's file is not a relative path inside the snapshot`);
  }
  const hash = createHash('sha256').update(manifestBytes);
  for (const file of files) {
    // `file` is confined (relative, no `.` or `..`): joining it by hand spares path.join's normalising.
    if (!updateWithFile(hash.update(`\0${file}\0`), `${dir}/${file}`)) hash.update('\0missing');
  }
  return hash.digest('hex');
}

/** The manifest's bytes, or null when it cannot be read (synchronous, as the bodies are read: see io/file-hash). */
function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}
