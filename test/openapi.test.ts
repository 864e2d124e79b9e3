import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';

import { ApiIR, IR_VERSION, type Sample, type TypeDef, type TypeRef } from '../ir/schema.js';
import {
  serializeOpenApi,
  toOpenApi,
  type MediaTypeObject,
  type OpenApiDocument,
  type SchemaObject,
} from '../openapi/index.js';
import { componentNames, sanitizeComponentName } from '../openapi/names.js';
import { ExampleRegistry } from '../openapi/operations.js';
import {
  bodySchema,
  constraintKeywords,
  nullable,
  schemaContext,
  schemaForType,
  type SchemaContext,
} from '../openapi/schemas.js';
import { fixtureIr } from './openapi-fixture.js';
import { brokenRefs, refs, resolvePointer } from './openapi-refs.js';

const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';

function context(): SchemaContext {
  return schemaContext(fixtureIr());
}

function schemaOf(doc: OpenApiDocument, name: string): SchemaObject {
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`no component ${name}`);
  return schema;
}

/** The value of a media type's sample, through its reference into `components.examples` (or, for text, `x-serialized-examples`). */
function sampleValue(doc: OpenApiDocument, media: MediaTypeObject | undefined): unknown {
  const example = media?.examples?.helpPage ?? media?.['x-serialized-examples']?.helpPage;
  if (example === undefined) return undefined;
  if (!('$ref' in example)) throw new Error('examples are expected by reference');
  return (resolvePointer(doc, example.$ref) as { value: unknown }).value;
}

describe('the fixture', () => {
  it('is a valid IR', () => {
    expect(ApiIR.safeParse(fixtureIr()).success).toBe(true);
  });
});

describe('schemaForType', () => {
  const cases: [string, TypeRef, SchemaObject][] = [
    ['string', { kind: 'simple', name: 'string' }, { type: 'string' }],
    ['integer', { kind: 'simple', name: 'integer' }, { type: 'integer', format: 'int64' }],
    ['decimal', { kind: 'simple', name: 'decimal' }, { type: 'number' }],
    ['boolean', { kind: 'simple', name: 'boolean' }, { type: 'boolean' }],
    ['date', { kind: 'simple', name: 'date' }, { type: 'string', format: 'date-time' }],
    ['guid', { kind: 'simple', name: 'guid' }, { type: 'string', format: 'uuid' }],
    ['uri', { kind: 'simple', name: 'uri' }, { type: 'string', format: 'uri' }],
    ['byte', { kind: 'simple', name: 'byte' }, { type: 'integer', minimum: 0, maximum: 255 }],
    ['char', { kind: 'simple', name: 'char' }, { type: 'string', minLength: 1, maxLength: 1 }],
    ['object', { kind: 'simple', name: 'object' }, {}],
    ['binary', { kind: 'binary' }, { type: 'string', contentEncoding: 'base64' }],
    ['ref', { kind: 'ref', id: 'User_Notification' }, { $ref: '#/components/schemas/User_Notification' }],
    ['ref to an unsafe id', { kind: 'ref', id: 'Models_Page`1' }, { $ref: '#/components/schemas/Models_Page_1' }],
    [
      'collection of string',
      { kind: 'collection', items: { kind: 'simple', name: 'string' } },
      {
        type: 'array',
        items: { type: 'string', xml: { name: 'string', namespace: ARRAYS_NS } },
        xml: { wrapped: true },
      },
    ],
    [
      'collection of a model',
      { kind: 'collection', items: { kind: 'ref', id: 'Crm_CrmPersonContact' } },
      {
        type: 'array',
        items: { $ref: '#/components/schemas/Crm_CrmPersonContact', xml: { name: 'CrmPersonContact' } },
        xml: { wrapped: true },
      },
    ],
    [
      'dictionary string -> integer',
      { kind: 'dictionary', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
      { type: 'object', additionalProperties: { type: 'integer', format: 'int64' } },
    ],
    [
      'dictionary integer -> string',
      { kind: 'dictionary', key: { kind: 'simple', name: 'integer' }, value: { kind: 'simple', name: 'string' } },
      { type: 'object', propertyNames: { pattern: '^-?[0-9]+$' }, additionalProperties: { type: 'string' } },
    ],
    [
      'dictionary enum -> string',
      { kind: 'dictionary', key: { kind: 'ref', id: 'Models_ContactType' }, value: { kind: 'simple', name: 'string' } },
      {
        type: 'object',
        propertyNames: { $ref: '#/components/schemas/Models_ContactType' },
        additionalProperties: { type: 'string' },
      },
    ],
    [
      'unknown',
      { kind: 'unknown', phrase: 'Tuple of A and B' },
      { description: 'Type not understood from the help page: "Tuple of A and B".' },
    ],
    [
      'dangling ref',
      { kind: 'ref', id: 'Missing_Model' },
      {
        description: 'Undocumented model `Missing_Model`: the help pages link to it, but its model page was not read.',
      },
    ],
  ];
  it.each(cases)('%s', (_name, ref, expected) => {
    expect(schemaForType(ref, context())).toEqual(expected);
  });

  it('maps timespan to a string and says what it looks like on each wire', () => {
    const schema = schemaForType({ kind: 'simple', name: 'timespan' }, context());
    expect(schema.type).toBe('string');
    expect(schema.format).toBeUndefined();
    expect(schema.description).toMatch(/hh:mm:ss.*ISO 8601/);
  });
});

describe('bodySchema: the XML root of a whole body', () => {
  const cases: [string, TypeRef, SchemaObject['xml'] | undefined][] = [
    ['boolean', { kind: 'simple', name: 'boolean' }, { name: 'boolean', namespace: SERIALIZATION_NS }],
    [
      'collection of string',
      { kind: 'collection', items: { kind: 'simple', name: 'string' } },
      { name: 'ArrayOfstring', namespace: ARRAYS_NS, wrapped: true },
    ],
    [
      'collection of a model',
      { kind: 'collection', items: { kind: 'ref', id: 'User_Notification' } },
      {
        name: 'ArrayOfNotification',
        namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User',
        wrapped: true,
      },
    ],
    ['model (named on its component)', { kind: 'ref', id: 'User_Notification' }, undefined],
    ['unknown', { kind: 'unknown', phrase: '?' }, undefined],
  ];
  it.each(cases)('%s', (_name, ref, xml) => {
    expect(bodySchema(ref, context()).xml).toEqual(xml);
  });
});

describe('constraintKeywords', () => {
  const cases: [string, Parameters<typeof constraintKeywords>[0], SchemaObject][] = [
    ['none', {}, {}],
    ['length', { minLength: 1, maxLength: 40 }, { minLength: 1, maxLength: 40 }],
    ['range', { minimum: 0, maximum: 10.5 }, { minimum: 0, maximum: 10.5 }],
    ['pattern', { pattern: '^[0-9]+$' }, { pattern: '^[0-9]+$' }],
    ['zero is kept', { minLength: 0, minimum: 0 }, { minLength: 0, minimum: 0 }],
  ];
  it.each(cases)('%s', (_name, constraints, expected) => {
    expect(constraintKeywords(constraints)).toEqual(expected);
  });
});

describe('nullable: JSON Schema 2020-12 null', () => {
  const cases: [string, SchemaObject, SchemaObject][] = [
    ['a type gains null', { type: 'string', maxLength: 4 }, { type: ['string', 'null'], maxLength: 4 }],
    ['a type list gains null once', { type: ['integer', 'null'] }, { type: ['integer', 'null'] }],
    [
      'a $ref becomes anyOf with null, its siblings kept',
      { $ref: '#/components/schemas/A', description: 'd' },
      { description: 'd', anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
    ],
    ['any value already admits null', { description: 'anything' }, { description: 'anything' }],
  ];
  it.each(cases)('%s', (_name, schema, expected) => {
    expect(nullable(schema)).toEqual(expected);
  });
});

describe('component names', () => {
  it.each([
    ['User_Notification', 'User_Notification'],
    ['Models_Page`1', 'Models_Page_1'],
    ['Models_PageOf[Estate]', 'Models_PageOf_Estate_'],
    ['a.b-c', 'a.b-c'],
    ['', '_'],
  ])('%s -> %s', (id, name) => {
    expect(sanitizeComponentName(id)).toBe(name);
  });

  it('keeps names unique when two ids sanitise alike, independent of input order', () => {
    const types = ['A+B', 'A_B', 'A B'].map((id): TypeDef => ({
      kind: 'enum',
      id,
      name: id,
      description: '',
      xml: { name: id, namespace: null, source: 'rule' },
      members: [],
      sources: [],
      pageUrl: null,
    }));
    const expected = new Map([
      ['A B', 'A_B'],
      ['A+B', 'A_B-2'],
      ['A_B', 'A_B-3'],
    ]);
    expect(componentNames(types)).toEqual(expected);
    expect(componentNames([...types].reverse())).toEqual(expected);
  });
});

describe('ExampleRegistry', () => {
  it('keeps one example per sample under a unique, sorted, safe name', () => {
    const registry = new ExampleRegistry();
    const json: Sample = { mediaTypes: ['application/json'], format: 'json', text: '{"a":1}' };
    expect(registry.add('op.response.application/json', json)).toEqual({
      examples: { helpPage: { $ref: '#/components/examples/op.response.application_json' } },
    });
    expect(registry.add('op.response.application/json', json)).toEqual({
      examples: { helpPage: { $ref: '#/components/examples/op.response.application_json-2' } },
    });
    expect(registry.add('op.response.text/json', { ...json, text: null })).toBeNull();
    expect(registry.add('op.response.other', { mediaTypes: ['text/x-base64'], format: 'other', text: 'QEA=' })).toEqual(
      { examples: { helpPage: { $ref: '#/components/examples/op.response.other' } } },
    );
    expect(registry.toObject()).toEqual({
      'op.response.application_json': { summary: 'Sample from the help page', value: { a: 1 } },
      'op.response.application_json-2': { summary: 'Sample from the help page', value: { a: 1 } },
      'op.response.other': { summary: 'Sample from the help page', value: 'QEA=' },
    });
    expect(Object.keys(registry.toObject())).toEqual([
      'op.response.application_json',
      'op.response.application_json-2',
      'op.response.other',
    ]);
  });

  it('keeps XML and unparsable JSON samples as text, outside `examples`', () => {
    const registry = new ExampleRegistry();
    const xml: Sample = { mediaTypes: ['application/xml'], format: 'xml', text: '<a>1</a>' };
    const broken: Sample = { mediaTypes: ['application/json'], format: 'json', text: '{"a":' };
    expect(registry.add('op.response.application/xml', xml)).toEqual({
      'x-serialized-examples': { helpPage: { $ref: '#/components/x-serialized-examples/op.response.application_xml' } },
    });
    expect(registry.add('op.response.application/json', broken)).toEqual({
      'x-serialized-examples': {
        helpPage: { $ref: '#/components/x-serialized-examples/op.response.application_json' },
      },
    });
    // Names stay unique across both stores.
    expect(registry.add('op.response.application/json', { ...broken, text: '1' })).toEqual({
      examples: { helpPage: { $ref: '#/components/examples/op.response.application_json-2' } },
    });
    expect(registry.serializedObject()).toEqual({
      'op.response.application_json': { summary: 'Sample from the help page', value: '{"a":' },
      'op.response.application_xml': { summary: 'Sample from the help page', value: '<a>1</a>' },
    });
    expect(Object.keys(registry.toObject())).toEqual(['op.response.application_json-2']);
  });

  it('conforms parsed JSON samples only', () => {
    const registry = new ExampleRegistry();
    const conform = (v: unknown): unknown => ({ conformed: v });
    registry.add('j', { mediaTypes: ['application/json'], format: 'json', text: '2' }, conform);
    registry.add('x', { mediaTypes: ['application/xml'], format: 'xml', text: '<a/>' }, conform);
    expect(registry.toObject()['j']!.value).toEqual({ conformed: 2 });
    expect(registry.serializedObject()['x']!.value).toBe('<a/>');
  });
});

/** The fixture IR with the contact models' `Type` members tagged as the samples would show (Property.discriminator). */
function taggedContactsIr(): ApiIR {
  const ir = fixtureIr();
  const tag = { Crm_CrmCompanyContact: 'Company', Crm_CrmPersonContact: 'Person' } as Record<string, string>;
  ir.types = ir.types.map((t) =>
    t.kind === 'complex' && tag[t.id] !== undefined
      ? { ...t, properties: t.properties.map((p) => (p.clrName === 'Type' ? { ...p, discriminator: tag[t.id] } : p)) }
      : t,
  );
  return ir;
}

describe('toOpenApi on the fixture', () => {
  const doc = toOpenApi(fixtureIr());

  it('validates as OpenAPI 3.1', async () => {
    // Validate what is written to disk, not the object.
    const result = await new Validator().validate(JSON.parse(serializeOpenApi(doc)));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    // The validator is no rubber stamp: a response without its required description is refused.
    const broken = JSON.parse(serializeOpenApi(doc));
    broken.paths['/Misc/Broken'].get.responses['200'] = {};
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('has only $refs that resolve', () => {
    expect(refs(doc).length).toBeGreaterThan(5);
    expect(brokenRefs(doc)).toEqual([]);
    // The check itself can fail.
    expect(brokenRefs({ a: { $ref: '#/components/schemas/Nowhere' } })).toHaveLength(1);
  });

  it('gives identical output on two calls and for shuffled input', () => {
    const shuffled = fixtureIr();
    shuffled.operations.reverse();
    shuffled.types.reverse();
    shuffled.groups.reverse();
    expect(serializeOpenApi(toOpenApi(fixtureIr()))).toBe(serializeOpenApi(doc));
    expect(serializeOpenApi(toOpenApi(shuffled))).toBe(serializeOpenApi(doc));
  });

  it('writes the head: version, info, servers, Basic security', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Vitec Connect API');
    expect(doc.info.version).toMatch(new RegExp(`^ir${IR_VERSION}-[0-9a-f]{12}$`));
    expect(doc.info.description).toContain('mäklarsystemet');
    expect(doc.servers).toEqual([{ url: 'https://connect.maklare.vitec.net' }]);
    expect(doc.security).toEqual([{ basicAuth: [] }]);
    expect(doc.components.securitySchemes.basicAuth).toMatchObject({ type: 'http', scheme: 'basic' });
  });

  it('derives the version from the content only', () => {
    const changed = fixtureIr();
    changed.operations[0]!.summary = 'Tar bort något annat';
    expect(toOpenApi(changed).info.version).not.toBe(doc.info.version);
    expect(toOpenApi(fixtureIr()).info.version).toBe(doc.info.version);
  });

  it('makes tags from groups, plus one for an operation whose group is unknown', () => {
    expect(doc.tags).toEqual([
      {
        name: 'Kontakt',
        description: 'Hantera kontakter',
        externalDocs: { url: 'https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact' },
      },
      {
        name: 'Bild',
        description: 'Bilder',
        externalDocs: { url: 'https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=Image' },
      },
      {
        name: 'Användare',
        description: 'Användarfunktioner',
        externalDocs: { url: 'https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=User' },
      },
      { name: 'Misc' },
    ]);
  });

  it('sorts paths and lists each method once', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/CRM/Contact/{customerId}/Batch',
      '/CRM/Contact/{customerId}/Search',
      '/CRM/Contact/{customerId}/{contactId}',
      '/CRM/Image/GetImage',
      '/Misc/Broken',
      '/Misc/{customerId}/{id}',
      '/User/Notify/{customerId}',
    ]);
  });

  it('maps the Notify operation', () => {
    const op = doc.paths['/User/Notify/{customerId}']!.post!;
    expect(op.operationId).toBe('user_notify');
    expect(op['x-help-id']).toBe('POST-User-Notify-customerId');
    expect(op.tags).toEqual(['Användare']);
    expect(op.summary).toBe('Notifierar användare');
    expect(op['x-help-page']).toBe('https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId');
    expect(op.parameters).toEqual([{ name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }]);
    const body = op.requestBody!;
    expect(body.required).toBe(true);
    expect(Object.keys(body.content)).toEqual(['application/json', 'text/json', 'application/xml', 'text/xml']);
    const json = body.content['application/json']!;
    expect(json.schema).toEqual({ $ref: '#/components/schemas/User_Notification' });
    expect(sampleValue(doc, json)).toEqual({
      header: 'sample string 1',
      message: 'sample string 2',
      sms: true,
      express: true,
      recipients: ['sample string 1', 'sample string 2'],
    });
    expect(sampleValue(doc, body.content['text/xml'])).toMatch(/^<Notification /);
    expect(body.content['text/xml']!.examples).toBeUndefined();
    // One example per sample, shared by the alias media types.
    expect(body.content['text/json']!.examples).toEqual(json.examples);
    expect(body.content['text/xml']!['x-serialized-examples']).toEqual(
      body.content['application/xml']!['x-serialized-examples'],
    );
    expect(json.examples?.helpPage).toEqual({
      $ref: '#/components/examples/POST-User-Notify-customerId.request.application_json',
    });
    const ok = op.responses['200'];
    expect(ok.description).toBe('Notifierar användare');
    expect(ok.content!['application/json']!.schema).toEqual({
      type: 'boolean',
      xml: { name: 'boolean', namespace: SERIALIZATION_NS },
    });
    expect(sampleValue(doc, ok.content!['application/json'])).toBe(true);
  });

  it('emits the Notification model in DataContract order with XML names', () => {
    const schema = schemaOf(doc, 'User_Notification');
    expect(schema.title).toBe('Notification');
    expect(schema.xml).toEqual({
      name: 'Notification',
      namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User',
    });
    expect(Object.keys(schema.properties!)).toEqual(['express', 'header', 'message', 'recipients', 'sms']);
    expect(schema.properties!.sms).toEqual({
      type: ['boolean', 'null'],
      description: 'SMS notifiering',
      xml: { name: 'SMS' },
    });
    expect(schema.properties!.recipients).toEqual({
      type: ['array', 'null'],
      items: { type: 'string', xml: { name: 'string', namespace: ARRAYS_NS } },
      description: 'Notifierings mottagare(userId)',
      xml: { name: 'Recipients', wrapped: true },
    });
    expect(schema.required).toBeUndefined();
  });

  it('lists required properties, constraints as keywords and notes as description', () => {
    const schema = schemaOf(doc, 'Crm_CrmCompanyContact');
    expect(schema.required).toEqual(['customerId']);
    expect(schema.properties!.customerId).toEqual({
      type: 'string',
      description: 'CustomerId beskrivning\n\nKund-id krävs',
      maxLength: 40,
      xml: { name: 'CustomerId' },
    });
    expect(schema.properties!.name).toMatchObject({ minLength: 0, maxLength: 100 });
    // Optional members admit null as the SDK's `T | null` does; a $ref does so through anyOf.
    expect(schema.properties!.type).toMatchObject({
      anyOf: [{ $ref: '#/components/schemas/Models_ContactType' }, { type: 'null' }],
    });
  });

  it('emits an enum with its descriptions and known values', () => {
    expect(schemaOf(doc, 'Models_ContactType')).toEqual({
      type: 'string',
      title: 'ContactType',
      description: 'Kontakttyp',
      enum: ['Person', 'Company', 'DeceasedEstate'],
      'x-enum-descriptions': ['Person', 'Företag', 'Dödsbo'],
      'x-enum-values': [0, 1, null],
      xml: { name: 'ContactType' },
      'x-help-pages': ['https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_ContactType'],
    });
  });

  it('keeps unknown and dangling types as "anything" with a description, never a broken $ref', () => {
    const props = schemaOf(doc, 'Misc_Everything').properties!;
    expect(props.odd).toEqual({
      description: 'Odd beskrivning\n\nType not understood from the help page: "Tuple of string and integer".',
      xml: { name: 'Odd' },
    });
    expect(props.gone).toEqual({
      description:
        'Gone beskrivning\n\nUndocumented model `Missing_Model`: the help pages link to it, but its model page was not read.',
      xml: { name: 'Gone' },
    });
    expect(props.code).toMatchObject({ type: ['string', 'null'], pattern: '^[A-Z]{2}$' });
    expect(props.lists).toMatchObject({
      type: ['array', 'null'],
      items: {
        type: 'array',
        items: { type: 'integer', xml: { name: 'int', namespace: ARRAYS_NS } },
        xml: { name: 'ArrayOfint' },
      },
    });
    const broken = doc.paths['/Misc/Broken']!.get!.responses['200'].content!['application/json']!.schema;
    expect(broken.$ref).toBeUndefined();
    expect(broken.description).toContain('Missing_Model');
  });

  it('sends query keys exactly as on the wire, bound keys included', () => {
    const op = doc.paths['/CRM/Contact/{customerId}/Search']!.get!;
    expect(op.parameters!.map((p) => [p.name, p.in, p.required])).toEqual([
      ['customerId', 'path', true],
      ['name', 'query', false],
      ['PageSize', 'query', false],
      ['PageIndex', 'query', false],
    ]);
    expect(op.parameters![1]).toEqual({
      name: 'name',
      in: 'query',
      description: 'Namn\n\nKan vara null',
      required: false,
      schema: { type: 'string', maxLength: 100 },
    });
    expect(op.parameters![2]).toEqual({
      name: 'PageSize',
      in: 'query',
      description: 'Sidstorlek',
      required: false,
      schema: { type: 'integer', format: 'int64', minimum: 1, maximum: 100 },
      'x-bound-from': { parameter: 'paging', type: 'Models_Paging' },
    });
    expect(op.description).toBe('Sökningen är skiftlägesokänslig.\n\nHögst 100 träffar.');
    const ok = op.responses['200'].content!;
    expect(ok['application/json']!.schema).toMatchObject({
      type: 'array',
      xml: { name: 'ArrayOfCrmPersonContact', wrapped: true },
    });
    expect(sampleValue(doc, ok['application/json'])).toEqual([{ name: 'sample string 1' }]);
    // `Sample not available.` gives no example.
    expect(ok['application/xml']!.examples).toBeUndefined();
    expect(ok['application/xml']!['x-serialized-examples']).toBeUndefined();
  });

  it('maps a collection body and leaves out form media types', () => {
    const op = doc.paths['/CRM/Contact/{customerId}/Batch']!.post!;
    expect(Object.keys(op.requestBody!.content)).toEqual(['application/json', 'application/xml']);
    expect(op.requestBody!.description).toBe('Notifieringar');
    expect(op.requestBody!.content['application/xml']!.schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/User_Notification', xml: { name: 'Notification' } },
      xml: {
        name: 'ArrayOfNotification',
        namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User',
        wrapped: true,
      },
    });
  });

  it('maps a polymorphic response to anyOf', () => {
    const ok = doc.paths['/CRM/Contact/{customerId}/{contactId}']!.get!.responses['200'];
    expect(ok.content!['application/json']!.schema).toEqual({
      anyOf: [
        { $ref: '#/components/schemas/Crm_CrmCompanyContact' },
        { $ref: '#/components/schemas/Crm_CrmPersonContact' },
      ],
    });
  });

  it('writes the tags of a polymorphic result as const members and a discriminator', () => {
    const ir = taggedContactsIr();
    const tagged = toOpenApi(ir);
    expect(schemaOf(tagged, 'Crm_CrmPersonContact').properties!.type).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Models_ContactType', const: 'Person' }, { type: 'null' }],
      xml: { name: 'Type' },
    });
    const ok = tagged.paths['/CRM/Contact/{customerId}/{contactId}']!.get!.responses['200'];
    expect(ok.content!['application/json']!.schema.discriminator).toEqual({
      propertyName: 'type',
      mapping: {
        Company: '#/components/schemas/Crm_CrmCompanyContact',
        Person: '#/components/schemas/Crm_CrmPersonContact',
      },
    });
  });

  it('names the discriminator and maps the variant components in an operation with its own JSON casing', () => {
    const ir = taggedContactsIr();
    ir.operations.find((o) => o.id === 'GET-CRM-Contact-customerId-contactId')!.jsonNaming = 'pascal';
    const ok = toOpenApi(ir).paths['/CRM/Contact/{customerId}/{contactId}']!.get!.responses['200'];
    const schema = ok.content!['application/json']!.schema;
    expect(schema.anyOf).toEqual([
      { $ref: '#/components/schemas/Crm_CrmCompanyContact.pascalCase' },
      { $ref: '#/components/schemas/Crm_CrmPersonContact.pascalCase' },
    ]);
    expect(schema.discriminator).toEqual({
      propertyName: 'Type',
      mapping: {
        Company: '#/components/schemas/Crm_CrmCompanyContact.pascalCase',
        Person: '#/components/schemas/Crm_CrmPersonContact.pascalCase',
      },
    });
  });

  it('maps a list of polymorphic results to an array of anyOf', () => {
    const ir = fixtureIr();
    const op = ir.operations.find((o) => o.id === 'GET-CRM-Contact-customerId-contactId')!;
    op.response.type = { kind: 'collection', items: op.response.alternatives[0]! };
    const ok = toOpenApi(ir).paths['/CRM/Contact/{customerId}/{contactId}']!.get!.responses['200'];
    expect(ok.content!['application/xml']!.schema).toEqual({
      type: 'array',
      items: {
        anyOf: [
          { $ref: '#/components/schemas/Crm_CrmCompanyContact' },
          { $ref: '#/components/schemas/Crm_CrmPersonContact' },
        ],
      },
    });
  });

  it('maps a binary response per media type', () => {
    const content = doc.paths['/CRM/Image/GetImage']!.get!.responses['200'].content!;
    expect(Object.keys(content)).toEqual([
      'application/json',
      'text/json',
      'application/xml',
      'text/xml',
      'application/octet-stream',
      'text/x-base64',
    ]);
    expect(content['application/octet-stream']).toEqual({ schema: { type: 'string', format: 'binary' } });
    expect(content['application/json']!.schema).toEqual({ type: 'string', contentEncoding: 'base64' });
    expect(sampleValue(doc, content['application/json'])).toBe('QEA=');
    expect(content['application/xml']!.schema.xml).toEqual({ name: 'base64Binary', namespace: SERIALIZATION_NS });
    expect(sampleValue(doc, content['text/x-base64'])).toBe('QEA=');
  });

  it('gives a bodiless response a 200 with a description only, and declares undocumented path placeholders', () => {
    const op = doc.paths['/Misc/{customerId}/{id}']!.delete!;
    expect(op.responses).toEqual({
      '200': { description: 'OK' },
      '400': { $ref: '#/components/responses/BadRequest' },
      '401': { $ref: '#/components/responses/Unauthorized' },
      '403': { $ref: '#/components/responses/Forbidden' },
      '500': { $ref: '#/components/responses/InternalServerError' },
    });
    expect(op.tags).toEqual(['Misc']);
    expect(op.parameters!.map((p) => [p.name, p.in, p.required])).toEqual([
      ['customerId', 'path', true],
      ['id', 'path', true],
    ]);
  });
});

describe('toOpenApi on hostile member names', () => {
  it('keeps a member named __proto__ as an own property of the schema', () => {
    const ir = fixtureIr();
    const type = ir.types.find((t): t is TypeDef & { kind: 'complex' } => t.kind === 'complex')!;
    const first = type.properties[0]!;
    type.properties.unshift({ ...first, clrName: '__proto__', jsonName: '__proto__', xmlName: '__proto__' });
    const doc = JSON.parse(serializeOpenApi(toOpenApi(ir))) as OpenApiDocument;
    const schema = Object.values(doc.components.schemas).find((s) => s.title === type.name)!;
    expect(Object.hasOwn(schema.properties!, '__proto__')).toBe(true);
    const live = Object.values(toOpenApi(ir).components.schemas).find((s) => s.title === type.name)!;
    expect(Object.getPrototypeOf(live.properties)).toBe(Object.prototype);
    expect(Object.keys(live.properties!)).toContain('__proto__');
  });
});

describe('toOpenApi on bad input', () => {
  it('describes the first of two properties that share a JSON name instead of refusing the document', () => {
    const ir = fixtureIr();
    const paging = ir.types.find((t) => t.id === 'Models_Paging');
    if (paging?.kind !== 'complex') throw new Error('fixture changed');
    paging.properties[1] = { ...paging.properties[1]!, jsonName: 'pageSize', description: 'the later one' };
    paging.xmlOrder = ['PageSize', 'PageIndex'];
    const schema = toOpenApi(ir).components.schemas['Models_Paging']!;
    expect(Object.keys(schema.properties!)).toEqual(['pageSize']);
    expect(schema.properties!['pageSize']!.description).toBe('PageSize beskrivning');
  });
});
