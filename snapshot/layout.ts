/**
 * The snapshot folder's names and the rules on them, apart from the manifest's schema (format.ts) so that what
 * every command loads at start-up, and `check`'s fingerprint, need no schema library.
 */

export const MANIFEST_FILE = 'manifest.json';

/** True for an absolute `http:` or `https:` URL (what a help root and an API base URL must be). */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

/** A manifest `file` must name a file inside the snapshot folder: relative, no `..`, no drive. */
export function isConfinedFile(file: string): boolean {
  if (file === '' || file.includes('\\') || file.includes('\0') || /^[a-z]:/i.test(file) || file.startsWith('/'))
    return false;
  return file.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
