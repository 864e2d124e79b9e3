/**
 * Turning what the samples showed into each type's wire facts (JSON names, XML names, namespace,
 * member order, refined types); the first sample wins and a disagreeing one is reported; where no
 * sample speaks, the rules.
 */
import { encodeXmlName, nameByRule } from '../ir/dotnet.js';
import { compareCodeUnits } from '../ir/order.js';
import type { ComplexType, EnumType, Property, TypeRef, XmlInfo } from '../ir/schema.js';
import type { ConflictCode } from './diagnostic-codes.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { ComplexFact, EnumFact } from './facts.js';
import { vote, type JsonNameSeen, type NamingPlan } from './json-naming.js';
import { memberExtras } from './members.js';
import type { TypePages } from './types.js';
import type { Seen, WireObservations, XmlRoot } from './wire-observe.js';

/** The first value the samples show; a disagreeing later sample is reported. */
function pick<T>(
  seen: readonly Seen<T>[],
  code: ConflictCode,
  what: string,
  show: (v: T) => string,
  sink: DiagnosticSink,
): T | undefined {
  const [first, ...others] = seen;
  for (const other of others) {
    sink.report(
      code,
      { url: other.url, pageKind: 'endpoint', where: other.where },
      { what, shown: show(other.value), firstUrl: first!.url, firstWhere: first!.where, kept: show(first!.value) },
    );
  }
  return first?.value;
}

const showType = (t: TypeRef): string => JSON.stringify(t);

/** An operation's body or response type, as the samples refine it. */
export function operationType(
  opId: string,
  part: 'body' | 'response',
  type: TypeRef,
  obs: WireObservations,
  sink: DiagnosticSink,
): TypeRef {
  return (
    pick(
      obs.operationTypes.get(`${opId}\u0000${part}`),
      'xml-type-conflict',
      `${part} type of ${opId}`,
      showType,
      sink,
    ) ?? type
  );
}

/** The base contract a polymorphic response's XML is written under, when a sample showed it. */
export function responseXmlRoot(opId: string, obs: WireObservations, sink: DiagnosticSink): XmlRoot | undefined {
  return pick(
    obs.xmlRoots.get(opId),
    'xml-root-conflict',
    `XML root of ${opId}`,
    (r) => `<${r.name}> in ${r.namespace ?? 'no namespace'}`,
    sink,
  );
}

/** DataContract member order: the sample's, completed with unseen members in ordinal order; else ordinal. */
function memberOrder(fact: ComplexFact, seen: readonly Seen<string[]>[], sink: DiagnosticSink): string[] {
  const ordinal = fact.members.map((m) => m.name).sort(compareCodeUnits);
  const shown = pick(seen, 'xml-order-conflict', `member order of ${fact.id}`, (v) => v.join(', '), sink);
  if (!shown) return ordinal;
  const missing = ordinal.filter((n) => !shown.includes(n));
  if (missing.length > 0) {
    sink.report(
      'xml-sample-incomplete',
      { url: seen[0]!.url, pageKind: 'endpoint', where: seen[0]!.where },
      { id: fact.id, missing },
    );
  }
  return [...new Set(shown), ...missing];
}

function xmlInfo(id: string, name: string, obs: WireObservations, sink: DiagnosticSink): XmlInfo {
  const shownName = pick(obs.typeNames.get(id), 'xml-name-conflict', `XML name of ${id}`, (v) => `<${v}>`, sink);
  const namespace = pick(obs.namespaces.get(id), 'xml-namespace-conflict', `XML namespace of ${id}`, (v) => v, sink);
  return {
    name: shownName ?? name,
    namespace: namespace ?? null,
    source: shownName !== undefined || namespace !== undefined ? 'sample' : 'rule',
  };
}

/** Every JSON name a sample showed, by type, CLR name and page: the evidence for the naming convention. */
export function jsonNamesSeen(obs: WireObservations): JsonNameSeen[] {
  return obs.jsonPerPage.entries().flatMap(([key, seen]) => {
    const [typeId = '', clrName = ''] = key.split('\u0000');
    return seen.map((s) => ({ typeId, clrName, jsonName: s.value, url: s.url, where: s.where }));
  });
}

/**
 * The samples that speak for a type's own names: not those of a page that writes its operation's
 * JSON in another casing (`NamingPlan.byPage`), which is that operation's fact, not the type's.
 */
function ownCasing(seen: readonly Seen<string>[], clrName: string, naming: NamingPlan): Seen<string>[] {
  return seen.filter((s) => {
    const page = naming.byPage.get(s.url);
    return page === undefined || vote(clrName, s.value) !== page;
  });
}

/** Two members on one JSON name (`Id` and `ID` under camelCase): JSON carries one; OpenAPI describes the first. */
function reportDuplicateJsonNames(fact: ComplexFact, properties: readonly Property[], sink: DiagnosticSink): void {
  const first = new Map<string, Property>();
  for (const p of properties) {
    const earlier = first.get(p.jsonName);
    if (!earlier) {
      first.set(p.jsonName, p);
      continue;
    }
    sink.report(
      'duplicate-json-name',
      { url: fact.url, pageKind: fact.fromModelPage ? 'model' : 'endpoint', where: fact.where },
      { id: fact.id, member: p.clrName, earlier: earlier.clrName, jsonName: p.jsonName },
    );
  }
}

export function complexType(
  fact: ComplexFact,
  { sources, pageUrl }: TypePages,
  obs: WireObservations,
  naming: NamingPlan,
  sink: DiagnosticSink,
): ComplexType {
  const properties = fact.members.map((m): Property => {
    const key = `${fact.id}\u0000${m.name}`;
    const shown = ownCasing(obs.json.get(key), m.name, naming);
    const json = naming.samplesWin
      ? pick(shown, 'json-name-conflict', `JSON name of ${fact.id}.${m.name}`, (v) => `"${v}"`, sink)
      : undefined;
    const xml = pick(
      obs.xmlNames.get(key),
      'xml-name-conflict',
      `XML element of ${fact.id}.${m.name}`,
      (v) => `<${v}>`,
      sink,
    );
    const refined = pick(
      obs.refinedTypes.get(key),
      'xml-type-conflict',
      `type of ${fact.id}.${m.name}`,
      showType,
      sink,
    );
    return {
      clrName: m.name,
      jsonName: json ?? nameByRule(m.name, naming.ruleFor(fact.id)),
      jsonNameSource: json === undefined ? 'rule' : 'sample',
      xmlName: xml ?? encodeXmlName(m.name),
      type: refined ?? m.type,
      required: m.required,
      constraints: m.constraints,
      description: m.description,
      notes: m.notes,
      ...memberExtras(m),
    };
  });
  reportDuplicateJsonNames(fact, properties, sink);
  return {
    kind: 'complex',
    id: fact.id,
    name: fact.name,
    description: fact.description,
    xml: xmlInfo(fact.id, fact.name, obs, sink),
    properties,
    xmlOrder: memberOrder(fact, obs.xmlOrders.get(fact.id), sink),
    sources,
    pageUrl,
  };
}

export function enumType(
  fact: EnumFact,
  { sources, pageUrl }: TypePages,
  obs: WireObservations,
  sink: DiagnosticSink,
): EnumType {
  return {
    kind: 'enum',
    id: fact.id,
    name: fact.name,
    description: fact.description,
    xml: xmlInfo(fact.id, fact.name, obs, sink),
    members: fact.members,
    sources,
    pageUrl,
  };
}
