/**
 * Links to models no page defines: the scraper names their XML once, and the SDK's descriptors and
 * the OpenAPI export both describe such a link with those facts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { planSdk } from '../emitter/plan.js';
import { responseDesc, typeDesc, type DescData } from '../emitter/type-map.js';
import type { ApiIR, ComplexType, TypeDef } from '../ir/schema.js';
import { toOpenApi } from '../openapi/index.js';
import { componentNames } from '../openapi/names.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { unresolvedModels } from '../scraper/unresolved-models.js';
import { readSnapshot } from '../snapshot/read.js';
import { nameLinks } from './descriptor-links.js';
import { fixtureIr } from './emitter-fixture.js';

const NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';

function shown(id: string, namespace: string | null): TypeDef {
  return {
    kind: 'enum',
    id,
    name: id,
    description: '',
    xml: { name: id, namespace, source: namespace === null ? 'rule' : 'sample' },
    members: [],
    sources: [],
    pageUrl: null,
  };
}

function linking(...ids: string[]): ComplexType {
  return {
    kind: 'complex',
    id: 'Z_Links',
    name: 'Links',
    description: '',
    xml: { name: 'Links', namespace: null, source: 'rule' },
    properties: ids.map((id) => ({
      clrName: id,
      jsonName: id,
      jsonNameSource: 'rule',
      xmlName: id,
      type: { kind: 'collection', items: { kind: 'ref', id } },
      required: false,
      constraints: {},
      description: '',
      notes: [],
    })),
    xmlOrder: ids,
    sources: [],
    pageUrl: null,
  };
}

/** The XML name and namespace a descriptor gives. */
const sdkXml = (desc: unknown) => {
  const d = desc as { xmlName?: string; xmlNamespace?: string } | null | undefined;
  return d?.xmlName !== undefined ? { name: d.xmlName, namespace: d.xmlNamespace ?? undefined } : undefined;
};

describe('unresolvedModels', () => {
  it('names each undefined model once, by the short name, with the namespace guessed from its prefix', () => {
    const types = [
      shown('Crm_Known', `${NS}.Crm`),
      shown('User_Known', `${NS}.User`),
      shown('Odd_Known', 'http://example.com/Elsewhere'),
      shown('Rule_Known', null),
      linking('Crm_Email', 'Office_Chain', 'Odd_Gone', 'Crm_Email', 'Paging'),
    ];
    expect(unresolvedModels([], types)).toEqual([
      // Same prefix as a sample-shown type: its namespace.
      { id: 'Crm_Email', xml: { name: 'Email', namespace: `${NS}.Crm`, source: 'rule' } },
      { id: 'Odd_Gone', xml: { name: 'Gone', namespace: 'http://example.com/Elsewhere', source: 'rule' } },
      // Another prefix: the base most shown namespaces follow, then the prefix.
      { id: 'Office_Chain', xml: { name: 'Chain', namespace: `${NS}.Office`, source: 'rule' } },
      // No prefix: no namespace to guess.
      { id: 'Paging', xml: { name: 'Paging', namespace: null, source: 'rule' } },
    ]);
  });

  it('guesses no namespace when no sample showed any', () => {
    expect(unresolvedModels([], [shown('Crm_Known', null), linking('Crm_Email')])).toEqual([
      { id: 'Crm_Email', xml: { name: 'Email', namespace: null, source: 'rule' } },
    ]);
  });
});

describe('an undocumented link: the SDK descriptor and the OpenAPI schema agree on its XML', () => {
  it('as the root of a response (the emitter fixture)', () => {
    const ir = fixtureIr();
    const op = ir.operations.find((o) => o.id === 'GET-Estate-customerId-Legacy')!;
    expect(op.response.type).toEqual({ kind: 'ref', id: 'Estate_Missing' });
    const sdk = sdkXml(responseDesc(op, planSdk(ir), nameLinks));
    const schema = toOpenApi(ir).paths['/Estate/{customerId}/Legacy']?.get?.responses['200'];
    const xml = schema && 'content' in schema ? schema.content?.['application/xml']?.schema : undefined;
    expect(sdk).toEqual({ name: 'Missing', namespace: `${NS}.Estate` });
    expect(xml && 'xml' in xml ? xml.xml : undefined).toEqual(sdk);
  });

  it('as the items of every collection property of site-snapshot/ that links one', async () => {
    const ir: ApiIR = scrapeSnapshot(await readSnapshot(fileURLToPath(new URL('../site-snapshot', import.meta.url))));
    const plan = planSdk(ir);
    const doc = toOpenApi(ir);
    const names = componentNames(ir.types);
    const unresolved = new Set(ir.unresolvedModels.map((m) => m.id));
    let compared = 0;
    for (const t of ir.types) {
      if (t.kind !== 'complex') continue;
      for (const p of t.properties) {
        if (p.type.kind !== 'collection' || p.type.items.kind !== 'ref' || !unresolved.has(p.type.items.id)) continue;
        if (t.properties.some((q) => q !== p && q.jsonName === p.jsonName)) continue;
        const desc: DescData = typeDesc(p.type, plan, nameLinks);
        const sdk = sdkXml(desc.kind === 'collection' ? desc.items : undefined);
        const items = doc.components.schemas[names.get(t.id)!]?.properties?.[p.jsonName]?.items;
        expect(sdk, `${t.id}.${p.clrName}`).toBeDefined();
        expect(items?.xml, `${t.id}.${p.clrName}`).toEqual(sdk);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
