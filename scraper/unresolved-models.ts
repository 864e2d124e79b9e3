/**
 * Links to model pages nobody read: the XML facts the SDK and the OpenAPI export both describe such
 * a link with, decided once here. Its short name still names collection items in XML, and its
 * namespace is guessed the way the site derives `modelName` prefixes from CLR namespaces — from a
 * documented type with the same prefix, else from the `{base}.{Prefix}` pattern most documented
 * types follow.
 */
import { modelPrefix, modelShortName } from '../ir/model-id.js';
import { compareCodeUnits } from '../ir/order.js';
import type { Operation, TypeDef, TypeRef, UnresolvedModel, XmlInfo } from '../ir/schema.js';
import { refIds } from '../ir/type-ref.js';

/** What the samples showed of namespaces, read once for all the links (per link, this was quadratic in the site). */
interface KnownNamespaces {
  /** The first sample-shown namespace of a type with each `modelName` prefix, in type order. */
  byPrefix: ReadonlyMap<string, string>;
  /** The most common `{base}` of `{base}.{Prefix}` namespaces, if any follows the pattern. */
  commonBase: string | undefined;
}

function knownNamespaces(types: readonly TypeDef[]): KnownNamespaces {
  const byPrefix = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const t of types) {
    const ns = t.xml.namespace;
    const prefix = modelPrefix(t.id);
    if (ns === null || prefix === null || t.xml.source !== 'sample') continue;
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, ns);
    if (!ns.endsWith(`.${prefix}`)) continue;
    const base = ns.slice(0, -prefix.length - 1);
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  // The most common base wins (`…Api.Models` for `Crm`, `User`, …); ties go to code-unit order.
  const best = [...counts].sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))[0];
  return { byPrefix, commonBase: best?.[0] };
}

function guessNamespace(prefix: string, known: KnownNamespaces): string | null {
  const same = known.byPrefix.get(prefix);
  if (same !== undefined) return same;
  return known.commonBase === undefined ? null : `${known.commonBase}.${prefix}`;
}

function guessedXml(id: string, known: KnownNamespaces): XmlInfo {
  const prefix = modelPrefix(id);
  return {
    name: modelShortName(id),
    namespace: prefix === null ? null : guessNamespace(prefix, known),
    source: 'rule',
  };
}

/** Every model a type use in the operations or the types names that no type defines, by id. */
export function unresolvedModels(operations: readonly Operation[], types: readonly TypeDef[]): UnresolvedModel[] {
  const defined = new Set(types.map((t) => t.id));
  const uses: TypeRef[] = [
    ...operations.flatMap((op) => [
      ...op.parameters.map((p) => p.type),
      ...(op.body === null ? [] : [op.body.type]),
      ...(op.response.type === null ? [] : [op.response.type]),
      ...op.response.alternatives,
    ]),
    ...types.flatMap((t) => (t.kind === 'complex' ? t.properties.map((p) => p.type) : [])),
  ];
  const ids = new Set(uses.flatMap(refIds).filter((id) => !defined.has(id)));
  const known = knownNamespaces(types);
  return [...ids].sort(compareCodeUnits).map((id) => ({ id, xml: guessedXml(id, known) }));
}
