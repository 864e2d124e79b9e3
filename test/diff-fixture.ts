/**
 * A small hand-built IR for the diff tests, with one type per way of being used: sent only
 * (`Contact_Create`, nested `Contact_Phone`, enum `Models_ContactType`), read only (`Contact_Contact`,
 * `Contact_Company`, enum `Contact_Status`), both (`Models_Address`), and by nobody (`Legacy_Thing`).
 * Also the churn a fresh crawl brings without any API change: new sample dates and GUIDs, other
 * sources, diagnostics and page lists.
 */
import type { ApiIR, ComplexType, EnumType, Operation, Property } from '../ir/schema.js';
import {
  bool,
  complexType,
  enumMember,
  enumType,
  group,
  HELP,
  irDocument,
  list,
  operation,
  parameter,
  property,
  ref,
  sample,
  str,
} from './ir-builders.js';

export function baseIr(): ApiIR {
  const operations = [
    operation('GET', 'Contact/{customerId}/{contactId}', {
      summary: 'GET Contact/{customerId}/{contactId}.',
      parameters: [
        parameter('customerId', 'path', str),
        parameter('contactId', 'path', str),
        parameter('includeArchived', 'query', bool),
      ],
      response: {
        type: ref('Contact_Contact'),
        alternatives: [ref('Contact_Contact'), ref('Contact_Company')],
        description: 'The contact.',
      },
      responseSamples: [
        sample(
          'json',
          '{\n  "id": "5d2f4a0c-8c1e-4b7a-9f3e-2a6b8c9d0e1f",\n  "created": "2026-10-04T13:53:32.6990353+02:00"\n}',
        ),
      ],
    }),
    operation('POST', 'Contact/{customerId}', {
      parameters: [
        parameter('customerId', 'path', str),
        parameter('source', 'query', str, { constraints: { maxLength: 20 } }),
      ],
      body: { type: ref('Contact_Create'), description: 'The new contact.' },
      response: { type: str, alternatives: [], description: 'Id of the new contact.' },
      requestSamples: [sample('json', '{\n  "firstName": "sample string 1",\n  "birthDate": "2026-10-04T00:00:00"\n}')],
      responseSamples: [sample('json', '"0b7e3c1d-2f4a-4e5b-8c6d-7e8f9a0b1c2d"')],
    }),
    operation('DELETE', 'Contact/{customerId}/{contactId}'),
  ];
  return irDocument({
    groups: [group('Contact', { operationIds: operations.map((o) => o.id).sort() })],
    operations,
    types: [
      complexType('Contact_Company', [property('Id', str, { required: true }), property('OrgNumber', str)]),
      complexType('Contact_Contact', [
        property('Id', str, { required: true }),
        property('Name', str, { constraints: { maxLength: 80 } }),
        property('Address', ref('Models_Address')),
        property('Status', ref('Contact_Status')),
      ]),
      complexType('Contact_Create', [
        property('FirstName', str, { required: true, constraints: { minLength: 1, maxLength: 40 } }),
        property('Email', str, { description: 'Email.' }),
        property('Address', ref('Models_Address')),
        property('Kind', ref('Models_ContactType')),
        property('Phones', list(ref('Contact_Phone'))),
      ]),
      complexType('Contact_Phone', [property('Number', str, { required: true }), property('Label', str)]),
      enumType('Contact_Status', [
        enumMember('Active', { value: 0, description: 'Active.' }),
        enumMember('Archived', { value: 1 }),
      ]),
      complexType('Legacy_Thing', [property('Foo', str)]),
      complexType('Models_Address', [
        property('Street', str, { constraints: { maxLength: 40 } }),
        property('Zip', str),
      ]),
      enumType('Models_ContactType', [enumMember('Person', { value: 0 }), enumMember('Company', { value: 1 })]),
    ],
    pages: [{ url: HELP, kind: 'index' }],
  });
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
