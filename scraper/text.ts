/** Text helpers shared by the page readers. */

/** Whitespace as a browser renders it: runs collapse to one space, the ends are trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Stock placeholders that mean "nothing documented here"; the one list, as the IR never carries them. */
const EMPTY_TEXTS = new Set(['none.', 'no documentation available.', 'ingen dokumentation tillgänglig.']);

export function isEmptyMarker(text: string): boolean {
  return EMPTY_TEXTS.has(normalizeSpace(text).toLowerCase());
}
