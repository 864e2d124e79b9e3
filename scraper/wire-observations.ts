/**
 * Walking every operation's samples with the merged types, and turning what they show into each
 * type's wire facts (JSON names, XML names, namespace, member order); where no sample speaks, the rules.
 */
import type { ComplexType, EnumType, Property, Sample, TypeRef, XmlInfo } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { ComplexFact, EnumFact, OperationDraft } from './facts.js';
import { compareOrdinal } from './text.js';
import { jsonCamelCase, parseXmlSample, walkJson, walkXmlRoot, XmlSampleError, type ShapeLookup, type WireObserver } from './wire-names.js';

interface Seen<T> {
  value: T;
  url: string;
  where: string;
}

/** Values per key in the order first met, each with where it was first met. */
class Observed<T> {
  private readonly map = new Map<string, Seen<T>[]>();

  add(key: string, value: T, url: string, where: string, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
    const list = this.map.get(key) ?? [];
    if (!list.some((s) => same(s.value, value))) list.push({ value, url, where });
    this.map.set(key, list);
  }

  get(key: string): Seen<T>[] {
    return this.map.get(key) ?? [];
  }
}

const sameOrder = (a: string[], b: string[]): boolean => a.join('\u0000') === b.join('\u0000');

export class WireObservations implements WireObserver {
  readonly json = new Observed<string>();
  readonly xmlNames = new Observed<string>();
  readonly xmlOrders = new Observed<string[]>();
  readonly namespaces = new Observed<string>();
  readonly typeNames = new Observed<string>();
  private url = '';
  private where = '';
  private reportUnmatched = true;

  constructor(private readonly sink: DiagnosticSink) {}

  at(url: string, where: string, reportUnmatched: boolean): void {
    this.url = url;
    this.where = where;
    this.reportUnmatched = reportUnmatched;
  }

  jsonName(typeId: string, clrName: string, jsonName: string): void {
    this.json.add(`${typeId}\u0000${clrName}`, jsonName, this.url, this.where);
  }
  xmlName(typeId: string, clrName: string, elementName: string): void {
    this.xmlNames.add(`${typeId}\u0000${clrName}`, elementName, this.url, this.where);
  }
  xmlOrder(typeId: string, clrNames: string[]): void {
    this.xmlOrders.add(typeId, clrNames, this.url, this.where, sameOrder);
  }
  xmlNamespace(typeId: string, namespace: string): void {
    this.namespaces.add(typeId, namespace, this.url, this.where);
  }
  xmlTypeName(typeId: string, name: string): void {
    this.typeNames.add(typeId, name, this.url, this.where);
  }
  jsonUnmatched(typeId: string, jsonName: string): void {
    this.unmatched(typeId, `JSON member "${jsonName}"`);
  }
  xmlUnmatched(typeId: string, elementName: string): void {
    this.unmatched(typeId, `XML element <${elementName}>`);
  }

  private unmatched(typeId: string, what: string): void {
    if (!this.reportUnmatched) return;
    this.sink.add({
      severity: 'info',
      code: 'sample-member-unmatched',
      url: this.url,
      pageKind: 'endpoint',
      where: this.where,
      message: `the sample's ${what} matches no property of ${typeId}; its wire name is not learnt`,
      expected: `a member named like a property of ${typeId}`,
    });
  }
}

function sampleWhere(section: string, sample: Sample): string {
  return `${section} > ${sample.mediaTypes.join(', ')} sample`;
}

interface WalkContext {
  lookup: ShapeLookup;
  /** Short name per type id: a polymorphic XML sample is matched to the alternative its root is named after. */
  typeNames: ReadonlyMap<string, string>;
  obs: WireObservations;
  sink: DiagnosticSink;
}

function walkSample(sample: Sample, types: readonly TypeRef[], section: string, op: OperationDraft, ctx: WalkContext): void {
  const { lookup, obs, sink } = ctx;
  if (sample.text === null || types.length === 0 || sample.format === 'other') return;
  const where = sampleWhere(section, sample);
  const report = (code: string, message: string, expected: string): void =>
    sink.add({ severity: 'warning', code, url: op.sourceUrl, pageKind: 'endpoint', where, message, expected });
  if (sample.format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(sample.text);
    } catch (err) {
      report('sample-not-json', `the JSON sample does not parse (${(err as Error).message}); no wire names are learnt from it`, 'a JSON document');
      return;
    }
    // Several alternatives: each is walked; only the casing of names that match is taken, so a member of another shape teaches nothing wrong.
    for (const type of types) {
      obs.at(op.sourceUrl, where, types.length === 1);
      walkJson(value, type, lookup, obs);
    }
    return;
  }
  let root;
  try {
    root = parseXmlSample(sample.text);
  } catch (err) {
    if (!(err instanceof XmlSampleError)) throw err;
    report('sample-not-xml', `the XML sample does not parse (${err.message}); no XML facts are learnt from it`, 'an XML document');
    return;
  }
  const rootName = root.localName ?? root.nodeName;
  const type =
    types.length === 1
      ? types[0]!
      : types.find((t) => t.kind === 'ref' && ctx.typeNames.get(t.id) === rootName);
  if (!type) {
    sink.add({ severity: 'info', code: 'xml-sample-root-unmatched', url: op.sourceUrl, pageKind: 'endpoint', where, message: `the XML sample's root <${rootName}> is none of the response's alternatives; no XML facts are learnt from it`, expected: 'a root element named after one of the alternatives' });
    return;
  }
  obs.at(op.sourceUrl, where, true);
  walkXmlRoot(root, type, lookup, obs);
}

/** Walk every sample of every operation (operations in id order, so the first observation is stable). */
export function observeSamples(operations: readonly OperationDraft[], lookup: ShapeLookup, typeNames: ReadonlyMap<string, string>, sink: DiagnosticSink): WireObservations {
  const ctx: WalkContext = { lookup, typeNames, obs: new WireObservations(sink), sink };
  for (const op of operations) {
    if (op.body) for (const s of op.requestSamples) walkSample(s, [op.body.type], 'Request Formats', op, ctx);
    const responseTypes = op.response.alternatives.length > 0 ? op.response.alternatives : op.response.type ? [op.response.type] : [];
    for (const s of op.responseSamples) walkSample(s, responseTypes, 'Response Formats', op, ctx);
  }
  return ctx.obs;
}

/** The first value the samples show; a disagreeing later sample is reported. */
function pick<T>(seen: readonly Seen<T>[], code: string, what: string, show: (v: T) => string, sink: DiagnosticSink): T | undefined {
  const [first, ...others] = seen;
  for (const other of others) {
    sink.add({
      severity: 'warning',
      code,
      url: other.url,
      pageKind: 'endpoint',
      where: other.where,
      message: `${what}: this sample shows ${show(other.value)}, the sample on ${first!.url} (${first!.where}) shows ${show(first!.value)}, which is kept`,
      expected: show(first!.value),
    });
  }
  return first?.value;
}

/** DataContract member order: the sample's, completed with unseen members in ordinal order; else ordinal. */
function memberOrder(fact: ComplexFact, seen: readonly Seen<string[]>[], sink: DiagnosticSink): string[] {
  const ordinal = fact.members.map((m) => m.name).sort(compareOrdinal);
  const shown = pick(seen, 'xml-order-conflict', `member order of ${fact.id}`, (v) => v.join(', '), sink);
  if (!shown) return ordinal;
  const missing = ordinal.filter((n) => !shown.includes(n));
  if (missing.length > 0) {
    sink.add({
      severity: 'info',
      code: 'xml-sample-incomplete',
      url: seen[0]!.url,
      pageKind: 'endpoint',
      where: seen[0]!.where,
      message: `the XML sample of ${fact.id} lacks ${missing.join(', ')}; they are placed last in ordinal order`,
      expected: 'every member of the type',
    });
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

export function complexType(fact: ComplexFact, sources: string[], obs: WireObservations, sink: DiagnosticSink): ComplexType {
  const properties = fact.members.map((m): Property => {
    const key = `${fact.id}\u0000${m.name}`;
    const json = pick(obs.json.get(key), 'json-name-conflict', `JSON name of ${fact.id}.${m.name}`, (v) => `"${v}"`, sink);
    const xml = pick(obs.xmlNames.get(key), 'xml-name-conflict', `XML element of ${fact.id}.${m.name}`, (v) => `<${v}>`, sink);
    return {
      clrName: m.name,
      jsonName: json ?? jsonCamelCase(m.name),
      jsonNameSource: json === undefined ? 'rule' : 'sample',
      xmlName: xml ?? m.name,
      type: m.type,
      required: m.required,
      constraints: m.constraints,
      description: m.description,
      notes: m.notes,
    };
  });
  return {
    kind: 'complex',
    id: fact.id,
    name: fact.name,
    description: fact.description,
    xml: xmlInfo(fact.id, fact.name, obs, sink),
    properties,
    xmlOrder: memberOrder(fact, obs.xmlOrders.get(fact.id), sink),
    sources,
  };
}

export function enumType(fact: EnumFact, sources: string[], obs: WireObservations, sink: DiagnosticSink): EnumType {
  return {
    kind: 'enum',
    id: fact.id,
    name: fact.name,
    description: fact.description,
    xml: xmlInfo(fact.id, fact.name, obs, sink),
    members: fact.members,
    sources,
  };
}
