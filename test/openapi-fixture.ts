/**
 * A hand-built IR for the OpenAPI tests: small, but with every shape the exporter must map (a
 * Notify-like POST, query keys bound from a model, a collection body, a polymorphic and a binary
 * response, an enum, a dictionary, an unknown type, a dangling link, an unsafe type id).
 */
import type { ApiIR, ComplexType, Property, TypeRef } from '../ir/schema.js';
import { SEED_JSON, SEED_XML } from './seed-notify.js';

const HELP = 'https://connect.maklare.vitec.net/Help';
const NS_USER = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User';
const NS_CRM = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm';

export function prop(clrName: string, type: TypeRef, extra: Partial<Property> = {}): Property {
  return {
    clrName,
    jsonName: clrName === 'SMS' ? 'sms' : clrName.charAt(0).toLowerCase() + clrName.slice(1),
    jsonNameSource: 'rule',
    xmlName: clrName,
    type,
    required: false,
    constraints: {},
    description: `${clrName} beskrivning`,
    notes: [],
    ...extra,
  };
}

function complex(id: string, namespace: string | null, properties: Property[]): ComplexType {
  const name = id.slice(id.lastIndexOf('_') + 1);
  return {
    kind: 'complex',
    id,
    name,
    description: `Modellen ${name}`,
    xml: { name, namespace, source: namespace === null ? 'rule' : 'sample' },
    properties,
    xmlOrder: properties.map((p) => p.clrName).sort(),
    sources: [`${HELP}/ResourceModel?modelName=${id}`],
  };
}

const str: TypeRef = { kind: 'simple', name: 'string' };
const int: TypeRef = { kind: 'simple', name: 'integer' };

export function fixtureIr(): ApiIR {
  return {
    irVersion: 1,
    source: { helpRoot: HELP, apiBaseUrl: 'https://connect.maklare.vitec.net' },
    groups: [
      {
        id: 'CRM-Contact',
        name: 'Kontakt',
        description: 'Hantera kontakter',
        sourceUrl: `${HELP}/Category?version=v1&categoryId=CRM-Contact`,
        operationIds: [
          'GET-CRM-Contact-customerId-Search',
          'GET-CRM-Contact-customerId-contactId',
          'POST-CRM-Contact-customerId-Batch',
        ],
      },
      {
        id: 'Image',
        name: 'Bild',
        description: 'Bilder',
        sourceUrl: `${HELP}/Category?version=v1&categoryId=Image`,
        operationIds: ['GET-CRM-Image-GetImage'],
      },
      {
        id: 'User',
        name: 'Användare',
        description: 'Användarfunktioner',
        sourceUrl: `${HELP}/Category?version=v1&categoryId=User`,
        operationIds: ['POST-User-Notify-customerId'],
      },
    ],
    operations: [
      {
        id: 'DELETE-Misc-customerId-id',
        method: 'DELETE',
        path: 'Misc/{customerId}/{id}',
        group: 'Misc',
        summary: 'Tar bort något',
        description: '',
        sourceUrl: `${HELP}/Api/DELETE-Misc-customerId-id`,
        parameters: [
          {
            name: 'customerId',
            in: 'path',
            type: str,
            required: true,
            constraints: {},
            description: 'Kundid',
            notes: [],
          },
        ],
        body: null,
        response: { type: null, alternatives: [], description: '' },
        requestSamples: [],
        responseSamples: [],
      },
      {
        id: 'GET-CRM-Contact-customerId-Search',
        method: 'GET',
        path: 'CRM/Contact/{customerId}/Search',
        group: 'CRM-Contact',
        summary: 'Sök kontakter',
        description: 'Sökningen är skiftlägesokänslig.\n\nHögst 100 träffar.',
        sourceUrl: `${HELP}/Api/GET-CRM-Contact-customerId-Search`,
        parameters: [
          {
            name: 'customerId',
            in: 'path',
            type: str,
            required: true,
            constraints: {},
            description: 'Kundid',
            notes: [],
          },
          {
            name: 'name',
            in: 'query',
            type: str,
            required: false,
            constraints: { maxLength: 100 },
            description: 'Namn',
            notes: ['Kan vara null'],
          },
          {
            name: 'PageSize',
            in: 'query',
            type: int,
            required: false,
            constraints: { minimum: 1, maximum: 100 },
            description: 'Sidstorlek',
            notes: [],
            boundFrom: { parameter: 'paging', typeId: 'Models_Paging' },
          },
          {
            name: 'PageIndex',
            in: 'query',
            type: int,
            required: false,
            constraints: {},
            description: 'Sidindex',
            notes: [],
            boundFrom: { parameter: 'paging', typeId: 'Models_Paging' },
          },
        ],
        body: null,
        response: {
          type: { kind: 'collection', items: { kind: 'ref', id: 'Crm_CrmPersonContact' } },
          alternatives: [],
          description: 'Träffar',
        },
        requestSamples: [],
        responseSamples: [
          {
            mediaTypes: ['application/json', 'text/json'],
            format: 'json',
            text: '[\n  {\n    "name": "sample string 1"\n  }\n]',
          },
          { mediaTypes: ['application/xml', 'text/xml'], format: 'xml', text: null },
        ],
      },
      {
        id: 'GET-CRM-Contact-customerId-contactId',
        method: 'GET',
        path: 'CRM/Contact/{customerId}/{contactId}',
        group: 'CRM-Contact',
        summary: 'Hämta kontakt',
        description: '',
        sourceUrl: `${HELP}/Api/GET-CRM-Contact-customerId-contactId`,
        parameters: [
          {
            name: 'customerId',
            in: 'path',
            type: str,
            required: true,
            constraints: {},
            description: 'Kund-id.',
            notes: [],
          },
          {
            name: 'contactId',
            in: 'path',
            type: str,
            required: true,
            constraints: {},
            description: 'Kontaktid.',
            notes: [],
          },
        ],
        body: null,
        response: {
          type: null,
          alternatives: [
            { kind: 'ref', id: 'Crm_CrmCompanyContact' },
            { kind: 'ref', id: 'Crm_CrmPersonContact' },
          ],
          description: 'Hämta kontakt',
        },
        requestSamples: [],
        responseSamples: [],
      },
      {
        id: 'GET-CRM-Image-GetImage',
        method: 'GET',
        path: 'CRM/Image/GetImage',
        group: 'Image',
        summary: 'Hämtar bild.',
        description: '',
        sourceUrl: `${HELP}/Api/GET-CRM-Image-GetImage`,
        parameters: [
          {
            name: 'customerId',
            in: 'query',
            type: str,
            required: true,
            constraints: {},
            description: 'Kundid',
            notes: [],
          },
          {
            name: 'imageId',
            in: 'query',
            type: str,
            required: true,
            constraints: {},
            description: 'Bildid',
            notes: [],
          },
        ],
        body: null,
        response: { type: { kind: 'binary' }, alternatives: [], description: 'Hämtar bilder.' },
        requestSamples: [],
        responseSamples: [
          { mediaTypes: ['application/octet-stream'], format: 'other', text: null },
          { mediaTypes: ['text/x-base64'], format: 'other', text: 'QEA=' },
          { mediaTypes: ['application/json', 'text/json'], format: 'json', text: '"QEA="' },
          { mediaTypes: ['application/xml', 'text/xml'], format: 'xml', text: null },
        ],
      },
      {
        id: 'GET-Misc-Broken',
        method: 'GET',
        path: 'Misc/Broken',
        group: 'Misc',
        summary: 'Länkar till en saknad modell',
        description: '',
        sourceUrl: `${HELP}/Api/GET-Misc-Broken`,
        parameters: [],
        body: null,
        response: { type: { kind: 'ref', id: 'Missing_Model' }, alternatives: [], description: 'Något' },
        requestSamples: [],
        responseSamples: [],
      },
      {
        id: 'POST-CRM-Contact-customerId-Batch',
        method: 'POST',
        path: 'CRM/Contact/{customerId}/Batch',
        group: 'CRM-Contact',
        summary: 'Skicka flera notifieringar',
        description: '',
        sourceUrl: `${HELP}/Api/POST-CRM-Contact-customerId-Batch`,
        parameters: [
          {
            name: 'customerId',
            in: 'path',
            type: str,
            required: true,
            constraints: {},
            description: 'Kundid',
            notes: [],
          },
        ],
        body: {
          type: { kind: 'collection', items: { kind: 'ref', id: 'User_Notification' } },
          description: 'Notifieringar',
        },
        response: { type: { kind: 'collection', items: str }, alternatives: [], description: 'Id:n' },
        requestSamples: [{ mediaTypes: ['application/x-www-form-urlencoded'], format: 'other', text: null }],
        responseSamples: [],
      },
      {
        id: 'POST-User-Notify-customerId',
        method: 'POST',
        path: 'User/Notify/{customerId}',
        group: 'User',
        summary: 'Notifierar användare',
        description: '',
        sourceUrl: `${HELP}/Api/POST-User-Notify-customerId`,
        parameters: [
          { name: 'customerId', in: 'path', type: str, required: true, constraints: {}, description: '', notes: [] },
        ],
        body: { type: { kind: 'ref', id: 'User_Notification' }, description: '' },
        response: { type: { kind: 'simple', name: 'boolean' }, alternatives: [], description: 'Notifierar användare' },
        requestSamples: [
          { mediaTypes: ['application/json', 'text/json'], format: 'json', text: SEED_JSON },
          { mediaTypes: ['application/xml', 'text/xml'], format: 'xml', text: SEED_XML },
        ],
        responseSamples: [
          { mediaTypes: ['application/json', 'text/json'], format: 'json', text: 'true' },
          {
            mediaTypes: ['application/xml', 'text/xml'],
            format: 'xml',
            text: '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>',
          },
        ],
      },
    ],
    types: [
      complex('Crm_CrmCompanyContact', NS_CRM, [
        prop('Type', { kind: 'ref', id: 'Models_ContactType' }),
        prop('Name', str, { constraints: { minLength: 0, maxLength: 100 } }),
        prop('CustomerId', str, { required: true, constraints: { maxLength: 40 }, notes: ['Kund-id krävs'] }),
      ]),
      complex('Crm_CrmPersonContact', NS_CRM, [
        prop('Type', { kind: 'ref', id: 'Models_ContactType' }),
        prop('FirstName', str),
        prop('CustomerId', str, { required: true }),
      ]),
      complex('Image_ImageData', null, [prop('Data', { kind: 'binary' }), prop('Name', str)]),
      complex('Misc_Everything', null, [
        prop('Counts', { kind: 'dictionary', key: str, value: int }),
        prop('ByType', { kind: 'dictionary', key: { kind: 'ref', id: 'Models_ContactType' }, value: str }),
        prop('Odd', { kind: 'unknown', phrase: 'Pair of string [key] and integer [value]' }),
        prop('Gone', { kind: 'ref', id: 'Missing_Model' }),
        prop('Code', str, { constraints: { pattern: '^[A-Z]{2}$' } }),
        prop('Lists', { kind: 'collection', items: { kind: 'collection', items: int } }),
        prop('Contacts', { kind: 'collection', items: { kind: 'ref', id: 'Crm_CrmPersonContact' } }),
      ]),
      {
        kind: 'enum',
        id: 'Models_ContactType',
        name: 'ContactType',
        description: 'Kontakttyp',
        xml: { name: 'ContactType', namespace: null, source: 'rule' },
        members: [
          { name: 'Person', value: 0, description: 'Person' },
          { name: 'Company', value: 1, description: 'Företag' },
          { name: 'DeceasedEstate', value: null, description: 'Dödsbo' },
        ],
        sources: [`${HELP}/ResourceModel?modelName=Models_ContactType`],
      },
      complex('Models_Page`1', null, [prop('Total', int)]),
      complex('Models_Paging', null, [prop('PageSize', int), prop('PageIndex', int)]),
      complex('User_Notification', NS_USER, [
        prop('Header', str, { description: 'Rubrik' }),
        prop('Message', str, { description: 'Meddelande' }),
        prop('SMS', { kind: 'simple', name: 'boolean' }, { description: 'SMS notifiering', jsonNameSource: 'sample' }),
        prop('Express', { kind: 'simple', name: 'boolean' }, { description: 'Express notifiering' }),
        prop('Recipients', { kind: 'collection', items: str }, { description: 'Notifierings mottagare(userId)' }),
      ]),
    ],
    pages: [],
    diagnostics: [],
  };
}
