/**
 * Walking every operation's samples with the merged types and recording what they show, per type and
 * member, with where each value was first met; deciding from it is wire-decide.ts.
 */
import type { Operation, Sample, TypeRef } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { OperationDraft } from './facts.js';
import { walkJson, walkXmlRoot, xsiTypeName, type ShapeLookup, type WireObserver } from './wire-names.js';
import { parseXmlSample, XmlSampleError, type SampleElement } from './xml-sample.js';

export type XmlRoot = NonNullable<Operation['response']['xmlRoot']>;

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface Seen<T> {
  value: T;
  url: string;
  where: string;
}

/** Values per key in the order first met, each with where it was first met. */
class Observed<T> {
  private readonly map = new Map<string, Seen<T>[]>();

  add(key: string, value: T, url: string, where: string, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
    const list = this.map.get(key);
    if (list === undefined) this.map.set(key, [{ value, url, where }]);
    else if (!list.some((s) => same(s.value, value))) list.push({ value, url, where });
  }

  get(key: string): Seen<T>[] {
    return this.map.get(key) ?? [];
  }

  /** Every key with what was seen for it, in the order first met. */
  entries(): [string, Seen<T>[]][] {
    return [...this.map];
  }
}

const sameOrder = (a: string[], b: string[]): boolean => a.join('\u0000') === b.join('\u0000');

export class WireObservations implements WireObserver {
  readonly json = new Observed<string>();
  /** Each JSON name once per page that shows it (`json` keeps only a value's first page): the casing votes. */
  readonly jsonPerPage = new Observed<string>();
  readonly xmlNames = new Observed<string>();
  readonly xmlOrders = new Observed<string[]>();
  readonly namespaces = new Observed<string>();
  readonly typeNames = new Observed<string>();
  /** Property types refined by the samples, by type id and CLR name. */
  readonly refinedTypes = new Observed<TypeRef>();
  /** Body and response types refined by the samples, by operation id and `body` or `response`. */
  readonly operationTypes = new Observed<TypeRef>();
  /** The base contract polymorphic responses are written under, by operation id. */
  readonly xmlRoots = new Observed<XmlRoot>();
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
    this.jsonPerPage.add(`${typeId}\u0000${clrName}\u0000${this.url}`, jsonName, this.url, this.where);
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
  xmlRefinedType(typeId: string, clrName: string, type: TypeRef): void {
    this.refinedTypes.add(`${typeId}\u0000${clrName}`, type, this.url, this.where, sameJson);
  }
  operationType(opId: string, part: 'body' | 'response', type: TypeRef): void {
    this.operationTypes.add(`${opId}\u0000${part}`, type, this.url, this.where, sameJson);
  }
  xmlRoot(opId: string, root: XmlRoot): void {
    this.xmlRoots.add(opId, root, this.url, this.where, sameJson);
  }
  jsonUnmatched(typeId: string, jsonName: string): void {
    this.unmatched(typeId, `JSON member "${jsonName}"`);
  }
  xmlUnmatched(typeId: string, elementName: string): void {
    this.unmatched(typeId, `XML element <${elementName}>`);
  }

  private unmatched(typeId: string, what: string): void {
    if (!this.reportUnmatched) return;
    this.sink.report(
      'sample-member-unmatched',
      { url: this.url, pageKind: 'endpoint', where: this.where },
      { member: what, typeId },
    );
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
  /**
   * XML samples parsed so far, by text (or how they failed): a quarter of the site's samples repeat
   * one another, and parsing them was the scrape's largest cost after the HTML itself. Only read.
   */
  xmlRoots: Map<string, SampleElement | XmlSampleError>;
}

function parsedXml(text: string, ctx: WalkContext): SampleElement | XmlSampleError {
  let parsed = ctx.xmlRoots.get(text);
  if (parsed === undefined) {
    try {
      parsed = parseXmlSample(text);
    } catch (err) {
      if (!(err instanceof XmlSampleError)) throw err;
      parsed = err;
    }
    ctx.xmlRoots.set(text, parsed);
  }
  return parsed;
}

function walkSample(
  sample: Sample,
  types: readonly TypeRef[],
  part: 'body' | 'response',
  op: OperationDraft,
  ctx: WalkContext,
): void {
  const section = part === 'body' ? 'Request Formats' : 'Response Formats';
  const { lookup, obs, sink } = ctx;
  if (sample.text === null || types.length === 0 || sample.format === 'other') return;
  const where = sampleWhere(section, sample);
  const place = { url: op.sourceUrl, pageKind: 'endpoint', where } as const;
  if (sample.format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(sample.text);
    } catch (err) {
      sink.report('sample-not-json', place, { error: (err as Error).message });
      return;
    }
    // Several alternatives: each is walked; only the casing of names that match is taken, so a member of another shape teaches nothing wrong.
    for (const type of types) {
      obs.at(op.sourceUrl, where, types.length === 1);
      walkJson(value, type, lookup, obs);
    }
    return;
  }
  const root = parsedXml(sample.text, ctx);
  if (root instanceof XmlSampleError) {
    sink.report('sample-not-xml', place, { error: root.message });
    return;
  }
  const rootName = root.localName;
  const named = (name: string | null): TypeRef | undefined =>
    types.find((t) => {
      const ref = t.kind === 'collection' ? t.items : t;
      return ref.kind === 'ref' && ctx.typeNames.get(ref.id) === name;
    });
  const type = types.length === 1 ? types[0]! : named(rootName);
  obs.at(op.sourceUrl, where, true);
  if (type) {
    const refined = walkXmlRoot(root, type, lookup, obs);
    if (types.length === 1 && refined !== type) obs.operationType(op.id, part, refined);
    return;
  }
  // A polymorphic result under its declared base contract: the root, or each item of an `ArrayOf…`
  // root, names its alternative in `i:type`.
  const tagged = xsiTypeName(root) !== null ? [root] : root.children.filter((c) => xsiTypeName(c) !== null);
  const matched = tagged.flatMap((el) => {
    const alt = named(xsiTypeName(el));
    return alt === undefined ? [] : [{ el, alt: alt.kind === 'collection' ? alt.items : alt }];
  });
  if (matched.length === 0) {
    sink.report('xml-sample-root-unmatched', place, { root: rootName });
    return;
  }
  for (const { el, alt } of matched) walkXmlRoot(el, alt, lookup, obs);
  const base = matched[0]!.el;
  obs.xmlRoot(op.id, { name: base.localName, namespace: base.namespaceURI });
  // Typed items under an `ArrayOf…` root: the page lists only the models, the sample shows a list of them.
  const first = types[0]!;
  if (base !== root && first.kind !== 'collection')
    obs.operationType(op.id, part, { kind: 'collection', items: first });
}

/** Walk every sample of every operation (operations in id order, so the first observation is stable). */
export function observeSamples(
  operations: readonly OperationDraft[],
  lookup: ShapeLookup,
  typeNames: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
): WireObservations {
  const ctx: WalkContext = { lookup, typeNames, obs: new WireObservations(sink), sink, xmlRoots: new Map() };
  for (const op of operations) {
    if (op.body) for (const s of op.requestSamples) walkSample(s, [op.body.type], 'body', op, ctx);
    const responseTypes =
      op.response.alternatives.length > 0 ? op.response.alternatives : op.response.type ? [op.response.type] : [];
    for (const s of op.responseSamples) walkSample(s, responseTypes, 'response', op, ctx);
  }
  return ctx.obs;
}
