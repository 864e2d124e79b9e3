/** Rendered pages -> a snapshot folder (format of snapshot/format.ts), swapped in atomically. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { writeDirAtomically } from '../../io/atomic-dir.js';
import { compareCodeUnits } from '../../ir/order.js';
import { fileForUrl, serializeManifest, sha256, SNAPSHOT_VERSION, type Manifest } from '../../snapshot/format.js';
import { MANIFEST_FILE } from '../../snapshot/layout.js';

export interface RenderedPage {
  url: string;
  html: string;
}

export const CONTENT_TYPE = 'text/html; charset=utf-8';

/** The manifest and the body files of a snapshot, in memory. */
export function snapshotContents(
  helpRoot: string,
  pages: RenderedPage[],
): { manifest: Manifest; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const seen = new Set<string>();
  const entries = pages.map((p) => {
    if (seen.has(p.url)) throw new Error(`snapshot: the page ${p.url} is rendered twice`);
    seen.add(p.url);
    const file = fileForUrl(p.url);
    const body = Buffer.from(p.html, 'utf8');
    files.set(file, body);
    return {
      url: p.url,
      status: 200,
      contentType: CONTENT_TYPE,
      file,
      sha256: sha256(body),
      etag: null,
      lastModified: null,
      error: null,
    };
  });
  return { manifest: { snapshotVersion: SNAPSHOT_VERSION, helpRoot, pages: entries }, files };
}

export async function writeSnapshot(outDir: string, helpRoot: string, pages: RenderedPage[]): Promise<Manifest> {
  const { manifest, files } = snapshotContents(helpRoot, pages);
  await mkdir(path.dirname(path.resolve(outDir)), { recursive: true });
  await writeDirAtomically(outDir, async (tmp) => {
    for (const [file, body] of [...files].sort(([a], [b]) => compareCodeUnits(a, b))) {
      const target = path.join(tmp, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, body);
    }
    await writeFile(path.join(tmp, MANIFEST_FILE), serializeManifest(manifest));
  });
  return manifest;
}
