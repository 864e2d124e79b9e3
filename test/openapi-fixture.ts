/**
 * A hand-built IR for the OpenAPI tests: small, but with every shape the exporter must map (a
 * Notify-like POST, query keys bound from a model, a collection body, a polymorphic and a binary
 * response, an enum, a dictionary, an unknown type, a dangling link, an unsafe type id).
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
  int,
  irDocument,
  list,
  operation,
  parameter,
  property,
  ref,
  sample,
  str,
  unknown,
} from './ir-builders.js';
import { SEED_JSON, SEED_XML } from './seed-notify.js';

/** No sample shows these types' XML, so the naming rule names them. */
const unsampled = { xml: { namespace: null, source: 'rule' } } as const;

export function fixtureIr(): ApiIR {
  return irDocument({
    groups: [
      group('CRM-Contact', {
        name: 'Kontakt',
        description: 'Hantera kontakter',
        operationIds: [
          'GET-CRM-Contact-customerId-Search',
          'GET-CRM-Contact-customerId-contactId',
          'POST-CRM-Contact-customerId-Batch',
        ],
      }),
      group('Image', { name: 'Bild', description: 'Bilder', operationIds: ['GET-CRM-Image-GetImage'] }),
      group('User', {
        name: 'Användare',
        description: 'Användarfunktioner',
        operationIds: ['POST-User-Notify-customerId'],
      }),
    ],
    operations: [
      operation('DELETE', 'Misc/{customerId}/{id}', {
        summary: 'Tar bort något',
        parameters: [parameter('customerId', 'path', str, { description: 'Kundid' })],
      }),
      operation('GET', 'CRM/Contact/{customerId}/Search', {
        group: 'CRM-Contact',
        summary: 'Sök kontakter',
        description: 'Sökningen är skiftlägesokänslig.\n\nHögst 100 träffar.',
        parameters: [
          parameter('customerId', 'path', str, { description: 'Kundid' }),
          parameter('name', 'query', str, {
            constraints: { maxLength: 100 },
            description: 'Namn',
            notes: ['Kan vara null'],
          }),
          parameter('PageSize', 'query', int, {
            constraints: { minimum: 1, maximum: 100 },
            description: 'Sidstorlek',
            boundFrom: { parameter: 'paging', typeId: 'Models_Paging' },
          }),
          parameter('PageIndex', 'query', int, {
            description: 'Sidindex',
            boundFrom: { parameter: 'paging', typeId: 'Models_Paging' },
          }),
        ],
        response: { type: list(ref('Crm_CrmPersonContact')), alternatives: [], description: 'Träffar' },
        responseSamples: [sample('json', '[\n  {\n    "name": "sample string 1"\n  }\n]'), sample('xml', null)],
      }),
      operation('GET', 'CRM/Contact/{customerId}/{contactId}', {
        group: 'CRM-Contact',
        summary: 'Hämta kontakt',
        parameters: [
          parameter('customerId', 'path', str, { description: 'Kund-id.' }),
          parameter('contactId', 'path', str, { description: 'Kontaktid.' }),
        ],
        response: {
          type: null,
          alternatives: [ref('Crm_CrmCompanyContact'), ref('Crm_CrmPersonContact')],
          description: 'Hämta kontakt',
        },
      }),
      operation('GET', 'CRM/Image/GetImage', {
        group: 'Image',
        summary: 'Hämtar bild.',
        parameters: [
          parameter('customerId', 'query', str, { required: true, description: 'Kundid' }),
          parameter('imageId', 'query', str, { required: true, description: 'Bildid' }),
        ],
        response: { type: binary, alternatives: [], description: 'Hämtar bilder.' },
        responseSamples: [
          sample('other', null),
          sample('other', 'QEA=', ['text/x-base64']),
          sample('json', '"QEA="'),
          sample('xml', null),
        ],
      }),
      operation('GET', 'Misc/Broken', {
        summary: 'Länkar till en saknad modell',
        response: { type: ref('Missing_Model'), alternatives: [], description: 'Något' },
      }),
      operation('POST', 'CRM/Contact/{customerId}/Batch', {
        group: 'CRM-Contact',
        summary: 'Skicka flera notifieringar',
        parameters: [parameter('customerId', 'path', str, { description: 'Kundid' })],
        body: { type: list(ref('User_Notification')), description: 'Notifieringar' },
        response: { type: list(str), alternatives: [], description: 'Id:n' },
        requestSamples: [sample('other', null, ['application/x-www-form-urlencoded'])],
      }),
      operation('POST', 'User/Notify/{customerId}', {
        summary: 'Notifierar användare',
        body: { type: ref('User_Notification'), description: '' },
        response: { type: bool, alternatives: [], description: 'Notifierar användare' },
        requestSamples: [sample('json', SEED_JSON), sample('xml', SEED_XML)],
        responseSamples: [
          sample('json', 'true'),
          sample('xml', '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>'),
        ],
      }),
    ],
    types: [
      complexType('Crm_CrmCompanyContact', [
        property('Type', ref('Models_ContactType')),
        property('Name', str, { constraints: { minLength: 0, maxLength: 100 } }),
        property('CustomerId', str, {
          required: true,
          constraints: { maxLength: 40 },
          description: 'CustomerId beskrivning',
          notes: ['Kund-id krävs'],
        }),
      ]),
      complexType('Crm_CrmPersonContact', [
        property('Type', ref('Models_ContactType')),
        property('FirstName', str),
        property('CustomerId', str, { required: true }),
      ]),
      complexType('Image_ImageData', [property('Data', binary), property('Name', str)], unsampled),
      complexType(
        'Misc_Everything',
        [
          property('Counts', dict(str, int)),
          property('ByType', dict(ref('Models_ContactType'), str)),
          property('Odd', unknown('Tuple of string and integer'), { description: 'Odd beskrivning' }),
          property('Gone', ref('Missing_Model'), { description: 'Gone beskrivning' }),
          property('Code', str, { constraints: { pattern: '^[A-Z]{2}$' } }),
          property('Lists', list(list(int))),
          property('Contacts', list(ref('Crm_CrmPersonContact'))),
        ],
        unsampled,
      ),
      enumType(
        'Models_ContactType',
        [
          enumMember('Person', { value: 0, description: 'Person' }),
          enumMember('Company', { value: 1, description: 'Företag' }),
          enumMember('DeceasedEstate', { description: 'Dödsbo' }),
        ],
        { description: 'Kontakttyp' },
      ),
      complexType('Models_Page`1', [property('Total', int)], unsampled),
      complexType(
        'Models_Paging',
        [property('PageSize', int, { description: 'PageSize beskrivning' }), property('PageIndex', int)],
        unsampled,
      ),
      complexType('User_Notification', [
        property('Header', str, { description: 'Rubrik' }),
        property('Message', str, { description: 'Meddelande' }),
        property('SMS', bool, { description: 'SMS notifiering' }),
        property('Express', bool, { description: 'Express notifiering' }),
        property('Recipients', list(str), { description: 'Notifierings mottagare(userId)' }),
      ]),
    ],
  });
}
