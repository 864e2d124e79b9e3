import { describe, expect, it } from 'vitest';

import { ARRAYS_NS, jsonCamelCase } from '../ir/dotnet.js';
import { parseJsonSample } from '../tools/build-snapshot/json-sample.js';
import type { ModelPage, PropertyRow, TypedPart } from '../tools/build-snapshot/page-model.js';
import { buildRegistry, commonBaseName, xmlSampleFromJson } from '../tools/build-snapshot/xml-from-json.js';
import {
  dataContractNamespace,
  rootForCollection,
  rootForObject,
  rootForPrimitive,
  writeDataContractXml,
  type XmlObject,
} from '../tools/build-snapshot/xml-sample.js';
import { SEED_JSON, SEED_XML } from './seed-notify.js';

const row = (name: string, type: PropertyRow['type']): PropertyRow => ({ name, doc: '', type, annotations: [] });
const simple = (name: string): PropertyRow['type'] => ({ kind: 'simple', name });
const model = (name: string, modelName: string): PropertyRow['type'] => ({ kind: 'model', name, modelName });

const NOTIFY_BODY: TypedPart = {
  doc: '',
  type: model('Notification', 'User_Notification'),
  rows: [
    row('Header', simple('string')),
    row('Message', simple('string')),
    row('SMS', simple('boolean')),
    row('Express', simple('boolean')),
    row('Recipients', { kind: 'collection', of: simple('string') }),
  ],
  variants: [],
};
const part = (type: TypedPart['type']): TypedPart => ({ doc: '', type, rows: null, variants: [] });
const emptyRegistry = buildRegistry([], []);

describe('XML samples (DataContractSerializer rules)', () => {
  it('reproduces the seed Notify request sample byte for byte', () => {
    const reg = buildRegistry(
      [],
      [
        {
          kind: 'endpoint',
          url: 'u',
          method: 'POST',
          path: 'p',
          docParagraphs: [],
          uriParams: [],
          body: NOTIFY_BODY,
          requestSamples: null,
          response: part(null),
          responseSamples: null,
        },
      ],
    );
    expect(xmlSampleFromJson(SEED_JSON, NOTIFY_BODY, reg, 'notify')).toBe(SEED_XML);
  });

  it.each([
    [
      'boolean',
      'true',
      simple('boolean'),
      '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>',
    ],
    [
      'string',
      '"sample string 1"',
      simple('string'),
      '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">sample string 1</string>',
    ],
    ['int', '1', simple('integer'), '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1</int>'],
    [
      'byte[]',
      '"QEA="',
      { kind: 'collection', of: simple('byte') } as const,
      '<base64Binary xmlns="http://schemas.microsoft.com/2003/10/Serialization/">QEA=</base64Binary>',
    ],
    // The page's wordings map through the scraper's phrase rule to the IR's XML names.
    [
      'URI',
      '"http://example.com"',
      simple('URI'),
      '<anyURI xmlns="http://schemas.microsoft.com/2003/10/Serialization/">http://example.com</anyURI>',
    ],
    [
      'long',
      '1',
      simple('integer, 64 bit'),
      '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1</int>',
    ],
    [
      'double',
      '1.5',
      simple('decimal number'),
      '<double xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1.5</double>',
    ],
  ])('writes a bare %s response as a primitive root', (_label, json, type, want) => {
    expect(xmlSampleFromJson(json, part(type), emptyRegistry, 'bare')).toBe(want);
  });

  it('puts a model whose id has no prefix in the root Models namespace', () => {
    const xml = xmlSampleFromJson('{"id": "sample string 1"}', part(model('Paging', 'Paging')), emptyRegistry, 'root');
    expect(xml.split('\n')[0]).toBe(
      '<Paging xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
    );
  });

  it('names a collection root ArrayOfX in the item namespace, items unprefixed', () => {
    const json = '[\n  {\n    "id": "sample string 1",\n    "description": "sample string 2"\n  }\n]';
    const xml = xmlSampleFromJson(
      json,
      part({ kind: 'collection', of: model('PredefinedTask', 'Task_PredefinedTask') }),
      emptyRegistry,
      'arr',
    );
    expect(xml).toBe(
      [
        '<ArrayOfPredefinedTask xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task">',
        '  <PredefinedTask>',
        '    <Description>sample string 2</Description>',
        '    <Id>sample string 1</Id>',
        '  </PredefinedTask>',
        '</ArrayOfPredefinedTask>',
      ].join('\n'),
    );
  });

  it('declares another namespace on the member element, prefixed by depth, and reuses it when in scope', () => {
    const modelsNs = dataContractNamespace('Vitec.Housing.Connect.Api.Models');
    const inner: XmlObject = {
      kind: 'object',
      namespace: modelsNs,
      members: [{ name: 'Latitude', value: { kind: 'text', text: '2.1' } }],
    };
    const address: XmlObject = {
      kind: 'object',
      namespace: dataContractNamespace('X.Crm'),
      members: [{ name: 'Wgs84Coordinate', value: inner }],
    };
    const root = rootForObject('Contact', {
      kind: 'object',
      namespace: dataContractNamespace('X.Crm'),
      members: [
        { name: 'Address', value: address },
        { name: 'Email', value: { kind: 'object', namespace: modelsNs, members: [{ name: 'Pos', value: inner }] } },
      ],
    });
    expect(writeDataContractXml(root)).toBe(
      [
        '<Contact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/X.Crm">',
        '  <Address>',
        '    <Wgs84Coordinate xmlns:d3p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
        '      <d3p1:Latitude>2.1</d3p1:Latitude>',
        '    </Wgs84Coordinate>',
        '  </Address>',
        '  <Email xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
        '    <d2p1:Pos>',
        '      <d2p1:Latitude>2.1</d2p1:Latitude>',
        '    </d2p1:Pos>',
        '  </Email>',
        '</Contact>',
      ].join('\n'),
    );
  });

  it('orders members ordinally (upper case before lower case), writes nil and escapes text', () => {
    const root = rootForObject('T', {
      kind: 'object',
      namespace: 'urn:t',
      members: [
        { name: 'b', value: { kind: 'text', text: 'a<b & c' } },
        { name: 'Ab', value: { kind: 'nil' } },
        { name: 'AB', value: { kind: 'collection', itemName: 'int', itemNamespace: ARRAYS_NS, items: [] } },
      ],
    });
    expect(writeDataContractXml(root)).toBe(
      [
        '<T xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t">',
        '  <AB xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays" />',
        '  <Ab i:nil="true" />',
        '  <b>a&lt;b &amp; c</b>',
        '</T>',
      ].join('\n'),
    );
  });

  it('writes decimals without the trailing .0 Json.NET adds, enums as names, byte[] as base64', () => {
    const body: TypedPart = {
      doc: '',
      type: model('Bid', 'Bid_Bid'),
      rows: [
        row('Amount', simple('decimal number')),
        row('Ratio', simple('decimal number')),
        row('Kind', model('ContactType', 'Models_ContactType')),
        row('Data', { kind: 'collection', of: simple('byte') }),
        row('Types', { kind: 'collection', of: model('ContactType', 'Models_ContactType') }),
      ],
      variants: [],
    };
    const json = '{"amount": 3.0, "ratio": 4.1, "kind": "Person", "data": "QEA=", "types": ["Person"], "extra": null}';
    expect(xmlSampleFromJson(json, body, buildRegistry([], []), 'bid').split('\n')).toEqual([
      '<Bid xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid">',
      '  <Amount>3</Amount>',
      '  <Data>QEA=</Data>',
      '  <Extra i:nil="true" />',
      '  <Kind>Person</Kind>',
      '  <Ratio>4.1</Ratio>',
      '  <Types xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
      '    <d2p1:ContactType>Person</d2p1:ContactType>',
      '  </Types>',
      '</Bid>',
    ]);
  });

  it("gives a polymorphic result its variants' base type", () => {
    const poly: TypedPart = {
      doc: '',
      type: null,
      rows: null,
      variants: ['CrmCompanyContact', 'CrmPersonContact'].map((name, i) => ({
        anchor: `${name}1`,
        table: {
          name,
          modelName: `Crm_${name}`,
          rows: [row('Id', simple('string')), row(i ? 'FirstName' : 'Name', simple('string'))],
        },
      })),
    };
    expect(xmlSampleFromJson('[{"id": "sample string 1"}]', poly, emptyRegistry, 'poly').split('\n')[0]).toBe(
      '<ArrayOfCrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm">',
    );
  });

  it.each([
    ['"Person"', 'CrmPersonContact'],
    ['"Company"', 'CrmCompanyContact'],
  ])(
    'writes a polymorphic result as the variant its type member %s names, under the base name with i:type',
    (typeValue, variant) => {
      const poly: TypedPart = {
        doc: '',
        type: null,
        rows: null,
        variants: ['CrmCompanyContact', 'CrmPersonContact'].map((name) => ({
          anchor: `${name}1`,
          table: { name, modelName: `Crm_${name}`, rows: [row('Id', simple('string')), row('Type', simple('string'))] },
        })),
      };
      const ns = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm';
      const one = `{"id": "1", "type": ${typeValue}}`;
      expect(xmlSampleFromJson(one, poly, emptyRegistry, 'poly').split('\n')[0]).toBe(
        `<CrmContact i:type="${variant}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${ns}">`,
      );
      expect(xmlSampleFromJson(`[${one}]`, poly, emptyRegistry, 'poly').split('\n').slice(0, 2)).toEqual([
        `<ArrayOfCrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${ns}">`,
        `  <CrmContact i:type="${variant}">`,
      ]);
    },
  );

  it('borrows the table of a namesake for a type that has none, and types a member by its namesakes', () => {
    const create: ModelPage = {
      kind: 'model',
      url: 'u',
      modelName: 'Sp_ProfileCommercialCreate',
      name: 'ProfileCommercialCreate',
      doc: '',
      content: { kind: 'complex', rows: [row('Area', model('Range', 'Models_Range'))] },
    };
    const other: ModelPage = {
      kind: 'model',
      url: 'u2',
      modelName: 'Sp_Other',
      name: 'Other',
      doc: '',
      content: { kind: 'complex', rows: [row('Where', model('Range', 'Models_Range'))] },
    };
    const reg = buildRegistry([create, other], []);
    const profiles: TypedPart = {
      doc: '',
      type: model('Profiles', 'Sp_Profiles'),
      variants: [],
      rows: [
        row('Commercial', model('ProfileCommercial', 'Sp_ProfileCommercial')),
        row('Unknown', model('Mystery', 'Sp_Mystery')),
      ],
    };
    const xml = xmlSampleFromJson(
      '{"commercial": {"area": {"max": 1}}, "unknown": {"where": {"max": 2}}}',
      profiles,
      reg,
      'sp',
    );
    expect(xml.split('\n').slice(1, -1)).toEqual([
      '  <Commercial>',
      '    <Area xmlns:d3p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
      '      <d3p1:Max>1</d3p1:Max>',
      '    </Area>',
      '  </Commercial>',
      '  <Unknown>',
      '    <Where xmlns:d3p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models">',
      '      <d3p1:Max>2</d3p1:Max>',
      '    </Where>',
      '  </Unknown>',
    ]);
  });

  it('puts primitive roots and collections in the serialization namespaces', () => {
    expect(writeDataContractXml(rootForPrimitive('int', '1'))).toBe(
      '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1</int>',
    );
    expect(
      writeDataContractXml(
        rootForCollection({
          kind: 'collection',
          itemName: 'string',
          itemNamespace: ARRAYS_NS,
          items: [{ kind: 'text', text: 'x' }],
        }),
      ),
    ).toBe(
      `<ArrayOfstring xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${ARRAYS_NS}">\n  <string>x</string>\n</ArrayOfstring>`,
    );
  });
});

describe('naming helpers', () => {
  it.each([
    ['SMS', 'sms'],
    ['GDPRApprovalDate', 'gdprApprovalDate'],
    ['Id', 'id'],
    ['TelePhone', 'telePhone'],
    ['URLValue', 'urlValue'],
    ['already', 'already'],
  ])('camel-cases %s as Json.NET does: %s', (name, want) => {
    expect(jsonCamelCase(name)).toBe(want);
  });

  it.each([
    [['CrmCompanyContact', 'CrmPersonContact', 'CrmDeceasedEstateContact'], 'CrmContact'],
    [['Alpha'], 'Alpha'],
  ])('finds the base name of %j', (names, want) => {
    expect(commonBaseName(names)).toBe(want);
  });
});

describe('JSON sample parser', () => {
  it('keeps number source text and key order', () => {
    expect(parseJsonSample('{"b": 1.0, "a": [true, null]}', 't')).toEqual({
      kind: 'object',
      entries: [
        ['b', { kind: 'number', raw: '1.0' }],
        ['a', { kind: 'array', items: [{ kind: 'boolean', value: true }, { kind: 'null' }] }],
      ],
    });
  });

  it('names the place of a syntax error', () => {
    expect(() => parseJsonSample('{"a": }', 'page X')).toThrow(
      /page X: JSON sample: expected a JSON value at offset 6/,
    );
  });
});
