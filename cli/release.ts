/**
 * The `release` command's files: the generated SDK's package.json (its version) and CHANGELOG.md,
 * read and rewritten together around diff/release.ts, which decides the bump and the entry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { bumpFor, diffIr, nextVersion, withEntry } from '../diff/index.js';
import { isReleaseVersion, type Bump } from '../diff/release.js';
import { writeFilesAtomically } from '../io/atomic-file.js';
import type { ApiIR } from '../ir/schema.js';
import { InputError } from './inputs.js';

export interface Release {
  /** The version the folder held. */
  readonly current: string;
  /** The version it holds now: `current` when nothing changed. */
  readonly version: string;
  /** null when the diff is empty and no file was written. */
  readonly bump: Bump | null;
  readonly changeCount: number;
}

/** The package.json of a generated SDK, read once so the version checked is the one rewritten. */
async function readManifest(manifest: string): Promise<{ pkg: Record<string, unknown>; version: string }> {
  const refused = (): InputError =>
    new InputError(`${manifest}: expected the package.json of a generated SDK with a version x.y.z`);
  let pkg: unknown;
  try {
    pkg = JSON.parse(await readFile(manifest, 'utf8'));
  } catch {
    throw refused();
  }
  if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) throw refused();
  const version = (pkg as { version?: unknown }).version;
  if (typeof version !== 'string' || !isReleaseVersion(version)) throw refused();
  return { pkg: pkg as Record<string, unknown>, version };
}

/**
 * Bump the SDK in `sdk` by the changes from `before` to `after` and put a `date`d entry first in its
 * CHANGELOG.md; both files are replaced together or not at all, and neither when nothing changed.
 */
export async function releaseSdk(sdk: string, before: ApiIR, after: ApiIR, date: string): Promise<Release> {
  const manifest = path.join(sdk, 'package.json');
  const { pkg, version: current } = await readManifest(manifest);
  const changes = diffIr(before, after);
  const bump = bumpFor(changes);
  if (bump === null) return { current, version: current, bump, changeCount: 0 };
  const version = nextVersion(current, bump);
  const changelog = path.join(sdk, 'CHANGELOG.md');
  const existing = await readFile(changelog, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  await writeFilesAtomically([
    [changelog, withEntry(existing, version, date, changes)],
    [manifest, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`],
  ]);
  return { current, version, bump, changeCount: changes.length };
}
