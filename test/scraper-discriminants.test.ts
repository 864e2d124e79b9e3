/** scraper/discriminants.ts: which enum value tags each alternative of a polymorphic result, as the samples show. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { irFromSnapshot } from '../cli/inputs.js';
import type { Operation, TypeDef } from '../ir/schema.js';
import { discriminants } from '../scraper/discriminants.js';
import { complexType, enumMember, enumType, list, operation, property, ref, sample, str } from './ir-builders.js';

const KIND = enumType('Models_ContactType', [
  enumMember('Person'),
  enumMember('Company'),
  enumMember('DeceasedEstate'),
]);
const contact = (id: string) => complexType(id, [property('Id', str), property('Type', ref('Models_ContactType'))]);
const TYPES: TypeDef[] = [
  KIND,
  contact('Crm_CrmCompanyContact'),
  contact('Crm_CrmPersonContact'),
  contact('Crm_CrmDeceasedEstateContact'),
];
const ALTERNATIVES = ['Crm_CrmCompanyContact', 'Crm_CrmPersonContact', 'Crm_CrmDeceasedEstateContact'].map(ref);
const XSI = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

/** A polymorphic result with a JSON and an XML sample. */
function polymorphic(json: string, xml: string): Operation {
  return operation('GET', 'CRM/Contact/{customerId}/{contactId}', {
    response: { type: ALTERNATIVES[0]!, alternatives: ALTERNATIVES, description: '' },
    responseSamples: [sample('json', json), sample('xml', xml)],
  });
}

/** A response that is a list of exactly one alternative. */
function companies(json: string): Operation {
  return operation('GET', 'CRM/Contact/{customerId}/Company', {
    response: { type: list(ref('Crm_CrmCompanyContact')), alternatives: [], description: '' },
    responseSamples: [sample('json', json)],
  });
}

const PERSON_XML = `<CrmContact i:type="CrmPersonContact" ${XSI}><Id>1</Id><Type>Person</Type></CrmContact>`;

describe('discriminants', () => {
  it('reads a single-type sample, pairs a polymorphic JSON sample with its XML i:type, and tags the one left', () => {
    const ops = [companies('[{"id":"1","type":"Company"}]'), polymorphic('{"id":"1","type":"Person"}', PERSON_XML)];
    expect(Object.fromEntries(discriminants(ops, TYPES))).toEqual({
      Crm_CrmCompanyContact: { clrName: 'Type', value: 'Company' },
      Crm_CrmPersonContact: { clrName: 'Type', value: 'Person' },
      Crm_CrmDeceasedEstateContact: { clrName: 'Type', value: 'DeceasedEstate' },
    });
  });

  it('pairs list items by position', () => {
    const xml = `<ArrayOfCrmContact ${XSI}><CrmContact i:type="CrmCompanyContact"/><CrmContact i:type="CrmPersonContact"/></ArrayOfCrmContact>`;
    const op = operation('GET', 'CRM/Contact/{customerId}/{contactIds}', {
      response: { type: list(ALTERNATIVES[0]!), alternatives: ALTERNATIVES, description: '' },
      responseSamples: [sample('json', '[{"type":"Company"},{"type":"Person"}]'), sample('xml', xml)],
    });
    expect(discriminants([op], TYPES).get('Crm_CrmPersonContact')).toEqual({ clrName: 'Type', value: 'Person' });
  });

  const untagged: [string, Operation[]][] = [
    [
      'samples of one type that disagree',
      [companies('[{"type":"Company"},{"type":"Person"}]'), polymorphic('{"type":"Person"}', PERSON_XML)],
    ],
    [
      'a value that is no member of the enum',
      [companies('[{"type":"Firma"}]'), polymorphic('{"type":"Person"}', PERSON_XML)],
    ],
    [
      'two alternatives with one value',
      [companies('[{"type":"Person"}]'), polymorphic('{"type":"Person"}', PERSON_XML)],
    ],
  ];
  it.each(untagged)('gives no tag to the company contact for %s', (_name, ops) => {
    expect(discriminants(ops, TYPES).has('Crm_CrmCompanyContact')).toBe(false);
  });

  it('tags none by elimination when the value left is not part of the name', () => {
    const types = TYPES.map((t) => (t.id === 'Crm_CrmDeceasedEstateContact' ? { ...t, name: 'CrmEstate' } : t));
    const ops = [companies('[{"type":"Company"}]'), polymorphic('{"type":"Person"}', PERSON_XML)];
    expect(discriminants(ops, types).has('Crm_CrmDeceasedEstateContact')).toBe(false);
  });

  it('finds no tag where the alternatives share no enum member', () => {
    const types = TYPES.map((t) =>
      t.kind === 'complex' && t.id === 'Crm_CrmPersonContact' ? { ...t, properties: [property('Id', str)] } : t,
    );
    expect(discriminants([polymorphic('{"type":"Person"}', PERSON_XML)], types).size).toBe(0);
  });
});

describe('the committed snapshot', () => {
  it('tags each contact type with its ContactType member', async () => {
    const ir = await irFromSnapshot(path.join(import.meta.dirname, '..', 'site-snapshot'));
    const tags = ir.types.flatMap((t) =>
      t.kind === 'complex'
        ? t.properties.flatMap((p) => (p.discriminator ? [[t.id, p.clrName, p.discriminator]] : []))
        : [],
    );
    expect(tags).toEqual([
      ['Crm_CrmCompanyContact', 'Type', 'Company'],
      ['Crm_CrmDeceasedEstateContact', 'Type', 'DeceasedEstate'],
      ['Crm_CrmPersonContact', 'Type', 'Person'],
    ]);
  });
});
