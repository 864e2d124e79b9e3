/** `fitPlaceholders`: the help site's `sample string N` cut to the member's `maxLength`, nothing else. */
import { describe, expect, it } from 'vitest';

import type { TypeDef } from '../ir/schema.js';
import { fitPlaceholders } from '../openapi/placeholders.js';
import { complexType, dict, list, property, ref, str } from './ir-builders.js';

const address = complexType('Address', [
  property('CountryCode', str, { constraints: { maxLength: 2 } }),
  property('Street', str, { constraints: { maxLength: 5 } }),
  property('City', str),
]);
const person = complexType('Person', [property('Address', ref('Address'))]);
const company = complexType('Company', [property('Code', str, { constraints: { maxLength: 3 } })]);
const types = new Map<string, TypeDef>([address, person, company].map((t) => [t.id, t]));

describe('fitPlaceholders', () => {
  it('cuts a placeholder to maxLength and keeps real values and unconstrained members', () => {
    const value = { countryCode: 'sample string 4', street: 'Storgatan 1', city: 'sample string 3', extra: 1 };
    expect(fitPlaceholders(value, [ref('Address')], types)).toEqual({
      countryCode: 'sa',
      street: 'Storgatan 1',
      city: 'sample string 3',
      extra: 1,
    });
  });

  it('follows models, collections and dictionaries', () => {
    expect(fitPlaceholders([{ address: { countryCode: 'sample string 1' } }], [list(ref('Person'))], types)).toEqual([
      { address: { countryCode: 'sa' } },
    ]);
    expect(fitPlaceholders({ k: { countryCode: 'sample string 2' } }, [dict(str, ref('Address'))], types)).toEqual({
      k: { countryCode: 'sa' },
    });
  });

  it('lets every alternative of a polymorphic result fit its members', () => {
    const value = { address: { countryCode: 'sample string 1' }, code: 'sample string 2' };
    expect(fitPlaceholders(value, [ref('Person'), ref('Company')], types)).toEqual({
      address: { countryCode: 'sa' },
      code: 'sam',
    });
  });

  it('leaves a value of another shape as it is', () => {
    expect(fitPlaceholders('sample string 1', [ref('Address')], types)).toBe('sample string 1');
    expect(fitPlaceholders({ a: 1 }, [list(str)], types)).toEqual({ a: 1 });
  });
});
