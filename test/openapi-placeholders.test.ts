/** `fitPlaceholders`: the help site's `sample string N` cut to the member's `maxLength`, nothing else. */
import { describe, expect, it } from 'vitest';

import type { ComplexType, TypeDef, TypeRef } from '../ir/schema.js';
import { fitPlaceholders } from '../openapi/placeholders.js';
import { prop } from './openapi-fixture.js';

const str: TypeRef = { kind: 'simple', name: 'string' };

function model(id: string, properties: ComplexType['properties']): ComplexType {
  return {
    kind: 'complex',
    id,
    name: id,
    description: '',
    xml: { name: id, namespace: null, source: 'rule' },
    properties,
    xmlOrder: properties.map((p) => p.clrName),
    sources: [],
  };
}

const address = model('Address', [
  prop('CountryCode', str, { constraints: { maxLength: 2 } }),
  prop('Street', str, { constraints: { maxLength: 5 } }),
  prop('City', str),
]);
const person = model('Person', [prop('Address', { kind: 'ref', id: 'Address' })]);
const company = model('Company', [prop('Code', str, { constraints: { maxLength: 3 } })]);
const types = new Map<string, TypeDef>([address, person, company].map((t) => [t.id, t]));

describe('fitPlaceholders', () => {
  it('cuts a placeholder to maxLength and keeps real values and unconstrained members', () => {
    const value = { countryCode: 'sample string 4', street: 'Storgatan 1', city: 'sample string 3', extra: 1 };
    expect(fitPlaceholders(value, [{ kind: 'ref', id: 'Address' }], types)).toEqual({
      countryCode: 'sa',
      street: 'Storgatan 1',
      city: 'sample string 3',
      extra: 1,
    });
  });

  it('follows models, collections and dictionaries', () => {
    const list: TypeRef = { kind: 'collection', items: { kind: 'ref', id: 'Person' } };
    expect(fitPlaceholders([{ address: { countryCode: 'sample string 1' } }], [list], types)).toEqual([
      { address: { countryCode: 'sa' } },
    ]);
    const dict: TypeRef = { kind: 'dictionary', key: str, value: { kind: 'ref', id: 'Address' } };
    expect(fitPlaceholders({ k: { countryCode: 'sample string 2' } }, [dict], types)).toEqual({
      k: { countryCode: 'sa' },
    });
  });

  it('lets every alternative of a polymorphic result fit its members', () => {
    const value = { address: { countryCode: 'sample string 1' }, code: 'sample string 2' };
    const shapes: TypeRef[] = [
      { kind: 'ref', id: 'Person' },
      { kind: 'ref', id: 'Company' },
    ];
    expect(fitPlaceholders(value, shapes, types)).toEqual({ address: { countryCode: 'sa' }, code: 'sam' });
  });

  it('leaves a value of another shape as it is', () => {
    expect(fitPlaceholders('sample string 1', [{ kind: 'ref', id: 'Address' }], types)).toBe('sample string 1');
    expect(fitPlaceholders({ a: 1 }, [{ kind: 'collection', items: str }], types)).toEqual({ a: 1 });
  });
});
