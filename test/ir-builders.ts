/**
 * Builders of IR values for tests: one dialect for every hand-built IR. Each builder takes what
 * identifies the value and a partial override of the rest. The defaults are the plainest values
 * `ir/schema.ts` accepts for the Vitec site (wire names as its samples show them, empty texts, ids and
 * URLs derived the way the scraper derives them), so a test spells out only what it is about.
 */
import { jsonCamelCase } from '../ir/dotnet.js';
import { modelPrefix, modelShortName } from '../ir/model-id.js';
import { compareCodeUnits } from '../ir/order.js';
import { placeholders } from '../ir/path-template.js';
import {
  ApiIR,
  IR_VERSION,
  type ComplexType,
  type EnumMember,
  type EnumType,
  type Group,
  type Operation,
  type Parameter,
  type Property,
  type Sample,
  type SimpleName,
  type TypeRef,
  type XmlInfo,
} from '../ir/schema.js';
import { unresolvedModels } from '../scraper/unresolved-models.js';

export const HELP = 'https://connect.maklare.vitec.net/Help';
const MODELS_NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';

export const simple = (name: SimpleName): TypeRef => ({ kind: 'simple', name });
export const str = simple('string');
export const int = simple('integer');
export const bool = simple('boolean');
export const binary: TypeRef = { kind: 'binary' };
export const ref = (id: string): TypeRef => ({ kind: 'ref', id });
export const list = (items: TypeRef): TypeRef => ({ kind: 'collection', items });
export const dict = (key: TypeRef, value: TypeRef): TypeRef => ({ kind: 'dictionary', key, value });
export const unknown = (phrase: string): TypeRef => ({ kind: 'unknown', phrase });

/** The IR's `source`: the Vitec help site unless told otherwise. */
export function site(overrides: Partial<ApiIR['source']> = {}): ApiIR['source'] {
  return { helpRoot: HELP, apiBaseUrl: 'https://connect.maklare.vitec.net', ...overrides };
}

/** A member whose JSON name a sample shows, spelt as the naming rule would spell it. */
export function property(clrName: string, type: TypeRef, overrides: Partial<Property> = {}): Property {
  return {
    clrName,
    jsonName: jsonCamelCase(clrName),
    jsonNameSource: 'sample',
    xmlName: clrName,
    type,
    required: false,
    constraints: {},
    description: '',
    notes: [],
    ...overrides,
  };
}

type TypeOverrides<T extends { xml: XmlInfo }> = Partial<Omit<T, 'kind' | 'id' | 'xml'>> & { xml?: Partial<XmlInfo> };

/** A complex type as its model page gives it; `xml` overrides merge, as a sample's facts refine the rule's. */
export function complexType(
  id: string,
  properties: Property[],
  { xml, ...overrides }: TypeOverrides<ComplexType> = {},
): ComplexType {
  const name = modelShortName(id);
  const prefix = modelPrefix(id);
  return {
    kind: 'complex',
    id,
    name,
    description: '',
    xml: { name, namespace: prefix === null ? MODELS_NS : `${MODELS_NS}.${prefix}`, source: 'sample', ...xml },
    properties,
    xmlOrder: properties.map((p) => p.clrName).sort(compareCodeUnits),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
    pageUrl: modelPageOf(overrides.sources ?? [`${HELP}/ResourceModel?modelName=${id}`]),
    ...overrides,
  };
}

/** The model page among a type's sources, as the scraper sets `pageUrl`: null when only endpoint pages define it. */
function modelPageOf(sources: readonly string[]): string | null {
  return sources.find((s) => /\/(ResourceModel|EnumerationReference)\?/.test(s)) ?? null;
}

export function enumMember(name: string, overrides: Partial<EnumMember> = {}): EnumMember {
  return { name, value: null, description: '', ...overrides };
}

/** An enum as its model page gives it; enum samples never show a namespace, so the rule names it. */
export function enumType(
  id: string,
  members: EnumMember[],
  { xml, ...overrides }: TypeOverrides<EnumType> = {},
): EnumType {
  const name = modelShortName(id);
  return {
    kind: 'enum',
    id,
    name,
    description: '',
    xml: { name, namespace: null, source: 'rule', ...xml },
    members,
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
    pageUrl: modelPageOf(overrides.sources ?? [`${HELP}/ResourceModel?modelName=${id}`]),
    ...overrides,
  };
}

export function parameter(
  name: string,
  where: Parameter['in'],
  type: TypeRef,
  overrides: Partial<Parameter> = {},
): Parameter {
  return {
    name,
    in: where,
    type,
    required: where === 'path',
    constraints: {},
    description: '',
    notes: [],
    ...overrides,
  };
}

const STOCK_MEDIA_TYPES: Record<Sample['format'], string[]> = {
  json: ['application/json', 'text/json'],
  xml: ['application/xml', 'text/xml'],
  other: ['application/octet-stream'],
};

/** A sample tab; the media types default to the stock formatter's for the format. */
export function sample(
  format: Sample['format'],
  text: string | null,
  mediaTypes: string[] = STOCK_MEDIA_TYPES[format],
): Sample {
  return { mediaTypes, format, text };
}

/**
 * An operation with the help id the site gives its route (`POST-User-Notify-customerId`) unless
 * told another (an overload's), its help page at that id, listed under the group of its first path
 * segment, with each path placeholder a string path parameter.
 */
export function operation(method: Operation['method'], path: string, overrides: Partial<Operation> = {}): Operation {
  const id = overrides.id ?? `${method}-${path.replace(/[{}]/g, '').replace(/\//g, '-')}`;
  return {
    id,
    method,
    path,
    group: path.split('/')[0]!,
    summary: '',
    description: '',
    sourceUrl: `${HELP}/Api/${id}`,
    parameters: placeholders(path).map((name) => parameter(name, 'path', str)),
    body: null,
    response: { type: null, alternatives: [], description: '' },
    requestSamples: [],
    responseSamples: [],
    ...overrides,
  };
}

export function group(id: string, overrides: Partial<Group> = {}): Group {
  return {
    id,
    name: id,
    description: '',
    sourceUrl: `${HELP}/Category?version=v1&categoryId=${id}`,
    operationIds: [],
    ...overrides,
  };
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    compareCodeUnits(key(a), key(b));

/**
 * A whole IR document, sorted as every producer sorts it and checked against the IR's schema, so
 * a fixture cannot drift from the contract the stages read.
 */
export function irDocument(overrides: Partial<ApiIR> = {}): ApiIR {
  const ir: ApiIR = {
    irVersion: IR_VERSION,
    source: site(),
    jsonNaming: 'camel',
    groups: [],
    operations: [],
    types: [],
    pages: [],
    diagnostics: [],
    unresolvedModels: [],
    ...overrides,
  };
  ir.groups = [...ir.groups].sort(byKey((g) => g.id));
  ir.operations = [...ir.operations].sort(byKey((o) => o.id));
  ir.types = [...ir.types].sort(byKey((t) => t.id));
  ir.pages = [...ir.pages].sort(byKey((p) => p.url));
  ir.diagnostics = [...ir.diagnostics].sort(byKey((d) => [d.url, d.where, d.code, d.message].join('\0')));
  // As the scraper names them, from the operations and types above, unless a test gives its own.
  if (overrides.unresolvedModels === undefined) ir.unresolvedModels = unresolvedModels(ir.operations, ir.types);
  ApiIR.parse(ir);
  return ir;
}
