/**
 * The stamp `generate` leaves in its output folder: what it was generated from (a fingerprint of the inputs and
 * of the generator) and the sha256 of every file it wrote. `check` trusts a folder whose stamp matches the current
 * inputs, generator and files without regenerating; any mismatch sends it the slow way, which names the change.
 */
import { createHash } from 'node:crypto';

import { compareCodeUnits } from '../ir/order.js';

export const STAMP_FILE = '.vitec-codegen.json';

export interface Fingerprint {
  /** Hash of the snapshot and the options that shape the output; null when unknown (a `--url` crawl). */
  inputs: string | null;
  /** Hash of the generator (`generatorId`). */
  generator: string;
}

export interface Stamp extends Fingerprint {
  generatedBy: 'vitec-codegen';
  files: Record<string, string>;
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The stamp for `files` (which must not hold the stamp itself), as the file's text. */
export function stampText(files: ReadonlyMap<string, string>, fingerprint: Fingerprint): string {
  const hashes = Object.fromEntries(
    [...files].map(([name, text]) => [name, sha256Hex(text)] as const).sort(([a], [b]) => compareCodeUnits(a, b)),
  );
  const stamp: Stamp = { generatedBy: 'vitec-codegen', ...fingerprint, files: hashes };
  return `${JSON.stringify(stamp, null, 2)}\n`;
}

/** The stamp in `text`, or null when it is not one (then `check` goes the slow way). */
export function parseStamp(text: string): Stamp | null {
  try {
    const data = JSON.parse(text) as Partial<Stamp>;
    if (data.generatedBy !== 'vitec-codegen' || typeof data.generator !== 'string') return null;
    if (typeof data.files !== 'object' || data.files === null) return null;
    if (!Object.values(data.files).every((v) => typeof v === 'string')) return null;
    return { generatedBy: 'vitec-codegen', inputs: data.inputs ?? null, generator: data.generator, files: data.files };
  } catch {
    return null;
  }
}
