/**
 * What the scraper learns from XML samples beyond names: `decimal number` refined by the element
 * names of collection items and primitive roots, and the base contract (with `i:type`) a
 * polymorphic response is written under.
 */
import { describe, expect, it } from 'vitest';

import type { Sample, TypeRef } from '../ir/schema.js';
import { DiagnosticSink } from '../scraper/diagnostics.js';
import type { ComplexFact, OperationDraft } from '../scraper/facts.js';
import type { Member } from '../scraper/members.js';
import { complexType, operationType, responseXmlRoot } from '../scraper/wire-decide.js';
import type { Shape } from '../scraper/wire-names.js';
import { observeSamples } from '../scraper/wire-observe.js';

const ARRAYS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
const SER = 'http://schemas.microsoft.com/2003/10/Serialization/';
const CRM = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const decimal: TypeRef = { kind: 'simple', name: 'decimal' };
const str: TypeRef = { kind: 'simple', name: 'string' };
const ref = (id: string): TypeRef => ({ kind: 'ref', id });
const list = (items: TypeRef): TypeRef => ({ kind: 'collection', items });

const members = (...names: [string, TypeRef][]) => names.map(([clrName, type]) => ({ clrName, type }));
const shapes: Record<string, Shape> = {
  Steps: { kind: 'complex', properties: members(['Prices', list(decimal)], ['Price', decimal]) },
  Crm_Person: {
    kind: 'complex',
    properties: members(['Id', { kind: 'simple', name: 'string' }], ['FirstName', { kind: 'simple', name: 'string' }]),
  },
  Odd: { kind: 'complex', properties: members(['/*', str], ['Name', str], ['1st', str]) },
  Crm_Company: {
    kind: 'complex',
    properties: members(['Id', { kind: 'simple', name: 'string' }], ['Name', { kind: 'simple', name: 'string' }]),
  },
};
const lookup = (id: string): Shape | undefined => shapes[id];
const typeNames = new Map([
  ['Steps', 'Steps'],
  ['Odd', 'Odd'],
  ['Crm_Person', 'Person'],
  ['Crm_Company', 'Company'],
]);

function op(id: string, response: TypeRef, alternatives: TypeRef[], xml: string): OperationDraft {
  const sample: Sample = { mediaTypes: ['application/xml'], format: 'xml', text: xml };
  return {
    id,
    method: 'GET',
    path: id,
    summary: '',
    description: '',
    sourceUrl: `https://x/Help/Api/${id}`,
    parameters: [],
    templateKeys: [],
    body: null,
    response: { type: response, alternatives, description: '' },
    requestSamples: [],
    responseSamples: [sample],
  };
}

const member = (name: string, type: TypeRef): Member => ({
  name,
  type,
  required: false,
  constraints: {},
  description: '',
  notes: [],
  where: name,
});
const stepsFact: ComplexFact = {
  kind: 'complex',
  id: 'Steps',
  name: 'Steps',
  description: '',
  url: 'u',
  fromModelPage: true,
  where: 'page',
  members: [member('Prices', list(decimal)), member('Price', decimal)],
};

const stepsXml = (item: string) =>
  `<Steps xmlns:i="${XSI}" xmlns="urn:m"><Price>1.1</Price><Prices xmlns:d2p1="${ARRAYS}"><d2p1:${item}>1.1</d2p1:${item}></Prices></Steps>`;

describe('decimal number refined by XML element names', () => {
  it.each([
    ['double', 'double'],
    ['float', 'float'],
    ['decimal', 'decimal'],
  ] as const)(
    'collection items named <%s> make the property a collection of %s; a scalar stays decimal',
    (item, expected) => {
      const sink = new DiagnosticSink();
      const obs = observeSamples([op('GET-Steps', ref('Steps'), [], stepsXml(item))], lookup, typeNames, sink);
      const type = complexType(
        stepsFact,
        { sources: ['u'], pageUrl: null },
        obs,
        { ruleFor: () => 'camel', samplesWin: true, site: 'camel', byPage: new Map() },
        sink,
      );
      expect(type.properties.find((p) => p.clrName === 'Prices')!.type).toEqual(
        list({ kind: 'simple', name: expected }),
      );
      expect(type.properties.find((p) => p.clrName === 'Price')!.type).toEqual(decimal);
    },
  );

  it.each([
    [
      '<ArrayOfdouble>',
      list(decimal),
      `<ArrayOfdouble xmlns:i="${XSI}" xmlns="${ARRAYS}"><double>1.1</double></ArrayOfdouble>`,
      list({ kind: 'simple', name: 'double' }),
    ],
    ['<double> root', decimal, `<double xmlns="${SER}">1.1</double>`, { kind: 'simple', name: 'double' }],
    ['<decimal> root', decimal, `<decimal xmlns="${SER}">1</decimal>`, decimal],
    ['<double> outside the serialization namespaces', decimal, `<double xmlns="urn:other">1.1</double>`, decimal],
  ] as [string, TypeRef, string, TypeRef][])('a response whose sample root is %s', (_, declared, xml, expected) => {
    const sink = new DiagnosticSink();
    const obs = observeSamples([op('GET-X', declared, [], xml)], lookup, typeNames, sink);
    expect(operationType('GET-X', 'response', declared, obs, sink)).toEqual(expected);
  });
});

describe('polymorphic responses under a base contract', () => {
  const alternatives = [ref('Crm_Company'), ref('Crm_Person')];

  it('learns the base root and the alternative from i:type on the root (the response stays one object)', () => {
    const sink = new DiagnosticSink();
    const xml = `<Contact i:type="Person" xmlns:i="${XSI}" xmlns="${CRM}"><FirstName>A</FirstName><Id>1</Id></Contact>`;
    const obs = observeSamples([op('GET-C', ref('Crm_Company'), alternatives, xml)], lookup, typeNames, sink);
    expect(responseXmlRoot('GET-C', obs, sink)).toEqual({ name: 'Contact', namespace: CRM });
    // The derived contract's own name comes from i:type, not from the element it is written as.
    expect(obs.typeNames.get('Crm_Person').map((s) => s.value)).toEqual(['Person']);
    expect(obs.namespaces.get('Crm_Person').map((s) => s.value)).toEqual([CRM]);
    expect(obs.xmlOrders.get('Crm_Person').map((s) => s.value)).toEqual([['FirstName', 'Id']]);
    expect(obs.typeNames.get('Crm_Company')).toEqual([]);
    expect(operationType('GET-C', 'response', ref('Crm_Company'), obs, sink)).toEqual(ref('Crm_Company'));
    expect(sink.sorted()).toEqual([]);
  });

  it('learns it from i:type on each item of an ArrayOf root', () => {
    const sink = new DiagnosticSink();
    const xml = `<ArrayOfContact xmlns:i="${XSI}" xmlns="${CRM}"><Contact i:type="Company"><Id>1</Id><Name>N</Name></Contact><Contact i:type="Person"><Id>2</Id></Contact></ArrayOfContact>`;
    const obs = observeSamples([op('GET-Cs', ref('Crm_Company'), alternatives, xml)], lookup, typeNames, sink);
    expect(responseXmlRoot('GET-Cs', obs, sink)).toEqual({ name: 'Contact', namespace: CRM });
    // The page lists the models only; the sample shows the response is a list of them.
    expect(operationType('GET-Cs', 'response', ref('Crm_Company'), obs, sink)).toEqual(list(ref('Crm_Company')));
    expect(obs.typeNames.get('Crm_Company').map((s) => s.value)).toEqual(['Company']);
    expect(obs.typeNames.get('Crm_Person').map((s) => s.value)).toEqual(['Person']);
  });

  it('without i:type a base-named root teaches nothing and says so', () => {
    const sink = new DiagnosticSink();
    const xml = `<Contact xmlns:i="${XSI}" xmlns="${CRM}"><Id>1</Id></Contact>`;
    const obs = observeSamples([op('GET-C', ref('Crm_Company'), alternatives, xml)], lookup, typeNames, sink);
    expect(responseXmlRoot('GET-C', obs, sink)).toBeUndefined();
    expect(sink.sorted().map((d) => d.code)).toEqual(['xml-sample-root-unmatched']);
  });
});

describe('member names that are no XML names', () => {
  const oddFact: ComplexFact = {
    ...stepsFact,
    id: 'Odd',
    name: 'Odd',
    members: [member('/*', str), member('Name', str), member('1st', str)],
  };

  it('matches an XmlConvert-encoded element to its member, and encodes the name no sample shows', () => {
    const sink = new DiagnosticSink();
    const xml = '<Odd xmlns="urn:m"><_x002F__x002A_>a</_x002F__x002A_><Name>b</Name></Odd>';
    const obs = observeSamples([op('GET-Odd', ref('Odd'), [], xml)], lookup, typeNames, sink);
    const type = complexType(
      oddFact,
      { sources: ['u'], pageUrl: null },
      obs,
      { ruleFor: () => 'pascal', samplesWin: true, site: 'pascal', byPage: new Map() },
      sink,
    );
    expect(type.properties.map((p) => [p.clrName, p.xmlName])).toEqual([
      ['/*', '_x002F__x002A_'],
      ['Name', 'Name'],
      ['1st', '_x0031_st'],
    ]);
    expect(type.xmlOrder).toEqual(['/*', 'Name', '1st']);
    expect(sink.sorted().filter((d) => d.code === 'sample-member-unmatched')).toEqual([]);
  });
});

describe('XML samples that are not XML, or not only elements', () => {
  it.each([
    ['an unclosed element', `<Steps xmlns="urn:m"><Price>1.1</Steps>`, /unexpected close tag/],
    ['text after the root', `<Steps xmlns="urn:m"></Steps>trailing`, /text data outside of root node/],
    ['an undeclared prefix', `<x:Steps xmlns="urn:m"></x:Steps>`, /unbound namespace prefix: "x"/],
    ['no element at all', `sample string 1`, /text data outside of root node/],
  ])('%s: sample-not-xml at the page and section, with the parser’s reason', (_, xml, reason) => {
    const sink = new DiagnosticSink();
    observeSamples([op('GET-Steps', ref('Steps'), [], xml)], lookup, typeNames, sink);
    const [found, ...rest] = sink.sorted();
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: 'sample-not-xml', url: 'https://x/Help/Api/GET-Steps' });
    expect(found!.where).toContain('Response Formats');
    expect(found!.message).toMatch(reason);
  });

  it('reads names through comments, processing instructions, CDATA and a document type declaration', () => {
    const sink = new DiagnosticSink();
    const xml = `<?xml version="1.0"?><!DOCTYPE Steps><!-- a note --><Steps xmlns:i="${XSI}" xmlns="urn:m"><?pi x?><Price><![CDATA[1.1]]></Price><Prices xmlns:d2p1="${ARRAYS}"><d2p1:double>1.1</d2p1:double></Prices></Steps>`;
    const obs = observeSamples([op('GET-Steps', ref('Steps'), [], xml)], lookup, typeNames, sink);
    expect(sink.sorted()).toEqual([]);
    expect(obs.xmlOrders.get('Steps').map((s) => s.value)).toEqual([['Price', 'Prices']]);
    expect(obs.namespaces.get('Steps').map((s) => s.value)).toEqual(['urn:m']);
  });
});
