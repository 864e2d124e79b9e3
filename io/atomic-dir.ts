/**
 * Replace a whole output folder in one step, so that a failed or interrupted run never leaves a
 * half-written folder behind: the caller fills a temporary sibling, then `swapInDir` renames it
 * into place (the old folder is moved aside first and removed only after the swap).
 */
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Make an empty temporary folder next to `target` (same file system, so rename is atomic). */
export async function makeSiblingTempDir(target: string, label = 'tmp'): Promise<string> {
  const abs = path.resolve(target);
  // `--out a/b/c` with `a/b` missing: make the parents, as writing the folder would.
  await mkdir(path.dirname(abs), { recursive: true });
  return mkdtemp(path.join(path.dirname(abs), `.${path.basename(abs)}.${label}-`));
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Move `tempDir` to `target`, replacing whatever was there. */
export async function swapInDir(tempDir: string, target: string): Promise<void> {
  const abs = path.resolve(target);
  if (!(await exists(abs))) {
    await rename(tempDir, abs);
    return;
  }
  const old = `${await makeSiblingTempDir(abs, 'old')}`;
  await rm(old, { recursive: true, force: true });
  await rename(abs, old);
  try {
    await rename(tempDir, abs);
  } catch (err) {
    await rename(old, abs);
    throw err;
  }
  await rm(old, { recursive: true, force: true });
}

/** Run `fill(tempDir)` and swap the result into `target`; on failure `target` is left as it was. */
export async function writeDirAtomically(target: string, fill: (tempDir: string) => Promise<void>): Promise<void> {
  const temp = await makeSiblingTempDir(target);
  try {
    await fill(temp);
    await swapInDir(temp, target);
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}
