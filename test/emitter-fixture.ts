/**
 * A hand-built IR for the emitter tests: the Notify page as the seed shows it, plus one of each
 * shape the emitter must handle (query keys bound from a model, a collection body, no response, a
 * polymorphic response, enums, binary, nested and dangling references, a short-name clash, hostile
 * doc text).
 */
import type { ApiIR } from '../ir/schema.js';
import {
  binary,
  bool,
  complexType,
  dict,
  enumMember,
  enumType,
  group,
  HELP,
  int,
  irDocument,
  list,
  operation,
  parameter,
  property,
  ref,
  simple,
  str,
  unknown,
} from './ir-builders.js';

/** Doc text that would break generated code if it were pasted in unescaped. */
export const HOSTILE_DOC = 'Slutar */ här, `kod` och ${x} samt @param fel';

export function fixtureIr(): ApiIR {
  const types = [
    complexType('User_Notification', [
      property('Header', str, { description: 'Rubrik' }),
      property('Message', str, { description: 'Meddelande' }),
      property('SMS', bool, { description: 'SMS notifiering' }),
      property('Express', bool, { description: 'Express notifiering' }),
      property('Recipients', list(str), { description: 'Notifierings mottagare(userId)' }),
    ]),
    complexType('Common_Paging', [property('PageSize', int), property('PageIndex', int)]),
    complexType(
      'Crm_CrmContactSearchMatch',
      [
        property('Id', str, { required: true, constraints: { minLength: 1, maxLength: 40 } }),
        property('Status', ref('Crm_ContactStatus')),
        property('Address', ref('Common_Address'), { description: HOSTILE_DOC }),
        property('Tags', dict(str, list(ref('Crm_ContactStatus')))),
        property('Legacy', ref('Crm_Missing'), { notes: ['Kan vara null'] }),
        property('Odd', unknown('Tuple of string and Object')),
      ],
      { description: HOSTILE_DOC },
    ),
    complexType('Search_CrmContactSearchMatch', [property('Score', simple('decimal'), { required: true })]),
    complexType('Common_Address', [
      property('Street', str),
      property('ZipCode', str),
      property('Estate', ref('Estate_Estate')),
    ]),
    complexType('Estate_Estate', [
      property('Id', str, { required: true }),
      property('Images', list(ref('Estate_Image'))),
      property('Created', simple('date')),
    ]),
    complexType('Estate_Image', [property('Id', simple('guid')), property('Data', binary)]),
    complexType('Crm_CrmCompanyContact', [property('CompanyName', str, { required: true })]),
    complexType('Crm_CrmPersonContact', [property('FirstName', str, { required: true })]),
    complexType('Crm_Promise', [property('Value', str)]),
    enumType(
      'Crm_ContactStatus',
      [
        enumMember('Active', { value: 0, description: 'Aktiv' }),
        enumMember('Inactive', { value: 1, description: `Inaktiv ${HOSTILE_DOC}` }),
      ],
      { description: 'Enum ContactStatus.' },
    ),
    enumType('Estate_Väderstreck', [enumMember('Norr'), enumMember('Söder')]),
  ];

  const operations = [
    operation('POST', 'User/Notify/{customerId}', {
      summary: 'Notifierar användare',
      parameters: [parameter('customerId', 'path', str, { notes: ['Krävs'] })],
      body: { type: ref('User_Notification'), description: '' },
      response: { type: bool, alternatives: [], description: 'Notifierar användare' },
    }),
    operation('GET', 'CRM/Contact/{customerId}/Search', {
      group: 'CRM-Contact',
      summary: 'Söker kontakter',
      description: HOSTILE_DOC,
      parameters: [
        parameter('customerId', 'path', str),
        parameter('Query', 'query', str, { required: true, description: 'Sökord', constraints: { maxLength: 100 } }),
        parameter('Status', 'query', ref('Crm_ContactStatus')),
        parameter('PageSize', 'query', int, { boundFrom: { parameter: 'paging', typeId: 'Common_Paging' } }),
        parameter('PageIndex', 'query', int, { boundFrom: { parameter: 'paging', typeId: 'Common_Paging' } }),
      ],
      response: { type: list(ref('Crm_CrmContactSearchMatch')), alternatives: [], description: '' },
    }),
    operation('GET', 'CRM/Contact/{customerId}/{contactId}', {
      group: 'CRM-Contact',
      summary: 'Hämtar en kontakt',
      response: {
        type: ref('Crm_CrmCompanyContact'),
        alternatives: [ref('Crm_CrmCompanyContact'), ref('Crm_CrmPersonContact')],
        description: 'Företag eller person',
      },
    }),
    operation('DELETE', 'CRM/Contact/{customerId}/{contactId}', {
      group: 'CRM-Contact',
      summary: 'Tar bort en kontakt',
    }),
    operation('PUT', 'CRM/Contact/{customerId}/Status', {
      group: 'CRM-Contact',
      summary: 'Sätter status för flera kontakter',
      body: { type: list(ref('Crm_CrmContactSearchMatch')), description: 'Kontakterna' },
    }),
    operation('GET', 'Estate/{customerId}/Image/{imageId}/Data', {
      summary: 'Hämtar bildens data',
      parameters: [parameter('customerId', 'path', str), parameter('imageId', 'path', int)],
      response: { type: binary, alternatives: [], description: '' },
    }),
    operation('GET', 'Estate/{customerId}/{estateId}', {
      summary: 'Hämtar ett objekt',
      response: { type: ref('Estate_Estate'), alternatives: [], description: '' },
    }),
    operation('GET', 'Estate/{customerId}/Legacy', {
      summary: 'Pekar på en modell som saknar sida',
      parameters: [
        parameter('customerId', 'path', str),
        parameter('Direction', 'query', ref('Estate_Väderstreck'), { required: true }),
      ],
      response: { type: ref('Estate_Missing'), alternatives: [], description: '' },
    }),
  ];

  return irDocument({
    groups: [
      group('User', {
        description: 'Användare',
        sourceUrl: `${HELP}/Section?id=user`,
        operationIds: ['POST-User-Notify-customerId'],
      }),
      group('CRM-Contact', {
        name: 'CRM Contact',
        description: `Kontakter ${HOSTILE_DOC}`,
        operationIds: operations.filter((o) => o.group === 'CRM-Contact').map((o) => o.id),
      }),
      group('Estate', { name: 'Objekt', sourceUrl: `${HELP}/Section?id=estate` }),
    ],
    operations,
    types,
  });
}
