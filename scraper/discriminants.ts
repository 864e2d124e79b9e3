/**
 * Literal tags of polymorphic results. A response that is one of several models (a contact is a
 * `CrmCompanyContact`, `CrmPersonContact` or `CrmDeceasedEstateContact`) whose alternatives share
 * an enum member (`Type: ContactType`) is tagged by it; the pages document which value each
 * alternative carries only through their samples:
 * - the JSON sample of a response that is exactly one alternative, or a list of it
 *   (`GET CRM/Contact/{customerId}/Company` answers `"type": "Company"`);
 * - the JSON sample of a polymorphic response, for the alternative its XML sample names in
 *   `i:type` (`"type": "Person"` beside `<CrmContact i:type="CrmPersonContact">`);
 * - for the one alternative still untagged when all others are, the one enum value left, if its
 *   name is part of the alternative's (`DeceasedEstate`, `CrmDeceasedEstateContact`).
 * A value is kept only when every sample of the alternative agrees, and a set's values only when
 * no two alternatives share one, so that a union of the alternatives narrows on the tag.
 */
import type { ApiIR, ComplexType, Operation, TypeDef, TypeRef } from '../ir/schema.js';
import { xsiTypeName } from './wire-names.js';
import { parseXmlSample } from './xml-sample.js';

interface TaggedSet {
  /** Alternative type ids, in page order. */
  alternatives: string[];
  clrName: string;
  enumId: string;
}

function refId(t: TypeRef): string | null {
  return t.kind === 'ref' ? t.id : t.kind === 'collection' && t.items.kind === 'ref' ? t.items.id : null;
}

/** The enum member every alternative has (same CLR name, same enum): the first in the first's order. */
function taggedSet(alternatives: readonly ComplexType[], types: ReadonlyMap<string, TypeDef>): TaggedSet | null {
  const [first, ...rest] = alternatives;
  if (first === undefined) return null;
  for (const p of first.properties) {
    if (p.type.kind !== 'ref' || types.get(p.type.id)?.kind !== 'enum') continue;
    const enumId = p.type.id;
    const shared = rest.every((t) =>
      t.properties.some((q) => q.clrName === p.clrName && q.type.kind === 'ref' && q.type.id === enumId),
    );
    if (shared) return { alternatives: alternatives.map((t) => t.id), clrName: p.clrName, enumId };
  }
  return null;
}

function jsonItems(text: string | null): unknown[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return [];
  }
}

/** The `i:type` of the XML sample's root, or of each item under an `ArrayOf…` root, in order. */
function xsiTypes(text: string | null): (string | null)[] {
  if (text === null) return [];
  try {
    const root = parseXmlSample(text);
    const own = xsiTypeName(root);
    return own !== null ? [own] : root.children.map(xsiTypeName);
  } catch {
    return [];
  }
}

/** Type id -> CLR name of its tag member -> the one value its samples show (null once two disagree). */
type Observed = Map<string, Map<string, string | null>>;

function observe(into: Observed, typeId: string, clrName: string, jsonName: string, item: unknown): void {
  if (typeof item !== 'object' || item === null) return;
  const value = (item as Record<string, unknown>)[jsonName];
  if (typeof value !== 'string') return;
  const byMember = into.get(typeId) ?? new Map<string, string | null>();
  into.set(typeId, byMember);
  const seen = byMember.get(clrName);
  byMember.set(clrName, seen === undefined || seen === value ? value : null);
}

/**
 * The tag value of each alternative that has one, by type id: the CLR name of the member and its
 * value, a member name of the member's enum.
 */
export function discriminants(
  operations: readonly Operation[],
  types: readonly TypeDef[],
): Map<string, { clrName: string; value: string }> {
  const byId = new Map(types.map((t) => [t.id, t] as const));
  const complex = (id: string | null) => {
    const t = id === null ? undefined : byId.get(id);
    return t?.kind === 'complex' ? t : undefined;
  };
  const sets = new Map<string, TaggedSet>();
  for (const op of operations) {
    const alts = op.response.alternatives.map((a) => complex(refId(a)));
    if (alts.length < 2 || alts.some((a) => a === undefined)) continue;
    const set = taggedSet(alts as ComplexType[], byId);
    if (set !== null) sets.set(`${set.alternatives.join(' ')} ${set.clrName}`, set);
  }
  const tagOf = new Map<string, { clrName: string; jsonName: string }>();
  for (const set of sets.values()) {
    for (const id of set.alternatives) {
      const p = complex(id)!.properties.find((q) => q.clrName === set.clrName)!;
      tagOf.set(id, { clrName: set.clrName, jsonName: p.jsonName });
    }
  }
  const observed: Observed = new Map();
  for (const op of operations) {
    const json = op.responseSamples.filter((s) => s.format === 'json').flatMap((s) => jsonItems(s.text));
    if (op.response.alternatives.length === 0 && op.response.type !== null) {
      const id = refId(op.response.type);
      const tag = id === null ? undefined : tagOf.get(id);
      if (tag !== undefined) for (const item of json) observe(observed, id!, tag.clrName, tag.jsonName, item);
      continue;
    }
    const xml = op.responseSamples.filter((s) => s.format === 'xml').flatMap((s) => xsiTypes(s.text));
    // Items pair up by position only when both samples list the same number of them.
    if (xml.length !== json.length) continue;
    xml.forEach((name, i) => {
      const id = op.response.alternatives.map(refId).find((a) => a !== null && complex(a)?.xml.name === name);
      const tag = id === undefined || id === null ? undefined : tagOf.get(id);
      if (tag !== undefined) observe(observed, id!, tag.clrName, tag.jsonName, json[i]);
    });
  }
  // A type tagged differently by two sets keeps no tag (null).
  const result = new Map<string, { clrName: string; value: string } | null>();
  for (const set of sets.values()) {
    const members = (byId.get(set.enumId) as { members: { name: string }[] }).members.map((m) => m.name);
    const values = new Map<string, string>();
    for (const id of set.alternatives) {
      const value = observed.get(id)?.get(set.clrName);
      if (value !== undefined && value !== null && members.includes(value)) values.set(id, value);
    }
    const untagged = set.alternatives.filter((id) => !values.has(id));
    const unused = members.filter((m) => ![...values.values()].includes(m));
    if (untagged.length === 1 && unused.length === 1 && complex(untagged[0]!)!.name.includes(unused[0]!)) {
      values.set(untagged[0]!, unused[0]!);
    }
    if (new Set(values.values()).size !== values.size) continue;
    for (const [id, value] of values) {
      const earlier = result.get(id);
      const agrees = earlier === undefined || (earlier?.value === value && earlier.clrName === set.clrName);
      result.set(id, agrees ? { clrName: set.clrName, value } : null);
    }
  }
  return new Map([...result].flatMap(([id, tag]) => (tag === null ? [] : [[id, tag] as const])));
}

/** The IR with each tag written on its member (`Property.discriminator`). */
export function withDiscriminators(ir: ApiIR): ApiIR {
  const tags = discriminants(ir.operations, ir.types);
  if (tags.size === 0) return ir;
  const types = ir.types.map((t) => {
    const tag = tags.get(t.id);
    if (t.kind !== 'complex' || tag === undefined) return t;
    return {
      ...t,
      properties: t.properties.map((p) => (p.clrName === tag.clrName ? { ...p, discriminator: tag.value } : p)),
    };
  });
  return { ...ir, types };
}
