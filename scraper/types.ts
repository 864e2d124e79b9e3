/**
 * Merging type definitions: the same `modelName` met on its own page and inlined on endpoint pages
 * becomes one type. Ids match without regard to case (the server does); the model page's spelling wins.
 */
import { compareCodeUnits } from '../ir/order.js';
import type { TypeRef } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { TypeFact } from './facts.js';

/** The pages that documented a type. */
export interface TypePages {
  /** Every page, sorted. */
  sources: string[];
  /** Its own model page, the one definition read from a model or enumeration page; null when only inlined. */
  pageUrl: string | null;
}

export interface MergedType extends TypePages {
  fact: TypeFact;
}

/** Canonical spelling per lower-cased id: the model page's, else the first met (pages in URL order). */
export function canonicalIds(facts: readonly TypeFact[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const f of facts.filter((f) => f.fromModelPage))
    if (!ids.has(f.id.toLowerCase())) ids.set(f.id.toLowerCase(), f.id);
  for (const f of facts) if (!ids.has(f.id.toLowerCase())) ids.set(f.id.toLowerCase(), f.id);
  return ids;
}

export function canonicalType(type: TypeRef, ids: ReadonlyMap<string, string>): TypeRef {
  switch (type.kind) {
    case 'ref':
      return { kind: 'ref', id: ids.get(type.id.toLowerCase()) ?? type.id };
    case 'collection':
      return { kind: 'collection', items: canonicalType(type.items, ids) };
    case 'dictionary':
    case 'pair':
      return { kind: type.kind, key: canonicalType(type.key, ids), value: canonicalType(type.value, ids) };
    default:
      return type;
  }
}

/** What two definitions of one type must agree on. */
function signature(fact: TypeFact): string {
  if (fact.kind === 'enum') return JSON.stringify(['enum', fact.members]);
  return JSON.stringify([
    'complex',
    fact.members.map((m) => [
      m.name,
      m.type,
      m.required,
      m.constraints,
      m.description,
      m.notes,
      m.default,
      m.deprecated,
    ]),
  ]);
}

/** Merge facts (given in page URL order) per canonical id; conflicts are reported, the model page's version kept. */
export function mergeTypes(
  facts: readonly TypeFact[],
  ids: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
): Map<string, MergedType> {
  const byId = new Map<string, TypeFact[]>();
  for (const fact of facts) {
    const id = ids.get(fact.id.toLowerCase())!;
    const canonical: TypeFact =
      fact.kind === 'complex'
        ? { ...fact, id, members: fact.members.map((m) => ({ ...m, type: canonicalType(m.type, ids) })) }
        : { ...fact, id };
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [canonical]);
    else list.push(canonical);
  }
  const merged = new Map<string, MergedType>();
  for (const [id, list] of [...byId].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const primary = list.find((f) => f.fromModelPage) ?? list[0]!;
    const description = primary.description || (list.find((f) => f.description !== '')?.description ?? '');
    const primarySignature = list.length > 1 ? signature(primary) : '';
    for (const other of list) {
      if (other === primary || signature(other) === primarySignature) continue;
      sink.report(
        'type-definition-conflict',
        {
          url: other.url,
          pageKind: other.fromModelPage ? (other.kind === 'enum' ? 'enum' : 'model') : 'endpoint',
          where: other.where,
        },
        { id, primaryUrl: primary.url, kind: other.kind },
      );
    }
    const sources = [...new Set(list.map((f) => f.url))].sort(compareCodeUnits);
    const pageUrl = primary.fromModelPage ? primary.url : null;
    merged.set(id, { fact: { ...primary, description }, sources, pageUrl });
  }
  return merged;
}
