/**
 * Polymorphic responses in DataContract XML: the emitter hands the base contract the samples showed
 * to the `oneOf` descriptor, and the runtime writes each value under it with `i:type` naming the
 * model, reads `i:type` to pick the model, and keeps that choice when writing the value back.
 */
import { describe, expect, it } from 'vitest';

import { planSdk } from '../emitter/plan.js';
import { responseDesc } from '../emitter/type-map.js';
import type { SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { XSI_NS } from '../templates/runtime/xml-codec.js';
import { readXml, writeXml } from '../templates/runtime/xml.js';
import { linksTo, nameLinks } from './descriptor-links.js';
import { fixtureIr } from './emitter-fixture.js';

const CRM = 'urn:crm';
const OTHER = 'urn:other';
const member = (name: string) => ({
  name: name.toLowerCase(),
  json: name.toLowerCase(),
  xml: name,
  type: { kind: 'simple', name: 'string' } as const,
  required: false,
});
const schemas: Record<string, SchemaDesc> = {
  Company: {
    kind: 'complex',
    name: 'Company',
    xmlName: 'CrmCompany',
    xmlNamespace: CRM,
    properties: [member('Id'), member('Name')],
  },
  Person: {
    kind: 'complex',
    name: 'Person',
    xmlName: 'CrmPerson',
    xmlNamespace: CRM,
    properties: [member('Id'), member('Name')],
  },
  Elsewhere: { kind: 'complex', name: 'Elsewhere', xmlName: 'Far', xmlNamespace: OTHER, properties: [member('Id')] },
};
const { oneOf } = linksTo(() => schemas);
const based: TypeDesc = oneOf(['Company', 'Person'], { xmlName: 'CrmContact', xmlNamespace: CRM });
const head = `xmlns:i="${XSI_NS}" xmlns="${CRM}"`;

describe('runtime: a oneOf with a base contract', () => {
  it.each([
    [
      'one value',
      based,
      { id: '1', name: 'A' },
      `<CrmContact i:type="CrmCompany" ${head}><Id>1</Id><Name>A</Name></CrmContact>`,
    ],
    [
      'a list',
      { kind: 'collection', items: based },
      [{ id: '1' }],
      `<ArrayOfCrmContact ${head}><CrmContact i:type="CrmCompany"><Id>1</Id></CrmContact></ArrayOfCrmContact>`,
    ],
    [
      'no base contract: named after the model, no i:type',
      oneOf(['Company', 'Person']),
      { id: '1' },
      `<CrmCompany ${head}><Id>1</Id></CrmCompany>`,
    ],
  ] as [string, TypeDesc, unknown, string][])('writes %s', (_, type, value, xml) => {
    expect(writeXml(value, type)).toBe(xml);
  });

  it('declares the prefix of a model in another namespace for its i:type', () => {
    const type: TypeDesc = oneOf(['Elsewhere'], { xmlName: 'CrmContact', xmlNamespace: CRM });
    expect(writeXml({ id: '1' }, type)).toBe(
      `<CrmContact i:type="d1p1:Far" ${head} xmlns:d1p1="${OTHER}"><d1p1:Id>1</d1p1:Id></CrmContact>`,
    );
  });

  it.each(['CrmCompany', 'CrmPerson'])(
    'reads i:type="%s" and writes the same model back though the members fit both',
    (model) => {
      const xml = `<CrmContact i:type="${model}" ${head}><Id>1</Id></CrmContact>`;
      const value = readXml(xml, based);
      expect(value).toEqual({ id: '1' });
      expect(writeXml(value, based)).toBe(xml);
      // A prefixed QName resolves through its prefix.
      const prefixed = `<CrmContact xmlns:c="${CRM}" i:type="c:${model}" ${head}><Id>1</Id></CrmContact>`;
      expect(writeXml(readXml(prefixed, based), based)).toBe(xml);
    },
  );
});

describe('emitter: the oneOf descriptor of a polymorphic response', () => {
  const ir = fixtureIr();
  const op = ir.operations.find((o) => o.response.alternatives.length > 1)!;

  it('carries the base contract the samples showed', () => {
    op.response.xmlRoot = { name: 'CrmContact', namespace: CRM };
    expect(responseDesc(op, planSdk(ir), nameLinks)).toEqual({
      kind: 'oneOf',
      of: ['CrmCompanyContact', 'CrmPersonContact'],
      pick: 'pickComplex',
      xmlName: 'CrmContact',
      xmlNamespace: CRM,
    });
    op.response.xmlRoot = { name: 'CrmContact', namespace: null };
    expect(responseDesc(op, planSdk(ir), nameLinks)).toEqual({
      kind: 'oneOf',
      of: ['CrmCompanyContact', 'CrmPersonContact'],
      pick: 'pickComplex',
      xmlName: 'CrmContact',
    });
  });

  it('has none when no sample showed one', () => {
    delete op.response.xmlRoot;
    expect(responseDesc(op, planSdk(ir), nameLinks)).toEqual({
      kind: 'oneOf',
      of: ['CrmCompanyContact', 'CrmPersonContact'],
      pick: 'pickComplex',
    });
  });
});
