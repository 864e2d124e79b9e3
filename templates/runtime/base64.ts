/**
 * Base64 for `Uint8Array` on top of `btoa`/`atob`, which every target (browsers, Node 20, Deno,
 * Bun) has; `Buffer` would tie the SDK to Node.
 */

/** Bytes per `String.fromCharCode` call: well below engines' argument-count limits. */
const CHUNK = 0x8000;

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Whitespace is allowed (XML writers wrap long base64); anything else that is not base64 throws. */
export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new Error(
      `expected base64, got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`,
    );
  }
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 of the UTF-8 bytes of `text` (HTTP Basic credentials may be non-ASCII: å, ä, ö). */
export function encodeBase64Utf8(text: string): string {
  return encodeBase64(new TextEncoder().encode(text));
}
