/**
 * Hand-written descriptors for the runtime tests: the Notify case exactly as the seed page shows it,
 * an Office model shaped like the help site's `GET Office/GetOffice` sample (a nested type in
 * another namespace, a list of complex items, an enum, a date, bytes, a dictionary), and a Contact
 * model carrying the documented kinds of constraint.
 */
import type { OperationSpec } from '../templates/runtime/operation.js';
import type { PropertyDesc, SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { buildQuery } from '../templates/runtime/url.js';
import { binary, linksTo } from './descriptor-links.js';
import { SEED_NOTIFICATION } from './seed-notify.js';

export const USER_NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User';
export const OFFICE_NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office';
export const MODELS_NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';

const string: TypeDesc = { kind: 'simple', name: 'string' };
const boolean: TypeDesc = { kind: 'simple', name: 'boolean' };
export const { ref, oneOf } = linksTo(() => schemas);
const list = (items: TypeDesc): TypeDesc => ({ kind: 'collection', items });

/** A member whose TS key and JSON name are the camelCase of its XML name. */
function prop(xml: string, type: TypeDesc, extra: Partial<PropertyDesc> = {}): PropertyDesc {
  const key = xml === 'SMS' ? 'sms' : xml[0]!.toLowerCase() + xml.slice(1);
  return { name: key, json: key, xml, type, required: false, ...extra };
}

/** The descriptors by name; `ref` and `oneOf` link to them. */
export const schemas: Readonly<Record<string, SchemaDesc>> = {
  Notification: {
    kind: 'complex',
    name: 'Notification',
    xmlName: 'Notification',
    xmlNamespace: USER_NS,
    properties: [
      prop('Express', boolean),
      prop('Header', string),
      prop('Message', string),
      prop('Recipients', list(string)),
      prop('SMS', boolean),
    ],
  },
  Office: {
    kind: 'complex',
    name: 'Office',
    xmlName: 'Office',
    xmlNamespace: OFFICE_NS,
    properties: [
      prop('Address', string),
      prop('Coordinate', ref('Coordinate')),
      prop('DateChanged', { kind: 'simple', name: 'date' }),
      prop('Groups', list(ref('Group'))),
      prop('Logo', binary),
      prop('OfficeNumber', { kind: 'simple', name: 'integer' }),
      prop('Status', ref('OfficeStatus')),
      prop('Tags', { kind: 'dictionary', key: string, value: string }),
    ],
  },
  Coordinate: {
    kind: 'complex',
    name: 'Coordinate',
    xmlName: 'Coordinate',
    xmlNamespace: MODELS_NS,
    properties: [
      prop('Latitud', { kind: 'simple', name: 'decimal' }),
      prop('Longitud', { kind: 'simple', name: 'decimal' }),
    ],
  },
  Group: {
    kind: 'complex',
    name: 'Group',
    xmlName: 'Group',
    xmlNamespace: OFFICE_NS,
    properties: [prop('Id', string), prop('Name', string)],
  },
  OfficeStatus: {
    kind: 'enum',
    name: 'OfficeStatus',
    xmlName: 'OfficeStatus',
    xmlNamespace: OFFICE_NS,
    members: ['Active', 'Archived'],
  },
  Contact: {
    kind: 'complex',
    name: 'Contact',
    xmlName: 'Contact',
    xmlNamespace: USER_NS,
    properties: [
      prop('Age', { kind: 'simple', name: 'integer' }, { minimum: 0, maximum: 150 }),
      prop('Email', string, { pattern: '[^@\\s]+@[^@\\s]+' }),
      prop('FirstName', string, { required: true, minLength: 1, maxLength: 5 }),
      prop('Phones', list(ref('Phone')), { maxLength: 2 }),
      prop('Status', ref('OfficeStatus')),
    ],
  },
  Phone: {
    kind: 'complex',
    name: 'Phone',
    xmlName: 'Phone',
    xmlNamespace: USER_NS,
    properties: [prop('Number', string, { required: true, pattern: '\\+?[0-9 ]+' })],
  },
};

/** The seed's request body. */
export const notification = SEED_NOTIFICATION;

export const notifyOp: OperationSpec = {
  id: 'POST-User-Notify-customerId',
  method: 'POST',
  path: 'User/Notify/{customerId}',
  pathParams: ['customerId'],
  query: [],
  body: ref('Notification'),
  response: boolean,
};

export const listOfficesOp: OperationSpec = {
  id: 'GET-Office-List-customerId_PageSize_Active_Ids',
  method: 'GET',
  path: 'Office/List/{customerId}',
  pathParams: ['customerId'],
  query: [
    { name: 'pageSize', wire: 'PageSize', type: { kind: 'simple', name: 'integer' }, required: true },
    { name: 'active', wire: 'Active', type: boolean, required: false },
    { name: 'ids', wire: 'Ids', type: list(string), required: false },
    { name: 'status', wire: 'Status', type: ref('OfficeStatus'), required: false },
  ],
  encodeQuery: buildQuery,
  body: null,
  response: list(ref('Office')),
};
