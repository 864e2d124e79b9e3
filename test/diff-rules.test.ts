/** The classification rules, one edit of the hand-built IR per row, asserting exactly the changes found. */
import { describe, expect, it } from 'vitest';

import { diffIr, hasBreaking, type ChangeKind, type ChangeLocation, type Level } from '../diff/index.js';
import type { ApiIR } from '../ir/schema.js';
import { baseIr, findEnum, findOperation, findProperty, findType, recrawled } from './diff-fixture.js';
import { bool, complexType, int, list, parameter, property, ref, str } from './ir-builders.js';

const GET = 'GET-Contact-customerId-contactId';
const POST = 'POST-Contact-customerId';
const DELETE = 'DELETE-Contact-customerId-contactId';

type Expected = readonly [ChangeKind, Level, ChangeLocation];

interface Row {
  name: string;
  edit: (ir: ApiIR) => void;
  expected: readonly Expected[];
}

const rows: Row[] = [
  { name: 'nothing changed', edit: () => {}, expected: [] },
  {
    name: 'a recrawl: new sample dates and GUIDs, sources, diagnostics, pages',
    edit: (ir) => Object.assign(ir, recrawled(ir)),
    expected: [],
  },
  {
    name: 'the documentation order of properties and parameters',
    edit: (ir) => {
      findType(ir, 'Contact_Create').properties.reverse();
      findOperation(ir, GET).parameters.reverse();
    },
    expected: [],
  },
  {
    name: 'descriptions, quiet by default',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'Email').description = 'E-post.'),
    expected: [],
  },

  // Operations.
  {
    name: 'operation removed',
    edit: (ir) => void ir.operations.splice(0, 1),
    expected: [['operation-removed', 'breaking', { operation: DELETE }]],
  },
  {
    name: 'operation added',
    edit: (ir) =>
      void ir.operations.push({
        ...structuredClone(findOperation(ir, DELETE)),
        id: 'DELETE-Contact-customerId',
        path: 'Contact/{customerId}',
      }),
    expected: [['operation-added', 'non-breaking', { operation: 'DELETE-Contact-customerId' }]],
  },
  {
    name: 'method changed: removed and added',
    edit: (ir) => void (findOperation(ir, POST).method = 'PUT'),
    expected: [
      ['operation-added', 'non-breaking', { operation: POST }],
      ['operation-removed', 'breaking', { operation: POST }],
    ],
  },
  {
    name: 'path changed: removed and added',
    edit: (ir) => void (findOperation(ir, DELETE).path = 'contact/{customerId}/{contactId}'),
    expected: [
      ['operation-added', 'non-breaking', { operation: DELETE }],
      ['operation-removed', 'breaking', { operation: DELETE }],
    ],
  },
  {
    name: 'group changed',
    edit: (ir) => void (findOperation(ir, GET).group = 'Person'),
    expected: [['operation-group-changed', 'breaking', { operation: GET }]],
  },

  // Parameters.
  {
    name: 'required query parameter added',
    edit: (ir) => void findOperation(ir, GET).parameters.push(parameter('office', 'query', str, { required: true })),
    expected: [['required-parameter-added', 'breaking', { operation: GET, parameter: 'office' }]],
  },
  {
    name: 'optional query parameter added',
    edit: (ir) => void findOperation(ir, GET).parameters.push(parameter('office', 'query', str)),
    expected: [['parameter-added', 'non-breaking', { operation: GET, parameter: 'office' }]],
  },
  {
    name: 'query parameter removed',
    edit: (ir) => void findOperation(ir, GET).parameters.pop(),
    expected: [['parameter-removed', 'breaking', { operation: GET, parameter: 'includeArchived' }]],
  },
  {
    name: 'parameter moved from path to query: removed and added',
    edit: (ir) => void (findOperation(ir, DELETE).parameters[1]!.in = 'query'),
    expected: [
      ['parameter-removed', 'breaking', { operation: DELETE, parameter: 'contactId' }],
      ['required-parameter-added', 'breaking', { operation: DELETE, parameter: 'contactId' }],
    ],
  },
  {
    name: 'parameter type changed',
    edit: (ir) => void (findOperation(ir, GET).parameters[2]!.type = int),
    expected: [['parameter-type-changed', 'breaking', { operation: GET, parameter: 'includeArchived' }]],
  },
  {
    name: 'parameter became required',
    edit: (ir) => void (findOperation(ir, GET).parameters[2]!.required = true),
    expected: [['parameter-became-required', 'breaking', { operation: GET, parameter: 'includeArchived' }]],
  },
  {
    name: 'parameter became optional',
    edit: (ir) => void (findOperation(ir, GET).parameters[1]!.required = false),
    expected: [['parameter-became-optional', 'non-breaking', { operation: GET, parameter: 'contactId' }]],
  },
  {
    name: 'parameter maximum length lowered, minimum length added',
    edit: (ir) => void (findOperation(ir, POST).parameters[1]!.constraints = { minLength: 2, maxLength: 10 }),
    expected: [
      ['parameter-constraint-tightened', 'breaking', { operation: POST, parameter: 'source', constraint: 'maxLength' }],
      ['parameter-constraint-tightened', 'breaking', { operation: POST, parameter: 'source', constraint: 'minLength' }],
    ],
  },
  {
    name: 'parameter maximum length removed',
    edit: (ir) => void (findOperation(ir, POST).parameters[1]!.constraints = {}),
    expected: [
      [
        'parameter-constraint-loosened',
        'non-breaking',
        { operation: POST, parameter: 'source', constraint: 'maxLength' },
      ],
    ],
  },

  // Bodies and responses.
  {
    name: 'request body type changed',
    edit: (ir) => void (findOperation(ir, POST).body!.type = list(ref('Contact_Create'))),
    expected: [['request-body-type-changed', 'breaking', { operation: POST }]],
  },
  {
    name: 'request body added',
    edit: (ir) => void (findOperation(ir, DELETE).body = { type: ref('Contact_Phone'), description: '' }),
    expected: [['request-body-added', 'breaking', { operation: DELETE }]],
  },
  {
    name: 'request body removed (its type now sent by nobody)',
    edit: (ir) => void (findOperation(ir, POST).body = null),
    expected: [['request-body-removed', 'breaking', { operation: POST }]],
  },
  {
    name: 'response type changed',
    edit: (ir) => void (findOperation(ir, POST).response.type = int),
    expected: [['response-type-changed', 'breaking', { operation: POST }]],
  },
  {
    name: 'response body removed',
    edit: (ir) => void (findOperation(ir, POST).response.type = null),
    expected: [['response-body-removed', 'breaking', { operation: POST }]],
  },
  {
    name: 'response body added',
    edit: (ir) => void (findOperation(ir, DELETE).response.type = bool),
    expected: [['response-body-added', 'non-breaking', { operation: DELETE }]],
  },
  {
    name: 'response alternative added',
    edit: (ir) => void findOperation(ir, GET).response.alternatives.push(ref('Contact_Phone')),
    expected: [['response-alternative-added', 'info', { operation: GET }]],
  },
  {
    name: 'response alternative removed (the first, so the type moves too)',
    edit: (ir) => {
      const op = findOperation(ir, GET);
      op.response = { ...op.response, type: ref('Contact_Company'), alternatives: [ref('Contact_Company')] };
    },
    expected: [['response-alternative-removed', 'non-breaking', { operation: GET }]],
  },

  // Types.
  {
    name: 'type added',
    edit: (ir) => void ir.types.push(complexType('Zeta_New', [property('A', str)])),
    expected: [['type-added', 'non-breaking', { type: 'Zeta_New' }]],
  },
  {
    name: 'unused type removed',
    edit: (ir) => void (ir.types = ir.types.filter((t) => t.id !== 'Legacy_Thing')),
    expected: [['type-removed', 'info', { type: 'Legacy_Thing' }]],
  },
  {
    name: 'nested request type removed with the property that used it',
    edit: (ir) => {
      ir.types = ir.types.filter((t) => t.id !== 'Contact_Phone');
      findType(ir, 'Contact_Create').properties.pop();
    },
    expected: [
      ['property-removed', 'breaking', { type: 'Contact_Create', property: 'Phones' }],
      ['type-removed', 'breaking', { type: 'Contact_Phone' }],
    ],
  },
  {
    name: 'type kind changed',
    edit: (ir) => {
      const i = ir.types.findIndex((t) => t.id === 'Contact_Status');
      ir.types[i] = { ...complexType('Contact_Status', [property('Code', int)]) };
    },
    expected: [['type-kind-changed', 'breaking', { type: 'Contact_Status' }]],
  },
  {
    name: 'XML namespace changed (seen in samples)',
    edit: (ir) => void (findType(ir, 'Contact_Create').xml.namespace = 'http://schemas.datacontract.org/2004/07/Other'),
    expected: [['type-xml-namespace-changed', 'breaking', { type: 'Contact_Create' }]],
  },
  {
    name: 'XML root name changed, one side guessed by the rule',
    edit: (ir) => void (findType(ir, 'Contact_Contact').xml = { name: 'ContactDto', namespace: null, source: 'rule' }),
    expected: [['type-xml-name-changed', 'info', { type: 'Contact_Contact' }]],
  },
  {
    name: 'XML member order of a request type changed',
    edit: (ir) => void findType(ir, 'Contact_Phone').xmlOrder.reverse(),
    expected: [['xml-member-order-changed', 'breaking', { type: 'Contact_Phone' }]],
  },
  {
    name: 'XML member order of a response type changed',
    edit: (ir) => void findType(ir, 'Contact_Company').xmlOrder.reverse(),
    expected: [['xml-member-order-changed', 'info', { type: 'Contact_Company' }]],
  },

  // Properties.
  {
    name: 'property removed from a response type',
    edit: (ir) => void findType(ir, 'Contact_Company').properties.pop(),
    expected: [['property-removed', 'breaking', { type: 'Contact_Company', property: 'OrgNumber' }]],
  },
  {
    name: 'property removed from an unused type',
    edit: (ir) => void findType(ir, 'Legacy_Thing').properties.pop(),
    expected: [['property-removed', 'info', { type: 'Legacy_Thing', property: 'Foo' }]],
  },
  {
    name: 'optional property added to a request type',
    edit: (ir) => void findType(ir, 'Contact_Create').properties.push(property('Nickname', str)),
    expected: [['property-added', 'non-breaking', { type: 'Contact_Create', property: 'Nickname' }]],
  },
  {
    name: 'required property added to a request type',
    edit: (ir) => void findType(ir, 'Contact_Create').properties.push(property('LastName', str, { required: true })),
    expected: [['required-request-property-added', 'breaking', { type: 'Contact_Create', property: 'LastName' }]],
  },
  {
    name: 'required property added to a type nested in a request body',
    edit: (ir) => void findType(ir, 'Contact_Phone').properties.push(property('CountryCode', str, { required: true })),
    expected: [['required-request-property-added', 'breaking', { type: 'Contact_Phone', property: 'CountryCode' }]],
  },
  {
    name: 'required property added to a type both sent and read',
    edit: (ir) => void findType(ir, 'Models_Address').properties.push(property('City', str, { required: true })),
    expected: [['required-request-property-added', 'breaking', { type: 'Models_Address', property: 'City' }]],
  },
  {
    name: 'required property added to a response type',
    edit: (ir) => void findType(ir, 'Contact_Company').properties.push(property('Vat', str, { required: true })),
    expected: [['property-added', 'non-breaking', { type: 'Contact_Company', property: 'Vat' }]],
  },
  {
    name: 'property type changed',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Name').type = list(str)),
    expected: [['property-type-changed', 'breaking', { type: 'Contact_Contact', property: 'Name' }]],
  },
  {
    name: 'request property became required',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'Email').required = true),
    expected: [['request-property-became-required', 'breaking', { type: 'Contact_Create', property: 'Email' }]],
  },
  {
    name: 'response property became required',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Name').required = true),
    expected: [['property-became-required', 'non-breaking', { type: 'Contact_Contact', property: 'Name' }]],
  },
  {
    name: 'response property became optional',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Id').required = false),
    expected: [['response-property-became-optional', 'breaking', { type: 'Contact_Contact', property: 'Id' }]],
  },
  {
    name: 'request property became optional',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'FirstName').required = false),
    expected: [['property-became-optional', 'non-breaking', { type: 'Contact_Create', property: 'FirstName' }]],
  },
  {
    name: 'JSON name changed, both seen in samples',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Name').jsonName = 'fullName'),
    expected: [['property-json-name-changed', 'breaking', { type: 'Contact_Contact', property: 'Name' }]],
  },
  {
    name: 'JSON name changed, the new one guessed by the rule',
    edit: (ir) =>
      void Object.assign(findProperty(ir, 'Contact_Contact', 'Name'), { jsonName: 'nAME', jsonNameSource: 'rule' }),
    expected: [['property-json-name-changed', 'info', { type: 'Contact_Contact', property: 'Name' }]],
  },
  {
    name: 'XML element name changed',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'Email').xmlName = 'EMail'),
    expected: [['property-xml-name-changed', 'breaking', { type: 'Contact_Create', property: 'Email' }]],
  },
  {
    name: 'a polymorphic tag found in the samples',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'Kind').discriminator = 'Person'),
    expected: [['property-discriminator-changed', 'info', { type: 'Contact_Create', property: 'Kind' }]],
  },
  {
    name: 'request property: maximum length lowered, minimum length raised',
    edit: (ir) => void (findProperty(ir, 'Contact_Create', 'FirstName').constraints = { minLength: 2, maxLength: 30 }),
    expected: [
      [
        'property-constraint-tightened',
        'breaking',
        { type: 'Contact_Create', property: 'FirstName', constraint: 'maxLength' },
      ],
      [
        'property-constraint-tightened',
        'breaking',
        { type: 'Contact_Create', property: 'FirstName', constraint: 'minLength' },
      ],
    ],
  },
  {
    name: 'request property: maximum length raised, pattern added',
    edit: (ir) =>
      void (findProperty(ir, 'Contact_Create', 'FirstName').constraints = {
        minLength: 1,
        maxLength: 60,
        pattern: '^\\p{L}+$',
      }),
    expected: [
      [
        'property-constraint-loosened',
        'non-breaking',
        { type: 'Contact_Create', property: 'FirstName', constraint: 'maxLength' },
      ],
      [
        'property-constraint-tightened',
        'breaking',
        { type: 'Contact_Create', property: 'FirstName', constraint: 'pattern' },
      ],
    ],
  },
  {
    name: 'response property: maximum length raised',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Name').constraints = { maxLength: 200 }),
    expected: [
      ['property-constraint-loosened', 'info', { type: 'Contact_Contact', property: 'Name', constraint: 'maxLength' }],
    ],
  },
  {
    name: 'response property: maximum length lowered',
    edit: (ir) => void (findProperty(ir, 'Contact_Contact', 'Name').constraints = { maxLength: 50 }),
    expected: [
      [
        'property-constraint-tightened',
        'non-breaking',
        { type: 'Contact_Contact', property: 'Name', constraint: 'maxLength' },
      ],
    ],
  },
  {
    name: 'property of a type both sent and read: maximum length lowered',
    edit: (ir) => void (findProperty(ir, 'Models_Address', 'Street').constraints = { maxLength: 30 }),
    expected: [
      [
        'property-constraint-tightened',
        'breaking',
        { type: 'Models_Address', property: 'Street', constraint: 'maxLength' },
      ],
    ],
  },

  // Enums.
  {
    name: 'enum member added to an enum clients send',
    edit: (ir) => void findEnum(ir, 'Models_ContactType').members.push({ name: 'Estate', value: 2, description: '' }),
    expected: [['enum-member-added', 'non-breaking', { type: 'Models_ContactType', member: 'Estate' }]],
  },
  {
    name: 'enum member added to an enum clients read',
    edit: (ir) => void findEnum(ir, 'Contact_Status').members.push({ name: 'Deleted', value: 2, description: '' }),
    expected: [['enum-member-added', 'info', { type: 'Contact_Status', member: 'Deleted' }]],
  },
  {
    name: 'enum member removed',
    edit: (ir) => void findEnum(ir, 'Models_ContactType').members.pop(),
    expected: [['enum-member-removed', 'breaking', { type: 'Models_ContactType', member: 'Company' }]],
  },
  {
    name: 'enum member value changed',
    edit: (ir) => void (findEnum(ir, 'Contact_Status').members[1]!.value = 9),
    expected: [['enum-member-value-changed', 'info', { type: 'Contact_Status', member: 'Archived' }]],
  },
];

describe('diffIr classification', () => {
  it.each(rows)('$name', ({ edit, expected }) => {
    const before = baseIr();
    const after = structuredClone(before);
    edit(after);
    const changes = diffIr(before, after);
    expect(changes.map((c) => [c.id, c.level, c.location])).toEqual(expected);
    expect(hasBreaking(changes)).toBe(expected.some(([, level]) => level === 'breaking'));
    for (const c of changes) expect(c.message).toMatch(/^[^\n]+\.$/);
  });
});

describe('diffIr', () => {
  it('calls a polymorphic tag that changes value breaking', () => {
    const before = baseIr();
    findProperty(before, 'Contact_Create', 'Kind').discriminator = 'Person';
    const after = baseIr();
    findProperty(after, 'Contact_Create', 'Kind').discriminator = 'Company';
    expect(diffIr(before, after).map((c) => [c.id, c.level, c.before, c.after])).toEqual([
      ['property-discriminator-changed', 'breaking', 'Person', 'Company'],
    ]);
  });

  it('is the same whatever the order of the input arrays', () => {
    const before = baseIr();
    const after = structuredClone(before);
    findType(after, 'Contact_Create').properties.push(property('LastName', str, { required: true }));
    after.operations.splice(0, 1);
    findEnum(after, 'Contact_Status').members.push({ name: 'Deleted', value: 2, description: '' });
    const shuffled = structuredClone(after);
    shuffled.operations.reverse();
    shuffled.types.reverse();
    expect(diffIr(before, shuffled)).toEqual(diffIr(before, after));
    expect(diffIr(before, after).map((c) => c.id)).toEqual([
      'operation-removed',
      'required-request-property-added',
      'enum-member-added',
    ]);
  });

  it('keeps before and after values where they say something', () => {
    const before = baseIr();
    const after = structuredClone(before);
    findProperty(after, 'Contact_Contact', 'Name').type = int;
    findProperty(after, 'Contact_Create', 'FirstName').constraints.maxLength = 30;
    const [changed, lowered] = diffIr(before, after);
    expect(changed).toMatchObject({
      before: 'string',
      after: 'integer',
      message: 'Type of Contact_Contact.Name changed from string to integer.',
    });
    expect(lowered).toMatchObject({
      before: 40,
      after: 30,
      message: 'Contact_Create.FirstName: maximum length lowered from 40 to 30.',
    });
  });

  it('says when a removed operation may only have failed to load', () => {
    const before = baseIr();
    const after = structuredClone(before);
    const [gone] = after.operations.splice(0, 1);
    after.pages.push({ url: gone!.sourceUrl, kind: 'error' });
    expect(diffIr(before, after)).toEqual([
      {
        id: 'operation-removed',
        level: 'breaking',
        location: { operation: DELETE },
        message:
          'Operation DELETE Contact/{customerId}/{contactId} was removed. Its page could not be read this time, so it may only be missing from the crawl.',
        before: 'DELETE Contact/{customerId}/{contactId}',
      },
    ]);
  });

  it('says when a removed type may only have failed to load', () => {
    const before = baseIr();
    const after = structuredClone(before);
    after.types = after.types.filter((t) => t.id !== 'Contact_Status');
    after.pages.push({ url: findEnum(before, 'Contact_Status').sources[0]!, kind: 'error' });
    expect(diffIr(before, after).map((c) => [c.id, c.level, c.message])).toEqual([
      [
        'type-removed',
        'breaking',
        'Type Contact_Status was removed. A page that documented it could not be read this time, so it may only be missing from the crawl.',
      ],
    ]);
  });

  it('says when no operation uses the type', () => {
    const before = baseIr();
    const after = structuredClone(before);
    findType(after, 'Legacy_Thing').properties.push(property('Bar', str, { required: true }));
    expect(diffIr(before, after)).toEqual([
      {
        id: 'property-added',
        level: 'info',
        location: { type: 'Legacy_Thing', property: 'Bar' },
        message: 'Required property Legacy_Thing.Bar was added. No operation uses this type.',
        after: 'string',
      },
    ]);
  });

  it('reports documentation only when asked, as info', () => {
    const before = baseIr();
    const after = structuredClone(before);
    findProperty(after, 'Contact_Create', 'Email').description = 'E-post.';
    findOperation(after, GET).summary = 'Hämta kontakt.';
    findEnum(after, 'Contact_Status').members[0]!.description = 'Aktiv.';
    expect(diffIr(before, after)).toEqual([]);
    const changes = diffIr(before, after, { descriptions: true });
    expect(changes.map((c) => [c.id, c.level, c.location, c.before, c.after])).toEqual([
      ['description-changed', 'info', { operation: GET }, 'GET Contact/{customerId}/{contactId}.', 'Hämta kontakt.'],
      ['description-changed', 'info', { type: 'Contact_Create', property: 'Email' }, 'Email.', 'E-post.'],
      ['description-changed', 'info', { type: 'Contact_Status', member: 'Active' }, 'Active.', 'Aktiv.'],
    ]);
  });

  it('weighs a type by its use in either version', () => {
    // Contact_Phone is sent only in the old version (the body that reached it is gone in the new one).
    const before = baseIr();
    const after = structuredClone(before);
    findOperation(after, POST).body = { type: ref('Contact_Contact'), description: '' };
    findType(after, 'Contact_Phone').properties.push(property('Ext', str, { required: true }));
    expect(diffIr(before, after).map((c) => [c.id, c.level])).toEqual([
      ['request-body-type-changed', 'breaking'],
      ['required-request-property-added', 'breaking'],
    ]);
  });
});
