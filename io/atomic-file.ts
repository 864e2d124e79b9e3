/** Replacing files so that a failed run leaves each one either as it was or wholly new. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write every file to a temporary sibling first, then rename each over its target: nothing is
 * replaced unless every file could be written, and a reader never sees a half-written file.
 */
export async function writeFilesAtomically(files: ReadonlyArray<readonly [file: string, text: string]>): Promise<void> {
  const staged: (readonly [temp: string, file: string])[] = [];
  try {
    for (const [file, text] of files) {
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push([temp, file]);
      await writeFile(temp, text, { flag: 'wx' });
    }
  } catch (err) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw err;
  }
  for (const [temp, file] of staged) await rename(temp, file);
}
