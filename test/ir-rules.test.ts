import { describe, expect, it } from 'vitest';

import { modelPrefix, modelShortName } from '../ir/model-id.js';
import { normalisePathTemplate, placeholders } from '../ir/path-template.js';
import { refIds } from '../ir/type-ref.js';

describe('model ids', () => {
  it.each([
    ['Search_CrmContactSearchMatch', 'Search', 'CrmContactSearchMatch'],
    // No `_`: no prefix, and the whole id is the short name (nothing cut off).
    ['Paging', null, 'Paging'],
    ['_Odd', null, '_Odd'],
  ])('%s -> prefix %s, short name %s', (id, prefix, short) => {
    expect(modelPrefix(id)).toBe(prefix);
    expect(modelShortName(id)).toBe(short);
  });
});

describe('path templates', () => {
  it.each([
    ['User/Notify/{customerId}', 'User/Notify/{customerId}', ['customerId']],
    ['a/{id:int}/{x?}/{*rest}', 'a/{id}/{x}/{rest}', ['id', 'x', 'rest']],
    ['a/{id:min(1)}', 'a/{id}', ['id']],
  ])('%s', (template, normal, names) => {
    expect(normalisePathTemplate(template)).toBe(normal);
    expect(placeholders(template)).toEqual(names);
    expect(placeholders(normalisePathTemplate(template))).toEqual(names);
  });
});

describe('TypeRef walk', () => {
  it('finds nested model ids in order', () => {
    expect(
      refIds({
        kind: 'dictionary',
        key: { kind: 'ref', id: 'A_K' },
        value: { kind: 'collection', items: { kind: 'ref', id: 'B_V' } },
      }),
    ).toEqual(['A_K', 'B_V']);
    expect(refIds({ kind: 'simple', name: 'string' })).toEqual([]);
  });
});
