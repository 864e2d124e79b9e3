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

function guessNamespace(prefix: string, types: readonly TypeDef[]): string | null {
  const known = types.flatMap((t) => {
    const ns = t.xml.namespace;
    const prefix = modelPrefix(t.id);
    return ns === null || prefix === null || t.xml.source !== 'sample' ? [] : [{ prefix, ns }];
  });
  const same = known.find((k) => k.prefix === prefix);
  if (same !== undefined) return same.ns;
  // The most common base wins (`…Api.Models` for `Crm`, `User`, …); ties go to code-unit order.
  const counts = new Map<string, number>();
  for (const k of known) {
    if (!k.ns.endsWith(`.${k.prefix}`)) continue;
    const base = k.ns.slice(0, -k.prefix.length - 1);
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  const best = [...counts].sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))[0];
  return best === undefined ? null : `${best[0]}.${prefix}`;
}

function guessedXml(id: string, types: readonly TypeDef[]): XmlInfo {
  const prefix = modelPrefix(id);
  return {
    name: modelShortName(id),
    namespace: prefix === null ? null : guessNamespace(prefix, types),
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
  return [...ids].sort(compareCodeUnits).map((id) => ({ id, xml: guessedXml(id, types) }));
}
