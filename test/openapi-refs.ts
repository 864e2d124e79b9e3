/** Walking `$ref`s in an OpenAPI document, for the tests that check none is broken. */

/** Every `$ref` in a document, with the JSON pointer of where it sits. */
export function refs(node: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === '$ref' && typeof v === 'string' ? [{ at, ref: v }] : refs(v, `${at}/${k}`),
  );
}

/** The node a local `$ref` points at, or undefined when it points nowhere (or outside the document). */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    );
}

/** The `$ref`s of a document that do not resolve. */
export function brokenRefs(doc: unknown): { at: string; ref: string }[] {
  return refs(doc).filter(({ ref }) => resolvePointer(doc, ref) === undefined);
}
