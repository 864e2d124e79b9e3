/**
 * A small hand-built IR for the diff tests, with one type per way of being used: sent only
 * (`Contact_Create`, nested `Contact_Phone`, enum `Models_ContactType`), read only (`Contact_Contact`,
 * `Contact_Company`, enum `Contact_Status`), both (`Models_Address`), and by nobody (`Legacy_Thing`).
 * Also the churn a fresh crawl brings without any API change: new sample dates and GUIDs, other
 * sources, diagnostics and page lists.
 */
import type { ApiIR, ComplexType, EnumType, Operation, Parameter, Property, Sample, TypeRef } from '../ir/schema.js';

const HELP = 'https://connect.maklare.vitec.net/Help';
const NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';

export const str: TypeRef = { kind: 'simple', name: 'string' };
export const int: TypeRef = { kind: 'simple', name: 'integer' };
export const bool: TypeRef = { kind: 'simple', name: 'boolean' };
export const ref = (id: string): TypeRef => ({ kind: 'ref', id });
export const list = (items: TypeRef): TypeRef => ({ kind: 'collection', items });

export function prop(clrName: string, type: TypeRef, extra: Partial<Property> = {}): Property {
  return {
    clrName,
    jsonName: clrName.charAt(0).toLowerCase() + clrName.slice(1),
    jsonNameSource: 'sample',
    xmlName: clrName,
    type,
    required: false,
    constraints: {},
    description: `${clrName}.`,
    notes: [],
    ...extra,
  };
}

export function complex(id: string, properties: Property[]): ComplexType {
  const name = id.slice(id.indexOf('_') + 1);
  return {
    kind: 'complex',
    id,
    name,
    description: `Model ${name}.`,
    xml: { name, namespace: `${NS}.${id.slice(0, id.indexOf('_'))}`, source: 'sample' },
    properties,
    xmlOrder: properties.map((p) => p.clrName).sort(),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
  };
}

function enumType(id: string, members: readonly (readonly [string, number])[]): EnumType {
  const name = id.slice(id.indexOf('_') + 1);
  return {
    kind: 'enum',
    id,
    name,
    description: `Enum ${name}.`,
    xml: { name, namespace: null, source: 'rule' },
    members: members.map(([n, value]) => ({ name: n, value, description: `${n}.` })),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
  };
}

export function param(name: string, where: 'path' | 'query', type: TypeRef, extra: Partial<Parameter> = {}): Parameter {
  return {
    name,
    in: where,
    type,
    required: where === 'path',
    constraints: {},
    description: `${name}.`,
    notes: [],
    ...extra,
  };
}

function jsonSample(text: string): Sample {
  return { mediaTypes: ['application/json', 'text/json'], format: 'json', text };
}

function operation(method: Operation['method'], path: string, extra: Partial<Operation>): Operation {
  const id = `${method}-${path.replace(/[{}]/g, '').replace(/\//g, '-')}`;
  return {
    id,
    method,
    path,
    group: 'Contact',
    summary: `${method} ${path}.`,
    description: '',
    sourceUrl: `${HELP}/Api/${id}`,
    parameters: [param('customerId', 'path', str)],
    body: null,
    response: { type: null, alternatives: [], description: '' },
    requestSamples: [],
    responseSamples: [],
    ...extra,
  };
}

export function baseIr(): ApiIR {
  const operations = [
    operation('GET', 'Contact/{customerId}/{contactId}', {
      parameters: [
        param('customerId', 'path', str),
        param('contactId', 'path', str),
        param('includeArchived', 'query', bool),
      ],
      response: {
        type: ref('Contact_Contact'),
        alternatives: [ref('Contact_Contact'), ref('Contact_Company')],
        description: 'The contact.',
      },
      responseSamples: [
        jsonSample(
          '{\n  "id": "5d2f4a0c-8c1e-4b7a-9f3e-2a6b8c9d0e1f",\n  "created": "2026-10-04T13:53:32.6990353+02:00"\n}',
        ),
      ],
    }),
    operation('POST', 'Contact/{customerId}', {
      parameters: [param('customerId', 'path', str), param('source', 'query', str, { constraints: { maxLength: 20 } })],
      body: { type: ref('Contact_Create'), description: 'The new contact.' },
      response: { type: str, alternatives: [], description: 'Id of the new contact.' },
      requestSamples: [jsonSample('{\n  "firstName": "sample string 1",\n  "birthDate": "2026-10-04T00:00:00"\n}')],
      responseSamples: [jsonSample('"0b7e3c1d-2f4a-4e5b-8c6d-7e8f9a0b1c2d"')],
    }),
    operation('DELETE', 'Contact/{customerId}/{contactId}', {
      parameters: [param('customerId', 'path', str), param('contactId', 'path', str)],
    }),
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  const types = [
    complex('Contact_Company', [prop('Id', str, { required: true }), prop('OrgNumber', str)]),
    complex('Contact_Contact', [
      prop('Id', str, { required: true }),
      prop('Name', str, { constraints: { maxLength: 80 } }),
      prop('Address', ref('Models_Address')),
      prop('Status', ref('Contact_Status')),
    ]),
    complex('Contact_Create', [
      prop('FirstName', str, { required: true, constraints: { minLength: 1, maxLength: 40 } }),
      prop('Email', str),
      prop('Address', ref('Models_Address')),
      prop('Kind', ref('Models_ContactType')),
      prop('Phones', list(ref('Contact_Phone'))),
    ]),
    complex('Contact_Phone', [prop('Number', str, { required: true }), prop('Label', str)]),
    enumType('Contact_Status', [
      ['Active', 0],
      ['Archived', 1],
    ]),
    complex('Legacy_Thing', [prop('Foo', str)]),
    complex('Models_Address', [prop('Street', str, { constraints: { maxLength: 40 } }), prop('Zip', str)]),
    enumType('Models_ContactType', [
      ['Person', 0],
      ['Company', 1],
    ]),
  ];
  return {
    irVersion: 1,
    source: { helpRoot: HELP, apiBaseUrl: 'https://connect.maklare.vitec.net' },
    groups: [
      {
        id: 'Contact',
        name: 'Contact',
        description: '',
        sourceUrl: `${HELP}/Category?version=v1&categoryId=Contact`,
        operationIds: operations.map((o) => o.id),
      },
    ],
    operations,
    types,
    pages: [{ url: HELP, kind: 'index' }],
    diagnostics: [],
  };
}

const DATE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?/g;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a second page load does to sample text: other dates and GUIDs (deterministic here). */
export function regenerateDatesAndGuids(text: string, seed: number): string {
  let n = seed;
  const next = (): number => (n = (n * 1103515245 + 12345) % 2 ** 31);
  return text
    .replace(
      DATE,
      () =>
        `2031-0${(next() % 9) + 1}-1${next() % 10}T0${next() % 10}:1${next() % 10}:2${next() % 10}.${String(next()).padStart(7, '0').slice(0, 7)}+01:00`,
    )
    .replace(GUID, () =>
      Array.from({ length: 32 }, () => (next() % 16).toString(16))
        .join('')
        .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
    );
}

/** The same API as read by a later crawl: fresh samples, other sources, diagnostics and page list. */
export function recrawled(ir: ApiIR): ApiIR {
  const next = structuredClone(ir);
  next.operations.forEach((op, i) => {
    for (const s of [...op.requestSamples, ...op.responseSamples])
      if (s.text !== null) s.text = regenerateDatesAndGuids(s.text, i + 1);
    op.sourceUrl = `${op.sourceUrl}?again`;
  });
  for (const t of next.types) t.sources = [...t.sources, `${ir.source.helpRoot}/Api/Other`];
  next.pages = [...next.pages, { url: `${ir.source.helpRoot}/Extra`, kind: 'prose' }];
  next.diagnostics = [
    ...next.diagnostics,
    {
      severity: 'warning',
      code: 'page-failed',
      url: `${ir.source.helpRoot}/Extra`,
      pageKind: 'unknown',
      where: 'page',
      message: 'HTTP 500',
    },
  ];
  return next;
}

export function findType(ir: ApiIR, id: string): ComplexType {
  const type = ir.types.find((t) => t.id === id);
  if (type?.kind !== 'complex') throw new Error(`fixture: no complex type ${id}`);
  return type;
}

export function findEnum(ir: ApiIR, id: string): EnumType {
  const type = ir.types.find((t) => t.id === id);
  if (type?.kind !== 'enum') throw new Error(`fixture: no enum ${id}`);
  return type;
}

export function findOperation(ir: ApiIR, id: string): Operation {
  const op = ir.operations.find((o) => o.id === id);
  if (!op) throw new Error(`fixture: no operation ${id}`);
  return op;
}

export function findProperty(ir: ApiIR, typeId: string, clrName: string): Property {
  const p = findType(ir, typeId).properties.find((q) => q.clrName === clrName);
  if (!p) throw new Error(`fixture: no property ${typeId}.${clrName}`);
  return p;
}
