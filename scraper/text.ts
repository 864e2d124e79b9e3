/** Text helpers shared by the page readers. */

/** Whitespace other than a lone space: what `normalizeSpace` has to rewrite inside a trimmed text. */
const UNRENDERED_SPACE = /[^\S ]| {2}/;

/** Whitespace as a browser renders it: runs collapse to one space, the ends are trimmed. */
export function normalizeSpace(text: string): string {
  // Trimmed first (a slice, not a copy), then rewritten only where it has to be: most texts already have lone spaces.
  const trimmed = text.trim();
  return UNRENDERED_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Stock placeholders that mean "nothing documented here"; the one list, as the IR never carries them. */
const EMPTY_TEXTS = new Set(['none.', 'no documentation available.', 'ingen dokumentation tillgänglig.']);

export function isEmptyMarker(text: string): boolean {
  return EMPTY_TEXTS.has(normalizeSpace(text).toLowerCase());
}
