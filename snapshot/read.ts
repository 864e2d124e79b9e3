/** Loading a snapshot folder from disk into `SnapshotPage`s (the only disk access the scraper needs). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Manifest, MANIFEST_FILE, type SnapshotPage } from './format.js';

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
  return parsed.data;
}

export interface LoadedSnapshot {
  helpRoot: string;
  pages: SnapshotPage[];
}

export async function readSnapshot(dir: string): Promise<LoadedSnapshot> {
  const manifest = await readManifest(dir);
  const pages = await Promise.all(
    manifest.pages.map(async (entry): Promise<SnapshotPage> => {
      let body: string | null = null;
      if (entry.file) {
        try {
          body = await readFile(path.join(dir, entry.file), 'utf8');
        } catch (err) {
          throw new SnapshotError(
            `${path.join(dir, entry.file)}: body of ${entry.url} listed in the manifest is missing (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
          );
        }
      }
      return { url: entry.url, status: entry.status, contentType: entry.contentType, body };
    }),
  );
  return { helpRoot: manifest.helpRoot, pages };
}
