/** Loading a snapshot folder from disk into `SnapshotPage`s (the only disk access the scraper needs). */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Manifest, sha256, type SnapshotPage } from './format.js';
import { isConfinedFile, MANIFEST_FILE } from './layout.js';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SnapshotError(
      `${file}: cannot read the snapshot manifest (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SnapshotError(`${file}: not JSON (${(err as Error).message})`);
  }
  const parsed = Manifest.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SnapshotError(
      `${file}: not a snapshot manifest at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  for (const entry of parsed.data.pages) {
    if (entry.file !== null && !isConfinedFile(entry.file)) {
      throw new SnapshotError(
        `${file}: page ${entry.url} names the body file ${JSON.stringify(entry.file)}; expected a relative path inside the snapshot folder`,
      );
    }
  }
  return parsed.data;
}

export interface LoadedSnapshot {
  helpRoot: string;
  pages: SnapshotPage[];
}

export async function readSnapshot(dir: string): Promise<LoadedSnapshot> {
  const manifest = await readManifest(dir);
  // Read from this thread, one after another: a thread-pool round trip per page cost more than the reads.
  const pages = manifest.pages.map((entry): SnapshotPage => {
    if (!entry.file) return { url: entry.url, status: entry.status, contentType: entry.contentType, body: null };
    const file = path.join(dir, entry.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new SnapshotError(
        `${file}: body of ${entry.url} listed in the manifest is missing (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      );
    }
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      throw new SnapshotError(
        `${file}: body of ${entry.url} has sha256 ${actual}, the manifest says ${entry.sha256}; the snapshot was altered or is damaged (crawl it again)`,
      );
    }
    return { url: entry.url, status: entry.status, contentType: entry.contentType, body: bytes.toString('utf8') };
  });
  return { helpRoot: manifest.helpRoot, pages };
}
