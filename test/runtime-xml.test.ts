import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import type { SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { ARRAYS_NS, SERIALIZATION_NS, XSI_NS } from '../templates/runtime/xml-codec.js';
import { readXml, writeXml } from '../templates/runtime/xml.js';
import { binary } from './descriptor-links.js';
import { MODELS_NS, notification, OFFICE_NS, oneOf, ref, USER_NS } from './runtime-fixture.js';
import { compact, SEED_XML } from './seed-notify.js';

const Notification: TypeDesc = ref('Notification');
const Office: TypeDesc = ref('Office');

const office = {
  address: 'Storgatan 1 & <2>',
  coordinate: { latitud: 59.3, longitud: 18.07 },
  dateChanged: '2026-09-16T05:56:27.3094809+02:00',
  groups: [
    { id: 'g1', name: 'Väst' },
    { id: 'g2', name: null },
  ],
  logo: new Uint8Array([0, 1, 2, 250, 255]),
  officeNumber: 12,
  status: 'Archived',
  tags: { a: 'x', b: 'y' },
};

/** The members of `office` as the serializer writes them, with the prefix depth of Office's content. */
function officeMembers(depth: number): string {
  const d = `d${depth}p1`;
  return (
    '<Address>Storgatan 1 &amp; &lt;2&gt;</Address>' +
    `<Coordinate xmlns:${d}="${MODELS_NS}"><${d}:Latitud>59.3</${d}:Latitud><${d}:Longitud>18.07</${d}:Longitud></Coordinate>` +
    '<DateChanged>2026-09-16T05:56:27.3094809+02:00</DateChanged>' +
    '<Groups><Group><Id>g1</Id><Name>Väst</Name></Group><Group><Id>g2</Id><Name i:nil="true"/></Group></Groups>' +
    '<Logo>AAEC+v8=</Logo>' +
    '<OfficeNumber>12</OfficeNumber>' +
    '<Status>Archived</Status>' +
    `<Tags xmlns:${d}="${ARRAYS_NS}">` +
    `<${d}:KeyValueOfstringstring><${d}:Key>a</${d}:Key><${d}:Value>x</${d}:Value></${d}:KeyValueOfstringstring>` +
    `<${d}:KeyValueOfstringstring><${d}:Key>b</${d}:Key><${d}:Value>y</${d}:Value></${d}:KeyValueOfstringstring>` +
    '</Tags>'
  );
}

describe('writeXml', () => {
  it('writes the seed Notify body exactly (names, order, namespaces, prefixes)', () => {
    expect(writeXml(notification, Notification)).toBe(compact(SEED_XML));
  });

  it.each<[string, unknown, TypeDesc, string]>([
    ['bare boolean', true, { kind: 'simple', name: 'boolean' }, `<boolean xmlns="${SERIALIZATION_NS}">true</boolean>`],
    ['bare string', 'a<b', { kind: 'simple', name: 'string' }, `<string xmlns="${SERIALIZATION_NS}">a&lt;b</string>`],
    [
      'decimal without exponent',
      1e-7,
      { kind: 'simple', name: 'decimal' },
      `<decimal xmlns="${SERIALIZATION_NS}">0.0000001</decimal>`,
    ],
    [
      'integer without exponent',
      1e21,
      { kind: 'simple', name: 'integer' },
      `<int xmlns="${SERIALIZATION_NS}">1000000000000000000000</int>`,
    ],
    ['char as its code', 'A', { kind: 'simple', name: 'char' }, `<char xmlns="${SERIALIZATION_NS}">65</char>`],
    [
      'bytes as base64',
      new Uint8Array([104, 105]),
      binary,
      `<base64Binary xmlns="${SERIALIZATION_NS}">aGk=</base64Binary>`,
    ],
    [
      'enum root',
      'Active',
      ref('OfficeStatus'),
      `<OfficeStatus xmlns:i="${XSI_NS}" xmlns="${OFFICE_NS}">Active</OfficeStatus>`,
    ],
    [
      'ArrayOfstring root',
      ['x', 'y'],
      { kind: 'collection', items: { kind: 'simple', name: 'string' } },
      `<ArrayOfstring xmlns:i="${XSI_NS}" xmlns="${ARRAYS_NS}"><string>x</string><string>y</string></ArrayOfstring>`,
    ],
    [
      'ArrayOfint root',
      [1, 2],
      { kind: 'collection', items: { kind: 'simple', name: 'integer' } },
      `<ArrayOfint xmlns:i="${XSI_NS}" xmlns="${ARRAYS_NS}"><int>1</int><int>2</int></ArrayOfint>`,
    ],
    ['complex root', office, Office, `<Office xmlns:i="${XSI_NS}" xmlns="${OFFICE_NS}">${officeMembers(2)}</Office>`],
    [
      'ArrayOfOffice root (nested namespace declared one level deeper)',
      [office],
      { kind: 'collection', items: Office },
      `<ArrayOfOffice xmlns:i="${XSI_NS}" xmlns="${OFFICE_NS}"><Office>${officeMembers(3)}</Office></ArrayOfOffice>`,
    ],
    [
      'null members as i:nil, undefined members left out',
      { header: null, message: undefined, recipients: [] },
      Notification,
      `<Notification xmlns:i="${XSI_NS}" xmlns="${USER_NS}"><Header i:nil="true"/><Recipients xmlns:d2p1="${ARRAYS_NS}"/></Notification>`,
    ],
  ])('writes a %s', (_, value, type, xml) => {
    expect(writeXml(value, type)).toBe(xml);
  });

  it.each<[string, unknown, TypeDesc, string]>([
    ['a number among strings', { ...notification, recipients: ['a', 5] }, Notification, 'body.recipients[1]'],
    ['a string for a boolean', { ...notification, sms: 'yes' }, Notification, 'body.sms'],
    ['an array for a model', [notification], Notification, 'body'],
    ['a non-integer', { officeNumber: 1.5 }, Office, 'body.officeNumber'],
    ['a string for bytes', { logo: 'AAEC' }, Office, 'body.logo'],
    ['a number for an enum', { status: 1 }, Office, 'body.status'],
    ['an object of undocumented type', { x: 1 }, { kind: 'unknown' }, 'body'],
  ])('refuses %s, naming its path', (_, value, type, path) => {
    expect(() => writeXml(value, type)).toThrow(CodecError);
    try {
      writeXml(value, type);
    } catch (err) {
      expect((err as CodecError).path).toBe(path);
    }
  });

  /** One model whose only member's element name is `xml`, as a page might document it. */
  function named(xml: string): TypeDesc {
    const property = {
      name: 'value',
      json: 'value',
      xml,
      type: { kind: 'simple', name: 'string' } as const,
      required: false,
    };
    const model: SchemaDesc = {
      kind: 'complex',
      name: 'M',
      xmlName: 'M',
      xmlNamespace: USER_NS,
      properties: [property],
    };
    return { kind: 'ref', to: () => model };
  }

  it.each(['"quoted"', 'two words', '1st', 'a:b', '<x>', ''])(
    'refuses the element name %j before writing anything, naming its path',
    (xml) => {
      expect(() => writeXml({ value: 'v' }, named(xml))).toThrow(
        new CodecError('body.value', `${JSON.stringify(xml)} is not an XML element name; expected an XML NCName`),
      );
    },
  );

  it.each(['Åsa', 'Köp-datum', '_x.y', 'Ärende2'])('writes the element name %j', (xml) => {
    expect(writeXml({ value: 'v' }, named(xml))).toBe(
      `<M xmlns:i="${XSI_NS}" xmlns="${USER_NS}"><${xml}>v</${xml}></M>`,
    );
  });
});

describe('readXml', () => {
  it('reads the seed Notify body', () => {
    expect(readXml(SEED_XML, Notification)).toEqual(notification);
  });

  it('ignores prefixes, member order and unknown elements', () => {
    const xml =
      `<u:Notification xmlns:u="${USER_NS}" xmlns:xsi="${XSI_NS}">` +
      `<u:SMS>true</u:SMS><u:Unknown><u:Header>not this</u:Header></u:Unknown>` +
      `<u:Recipients xmlns:arr="${ARRAYS_NS}"><arr:string>sample string 1</arr:string><arr:string>sample string 2</arr:string></u:Recipients>` +
      `<u:Message>sample string 2</u:Message><u:Header>sample string 1</u:Header><u:Express>1</u:Express>` +
      `</u:Notification>`;
    expect(readXml(xml, Notification)).toEqual(notification);
  });

  it('reads back what it writes: nested namespaces, ArrayOfX, i:nil, enums, dates verbatim, bytes, dictionaries', () => {
    const type: TypeDesc = { kind: 'collection', items: Office };
    expect(readXml(writeXml([office, {}], type), type)).toEqual([office, {}]);
  });

  it('reads a member under any prefix declared anywhere above it', () => {
    const xml =
      `<Office xmlns="${OFFICE_NS}" xmlns:m="${MODELS_NS}" xmlns:n="${XSI_NS}">` +
      `<Coordinate><m:Longitud>2</m:Longitud><m:Latitud>1</m:Latitud></Coordinate><Address n:nil="true"/></Office>`;
    expect(readXml(xml, Office)).toEqual({ coordinate: { latitud: 1, longitud: 2 }, address: null });
  });

  it.each<[string, string, TypeDesc, unknown]>([
    ['bare boolean', `<boolean xmlns="${SERIALIZATION_NS}">true</boolean>`, { kind: 'simple', name: 'boolean' }, true],
    ['bare int', `<int xmlns="${SERIALIZATION_NS}"> 42 </int>`, { kind: 'simple', name: 'integer' }, 42],
    [
      'string with its whitespace',
      `<string xmlns="${SERIALIZATION_NS}"> a &amp; b </string>`,
      { kind: 'simple', name: 'string' },
      ' a & b ',
    ],
    ['char code', `<char xmlns="${SERIALIZATION_NS}">229</char>`, { kind: 'simple', name: 'char' }, 'å'],
    [
      'date verbatim',
      `<dateTime xmlns="${SERIALIZATION_NS}">2026-09-16T05:56:27.3094809+02:00</dateTime>`,
      { kind: 'simple', name: 'date' },
      '2026-09-16T05:56:27.3094809+02:00',
    ],
    ['bytes', `<base64Binary xmlns="${SERIALIZATION_NS}">aGk=</base64Binary>`, binary, new Uint8Array([104, 105])],
    [
      'nil root',
      `<string xmlns:i="${XSI_NS}" i:nil="true" xmlns="${SERIALIZATION_NS}"/>`,
      { kind: 'simple', name: 'string' },
      null,
    ],
    [
      'polymorphic result by root element name',
      `<Coordinate xmlns="${MODELS_NS}"><Latitud>1.5</Latitud></Coordinate>`,
      oneOf(['Group', 'Coordinate']),
      { latitud: 1.5 },
    ],
    [
      'model named by i:type, among the models the declared type reaches (Office has Groups)',
      `<ArrayOfOffice xmlns:i="${XSI_NS}" xmlns="${OFFICE_NS}"><Office i:type="Group"><Id>7</Id></Office></ArrayOfOffice>`,
      { kind: 'collection', items: ref('Office') },
      [{ id: '7' }],
    ],
    [
      'i:type naming a model the declared type does not reach, as the declared model',
      `<ArrayOfGroup xmlns:i="${XSI_NS}" xmlns="${OFFICE_NS}"><Group i:type="Office"><Id>7</Id><Address>x</Address></Group></ArrayOfGroup>`,
      { kind: 'collection', items: ref('Group') },
      [{ id: '7' }],
    ],
  ])('reads a %s', (_, xml, type, value) => {
    expect(readXml(xml, type)).toEqual(value);
  });

  const doctypes = [
    [
      'entity declarations (billion laughs)',
      `<?xml version="1.0"?><!DOCTYPE Notification [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` +
        `<Notification xmlns="${USER_NS}"><Header>&lol2;</Header></Notification>`,
    ],
    [
      'an external entity',
      `<!DOCTYPE Notification [<!ENTITY x SYSTEM "file:///etc/passwd">]><Notification xmlns="${USER_NS}"><Header>&x;</Header></Notification>`,
    ],
    ['a lower-case doctype', `<!doctype Notification><Notification xmlns="${USER_NS}"/>`],
  ];
  it.each(doctypes)('refuses a document with %s rather than expanding anything', (_, xml) => {
    expect(() => readXml(xml, Notification)).toThrow(/DOCTYPE is not allowed/);
  });

  it.each([
    ['malformed XML', '<Notification><Header>x</Notification>', Notification, /not well-formed XML/],
    [
      'an undeclared entity',
      `<Notification xmlns="${USER_NS}"><Header>&foo;</Header></Notification>`,
      Notification,
      /not well-formed XML/,
    ],
    ['no element', '   ', Notification, /expected an XML element|not well-formed/],
    [
      'a bad number',
      `<Office xmlns="${OFFICE_NS}"><OfficeNumber>twelve</OfficeNumber></Office>`,
      Office,
      /response\.officeNumber: expected a number/,
    ],
    [
      'a bad boolean',
      `<Notification xmlns="${USER_NS}"><SMS>yes</SMS></Notification>`,
      Notification,
      /response\.sms: expected true or false/,
    ],
    [
      'bad base64',
      `<Office xmlns="${OFFICE_NS}"><Logo>*not*</Logo></Office>`,
      Office,
      /response\.logo: expected base64/,
    ],
  ])('reports %s with where it is', (_, xml, type, message) => {
    expect(() => readXml(xml, type)).toThrow(message);
  });
});
