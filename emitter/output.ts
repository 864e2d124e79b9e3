/** The disk side of the emitter: write a file map as a folder atomically, or compare one with a folder. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { makeSiblingTempDir, swapInDir } from '../io/atomic-dir.js';
import { updateWithFile } from '../io/file-hash.js';
import { filesUnder } from '../io/list-files.js';
import { compareCodeUnits } from '../ir/order.js';
import { parseStamp, STAMP_FILE, type Fingerprint, type Stamp } from './stamp.js';

/**
 * What the SDK's own build and install make inside its folder, and the changelog `release` keeps
 * there: the user's, not the generator's.
 */
const USER_OWNED = ['node_modules', 'dist', 'package-lock.json', 'CHANGELOG.md'];

/** Of those, what `generate` carries over into the new folder: an install to redo, a history to keep. */
const KEPT = ['node_modules', 'dist', 'CHANGELOG.md'];

async function present(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replace `dir` with exactly `files`, keeping the SDK user's `node_modules/` and `dist/` (moved,
 * not copied, into the new folder just before it is swapped in); if anything fails, `dir` is left
 * as it was, those folders included.
 */
export async function generateTo(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const temp = await makeSiblingTempDir(dir);
  const moved: string[] = [];
  try {
    // Written from this thread, in order: nothing else runs meanwhile, and the promise API's thread-pool round
    // trips (mkdir, open, write, close for each of ~120 small files) took three times as long.
    const targets = [...files]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([name, content]) => [path.join(temp, ...name.split('/')), content] as const);
    for (const folder of new Set(targets.map(([target]) => path.dirname(target))))
      mkdirSync(folder, { recursive: true });
    for (const [target, content] of targets) writeFileSync(target, content);
    for (const name of KEPT) {
      if (files.has(name) || !(await present(path.join(dir, name)))) continue;
      await rename(path.join(dir, name), path.join(temp, name));
      moved.push(name);
    }
    await swapInDir(temp, dir);
  } catch (err) {
    // swapInDir puts the old folder back on failure; the kept folders go back into it.
    for (const name of moved) await rename(path.join(temp, name), path.join(dir, name));
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Every file under `dir` but the user's (USER_OWNED), as `/`-separated relative paths; empty when `dir` does not
 * exist. The user's folders are not walked at all: an installed SDK's node_modules/ holds thousands of files.
 * Synchronous, as the fast check's reads are (see quickCheck).
 */
function listFiles(dir: string): string[] {
  let top;
  try {
    top = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files: string[] = [];
  for (const entry of top) {
    if (USER_OWNED.includes(entry.name)) continue;
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory()) files.push(...filesUnder(dir, entry.name));
  }
  return files;
}

export interface CheckResult {
  stale: boolean;
  /** Unified diff from what is on disk to what would be generated; empty when not stale. */
  diff: string;
}

/**
 * Compare `files` with `dir`: missing, extra and changed files, as one unified diff (paths relative to `dir`).
 * Files named in `skip` are not compared.
 */
export async function checkAgainst(
  dir: string,
  files: ReadonlyMap<string, string>,
  skip: readonly string[] = [],
): Promise<CheckResult> {
  const onDisk = new Set(listFiles(dir));
  const names = [...new Set([...onDisk, ...files.keys()])].filter((n) => !skip.includes(n)).sort(compareCodeUnits);
  const patches: string[] = [];
  for (const name of names) {
    const expected = files.get(name);
    const actual = onDisk.has(name) ? await readFile(path.join(dir, ...name.split('/')), 'utf8') : undefined;
    if (expected === actual) continue;
    const label = `${path.basename(path.resolve(dir))}/${name}`;
    // Loaded only when there is a difference to show: generate and a clean check never need it.
    const { createTwoFilesPatch } = await import('diff');
    patches.push(
      createTwoFilesPatch(
        actual === undefined ? '/dev/null' : `a/${label}`,
        expected === undefined ? '/dev/null' : `b/${label}`,
        actual ?? '',
        expected ?? '',
        actual === undefined ? 'missing' : undefined,
        expected === undefined ? 'not generated' : undefined,
      ),
    );
  }
  return { stale: patches.length > 0, diff: patches.join('') };
}

/**
 * The fast check: is `dir` what `generate` wrote for exactly this fingerprint, file for file? Reads and hashes the
 * folder, never regenerates. An empty list means up to date; otherwise each entry says what differs.
 *
 * The reads are synchronous, through one buffer (io/file-hash): for the SDK's hundred-odd small files, promise
 * reads side by side were most of the fast way's time.
 */
export function quickCheck(dir: string, fingerprint: Fingerprint): string[] {
  const stamp = readStamp(dir);
  if (stamp === null) return [`${STAMP_FILE} is missing or not a stamp of this tool`];
  const reasons: string[] = [];
  if (fingerprint.inputs === null || stamp.inputs !== fingerprint.inputs)
    reasons.push('the snapshot or the options changed since it was generated');
  if (stamp.generator !== fingerprint.generator) reasons.push('the generator changed since it was generated');
  const onDisk = new Set(listFiles(dir).filter((name) => name !== STAMP_FILE));
  for (const name of [...new Set([...onDisk, ...Object.keys(stamp.files)])].sort(compareCodeUnits)) {
    const recorded = stamp.files[name];
    if (!onDisk.has(name)) reasons.push(`${name} is missing`);
    else if (recorded === undefined) reasons.push(`${name} was not generated`);
    // `name` is a relative path from the listing: joining it by hand spares path.join's normalising.
    else if (sha256Of(`${dir}/${name}`) !== recorded) reasons.push(`${name} was edited`);
  }
  return reasons;
}

/** sha256 (hex) of a file's bytes; null when it cannot be read, which no recorded hash equals. */
function sha256Of(file: string): string | null {
  const hash = createHash('sha256');
  return updateWithFile(hash, file) ? hash.digest('hex') : null;
}

function readStamp(dir: string): Stamp | null {
  let text: string;
  try {
    text = readFileSync(path.join(dir, STAMP_FILE), 'utf8');
  } catch {
    return null;
  }
  return parseStamp(text);
}
