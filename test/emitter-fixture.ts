/**
 * A hand-built IR for the emitter tests: the Notify page as the seed shows it, plus one of each
 * shape the emitter must handle (query keys bound from a model, a collection body, no response, a
 * polymorphic response, enums, binary, nested and dangling references, a short-name clash, hostile
 * doc text).
 */
import type { ApiIR, ComplexType, EnumType, Operation, Parameter, Property, TypeRef } from '../ir/schema.js';

const HELP = 'https://connect.maklare.vitec.net/Help';
const NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';

const str: TypeRef = { kind: 'simple', name: 'string' };
const int: TypeRef = { kind: 'simple', name: 'integer' };
const bool: TypeRef = { kind: 'simple', name: 'boolean' };
const ref = (id: string): TypeRef => ({ kind: 'ref', id });
const list = (items: TypeRef): TypeRef => ({ kind: 'collection', items });

function prop(clrName: string, type: TypeRef, extra: Partial<Property> = {}): Property {
  const jsonName = clrName === 'SMS' ? 'sms' : clrName.charAt(0).toLowerCase() + clrName.slice(1);
  return {
    clrName,
    jsonName,
    jsonNameSource: 'sample',
    xmlName: clrName,
    type,
    required: false,
    constraints: {},
    description: '',
    notes: [],
    ...extra,
  };
}

function complex(id: string, properties: Property[], extra: Partial<ComplexType> = {}): ComplexType {
  const name = id.slice(id.lastIndexOf('_') + 1);
  const ns = `${NS}.${id.slice(0, id.indexOf('_'))}`;
  return {
    kind: 'complex',
    id,
    name,
    description: '',
    xml: { name, namespace: ns, source: 'sample' },
    properties,
    xmlOrder: properties.map((p) => p.clrName).sort(),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
    ...extra,
  };
}

function enumType(id: string, members: [string, number | null, string][]): EnumType {
  const name = id.slice(id.lastIndexOf('_') + 1);
  return {
    kind: 'enum',
    id,
    name,
    description: `Enum ${name}.`,
    xml: { name, namespace: null, source: 'rule' },
    members: members.map(([n, value, description]) => ({ name: n, value, description })),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
  };
}

function param(name: string, inWhere: 'path' | 'query', type: TypeRef, extra: Partial<Parameter> = {}): Parameter {
  return {
    name,
    in: inWhere,
    type,
    required: inWhere === 'path',
    constraints: {},
    description: '',
    notes: [],
    ...extra,
  };
}

function operation(
  method: Operation['method'],
  path: string,
  group: string,
  extra: Partial<Operation> = {},
): Operation {
  const id = `${method}-${path.replace(/[{}]/g, '').replace(/\//g, '-')}`;
  return {
    id,
    method,
    path,
    group,
    summary: '',
    description: '',
    sourceUrl: `${HELP}/Api/${id}`,
    parameters: [],
    body: null,
    response: { type: null, alternatives: [], description: '' },
    requestSamples: [],
    responseSamples: [],
    ...extra,
  };
}

/** Doc text that would break generated code if it were pasted in unescaped. */
export const HOSTILE_DOC = 'Slutar */ här, `kod` och ${x} samt @param fel';

export function fixtureIr(): ApiIR {
  const types = [
    complex('User_Notification', [
      prop('Header', str, { description: 'Rubrik' }),
      prop('Message', str, { description: 'Meddelande' }),
      prop('SMS', bool, { description: 'SMS notifiering' }),
      prop('Express', bool, { description: 'Express notifiering' }),
      prop('Recipients', list(str), { description: 'Notifierings mottagare(userId)' }),
    ]),
    complex('Common_Paging', [prop('PageSize', int), prop('PageIndex', int)]),
    complex(
      'Crm_CrmContactSearchMatch',
      [
        prop('Id', str, { required: true, constraints: { minLength: 1, maxLength: 40 } }),
        prop('Status', ref('Crm_ContactStatus')),
        prop('Address', ref('Common_Address'), { description: HOSTILE_DOC }),
        prop('Tags', { kind: 'dictionary', key: str, value: list(ref('Crm_ContactStatus')) }),
        prop('Legacy', ref('Crm_Missing'), { notes: ['Kan vara null'] }),
        prop('Odd', { kind: 'unknown', phrase: 'Pair of string [key] and Object [value]' }),
      ],
      { description: HOSTILE_DOC },
    ),
    complex('Search_CrmContactSearchMatch', [prop('Score', { kind: 'simple', name: 'decimal' }, { required: true })]),
    complex('Common_Address', [prop('Street', str), prop('ZipCode', str), prop('Estate', ref('Estate_Estate'))]),
    complex('Estate_Estate', [
      prop('Id', str, { required: true }),
      prop('Images', list(ref('Estate_Image'))),
      prop('Created', { kind: 'simple', name: 'date' }),
    ]),
    complex('Estate_Image', [prop('Id', { kind: 'simple', name: 'guid' }), prop('Data', { kind: 'binary' })]),
    complex('Crm_CrmCompanyContact', [prop('CompanyName', str, { required: true })]),
    complex('Crm_CrmPersonContact', [prop('FirstName', str, { required: true })]),
    complex('Crm_Promise', [prop('Value', str)]),
    enumType('Crm_ContactStatus', [
      ['Active', 0, 'Aktiv'],
      ['Inactive', 1, `Inaktiv ${HOSTILE_DOC}`],
    ]),
    enumType('Estate_Väderstreck', [
      ['Norr', null, ''],
      ['Söder', null, ''],
    ]),
  ];

  const operations = [
    operation('POST', 'User/Notify/{customerId}', 'User', {
      summary: 'Notifierar användare',
      parameters: [param('customerId', 'path', str, { notes: ['Krävs'] })],
      body: { type: ref('User_Notification'), description: '' },
      response: { type: bool, alternatives: [], description: 'Notifierar användare' },
    }),
    operation('GET', 'CRM/Contact/{customerId}/Search', 'CRM-Contact', {
      summary: 'Söker kontakter',
      description: HOSTILE_DOC,
      parameters: [
        param('customerId', 'path', str),
        param('Query', 'query', str, { required: true, description: 'Sökord', constraints: { maxLength: 100 } }),
        param('Status', 'query', ref('Crm_ContactStatus')),
        param('PageSize', 'query', int, { boundFrom: { parameter: 'paging', typeId: 'Common_Paging' } }),
        param('PageIndex', 'query', int, { boundFrom: { parameter: 'paging', typeId: 'Common_Paging' } }),
      ],
      response: { type: list(ref('Crm_CrmContactSearchMatch')), alternatives: [], description: '' },
    }),
    operation('GET', 'CRM/Contact/{customerId}/{contactId}', 'CRM-Contact', {
      summary: 'Hämtar en kontakt',
      parameters: [param('customerId', 'path', str), param('contactId', 'path', str)],
      response: {
        type: ref('Crm_CrmCompanyContact'),
        alternatives: [ref('Crm_CrmCompanyContact'), ref('Crm_CrmPersonContact')],
        description: 'Företag eller person',
      },
    }),
    operation('DELETE', 'CRM/Contact/{customerId}/{contactId}', 'CRM-Contact', {
      summary: 'Tar bort en kontakt',
      parameters: [param('customerId', 'path', str), param('contactId', 'path', str)],
    }),
    operation('PUT', 'CRM/Contact/{customerId}/Status', 'CRM-Contact', {
      summary: 'Sätter status för flera kontakter',
      parameters: [param('customerId', 'path', str)],
      body: { type: list(ref('Crm_CrmContactSearchMatch')), description: 'Kontakterna' },
    }),
    operation('GET', 'Estate/{customerId}/Image/{imageId}/Data', 'Estate', {
      summary: 'Hämtar bildens data',
      parameters: [param('customerId', 'path', str), param('imageId', 'path', int)],
      response: { type: { kind: 'binary' }, alternatives: [], description: '' },
    }),
    operation('GET', 'Estate/{customerId}/{estateId}', 'Estate', {
      summary: 'Hämtar ett objekt',
      parameters: [param('customerId', 'path', str), param('estateId', 'path', str)],
      response: { type: ref('Estate_Estate'), alternatives: [], description: '' },
    }),
    operation('GET', 'Estate/{customerId}/Legacy', 'Estate', {
      summary: 'Pekar på en modell som saknar sida',
      parameters: [
        param('customerId', 'path', str),
        param('Direction', 'query', ref('Estate_Väderstreck'), { required: true }),
      ],
      response: { type: ref('Estate_Missing'), alternatives: [], description: '' },
    }),
  ];

  const groups = [
    {
      id: 'User',
      name: 'User',
      description: 'Användare',
      sourceUrl: `${HELP}/Section?id=user`,
      operationIds: ['POST-User-Notify-customerId'],
    },
    {
      id: 'CRM-Contact',
      name: 'CRM Contact',
      description: `Kontakter ${HOSTILE_DOC}`,
      sourceUrl: `${HELP}/Category?version=v1&categoryId=CRM-Contact`,
      operationIds: operations.filter((o) => o.group === 'CRM-Contact').map((o) => o.id),
    },
    { id: 'Estate', name: 'Objekt', description: '', sourceUrl: `${HELP}/Section?id=estate`, operationIds: [] },
  ];

  const byId = <T extends { id: string }>(items: T[]): T[] =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    irVersion: 1,
    source: { helpRoot: HELP, apiBaseUrl: 'https://connect.maklare.vitec.net' },
    groups: byId(groups),
    operations: byId(operations),
    types: byId(types),
    pages: [],
    diagnostics: [],
  };
}
