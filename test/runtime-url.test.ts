import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import type { OperationSpec } from '../templates/runtime/operation.js';
import { buildPath, buildQuery, type PathValue } from '../templates/runtime/url.js';
import { listOfficesOp, notifyOp } from './runtime-fixture.js';

const BASE = 'https://api.example';

function attempt(f: () => string): string {
  try {
    return f();
  } catch (err) {
    if (err instanceof CodecError) return `error ${err.path}: ${err.problem}`;
    throw err;
  }
}

const twoParams: OperationSpec = {
  ...notifyOp,
  path: 'CRM/Contact/{customerId}/Item/{id}',
  pathParams: ['customerId', 'id'],
};

describe('buildPath', () => {
  it.each<[string, OperationSpec, PathValue[], string]>([
    ['a plain value', notifyOp, ['M30011'], `${BASE}/User/Notify/M30011`],
    ['characters that need encoding', notifyOp, ['a/b c?&å'], `${BASE}/User/Notify/a%2Fb%20c%3F%26%C3%A5`],
    ['numbers and booleans', twoParams, [12, true], `${BASE}/CRM/Contact/12/Item/true`],
    ['a missing value', twoParams, ['S1'], 'error id: the path parameter is missing'],
    ['an empty value', notifyOp, [''], 'error customerId: the path parameter is missing'],
  ])('%s', (_, op, values, expected) => {
    expect(attempt(() => buildPath(BASE, op, values))).toBe(expected);
  });
});

const indexedOp: OperationSpec = {
  ...listOfficesOp,
  query: listOfficesOp.query.map((q) => (q.wire === 'Ids' ? { ...q, indexed: true } : q)),
};

describe('buildQuery', () => {
  it.each<[string, OperationSpec, object | undefined, string]>([
    [
      'wire keys, booleans, repeated lists',
      listOfficesOp,
      { pageSize: 10, active: false, ids: ['a b', 'c'] },
      '?PageSize=10&Active=false&Ids=a%20b&Ids=c',
    ],
    [
      'undefined and null left out',
      listOfficesOp,
      { pageSize: 1, active: undefined, ids: null, status: 'Active' },
      '?PageSize=1&Status=Active',
    ],
    ['null list items left out', listOfficesOp, { pageSize: 1, ids: ['x', null] }, '?PageSize=1&Ids=x'],
    [
      'indexed lists: brackets encoded, no gap where an item is left out',
      indexedOp,
      { pageSize: 1, ids: ['a', null, 'b'] },
      '?PageSize=1&Ids%5B0%5D=a&Ids%5B1%5D=b',
    ],
    [
      'dotted wire keys of nested query objects',
      {
        ...listOfficesOp,
        query: [
          {
            name: 'pagingPageSize',
            wire: 'paging.pageSize',
            type: { kind: 'simple', name: 'integer' },
            required: true,
          },
        ],
      },
      { pagingPageSize: 5 },
      '?paging.pageSize=5',
    ],
    ['keys the spec does not list ignored', listOfficesOp, { pageSize: 1, other: 2 }, '?PageSize=1'],
    ['nothing to send', notifyOp, undefined, ''],
    [
      'a path that already has a query',
      { ...listOfficesOp, path: 'Office/List?customer={customerId}' },
      { pageSize: 1 },
      '&PageSize=1',
    ],
    [
      'a required value missing',
      listOfficesOp,
      { active: true },
      'error query.pageSize: the required query parameter is missing',
    ],
    [
      'an object value',
      listOfficesOp,
      { pageSize: { n: 1 } },
      'error query.pageSize: expected a string, number or boolean, got an object',
    ],
    [
      'a list item of the wrong kind',
      listOfficesOp,
      { pageSize: 1, ids: ['a', {}] },
      'error query.ids[1]: expected a string, number or boolean, got an object',
    ],
    [
      'a non-finite number',
      listOfficesOp,
      { pageSize: Number.NaN },
      'error query.pageSize: expected a finite number, got number NaN',
    ],
  ])('%s', (_, op, query, expected) => {
    expect(attempt(() => buildQuery(op, query))).toBe(expected);
  });
});
