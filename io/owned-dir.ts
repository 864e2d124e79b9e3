/**
 * Whether a command may replace an output folder: only one that is missing, empty, or carries the
 * marker a previous run of the same command left, and never the working folder, an input, or a
 * folder holding either (replacing it would delete them).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Why `out` must not be replaced, or null when it may be. `isMarker` tells the command's marker apart. */
export async function ownershipProblem(
  out: string,
  marker: { file: string; isMarker: (text: string) => boolean },
  inputs: readonly string[] = [],
): Promise<string | null> {
  const abs = path.resolve(out);
  const holds = (dir: string, p: string): boolean => {
    const rel = path.relative(dir, p);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
  };
  if (holds(abs, process.cwd())) return `${out}: is the working folder or holds it; choose a folder of its own`;
  for (const input of inputs) {
    if (holds(abs, path.resolve(input))) return `${out}: is the input ${input} or holds it; choose another folder`;
  }
  const info = await lstat(abs).catch(() => null);
  if (info === null) return null;
  if (!info.isDirectory()) return `${out}: exists and is not a folder; refusing to replace it`;
  if ((await readdir(abs)).length === 0) return null;
  const text = await readFile(path.join(abs, marker.file), 'utf8').catch(() => null);
  if (text !== null && marker.isMarker(text)) return null;
  return `${out}: holds files and no ${marker.file} from an earlier run, so it is not output of this command; refusing to replace it (empty it or choose another folder)`;
}
