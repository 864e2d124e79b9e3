import { describe, expect, it } from 'vitest';

import type { ApiIR, Operation } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { applyTemplateKeys, nestedKey, templateKeys } from '../scraper/query-keys.js';
import { readSnapshot } from '../snapshot/read.js';

const FIXTURE = 'test/fixtures/stock-site';

function op(ir: ApiIR, id: string): Operation {
  const found = ir.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id} in the fixture site`);
  return found;
}

const keysOf = (o: Operation) => o.parameters.map((p) => [p.name, p.in, p.indexed ?? false]);

describe('template keys', () => {
  it('reads keys once each, indexed ones without their index', () => {
    expect(templateKeys('paging.pageIndex={paging.pageIndex}&ids[0]={ids[0]}&ids[1]={ids[1]}&a={a}')).toEqual([
      { key: 'paging.pageIndex', indexed: false },
      { key: 'ids', indexed: true },
      { key: 'a', indexed: false },
    ]);
    expect(templateKeys('')).toEqual([]);
  });

  it('renames a row to the template key by its last segment, and only when that is unambiguous', () => {
    const param = (name: string) => ({
      name,
      in: 'query' as const,
      type: { kind: 'simple', name: 'integer' } as const,
      required: false,
      constraints: {},
      description: '',
      notes: [],
    });
    const keys = templateKeys('a.size={a.size}&b.size={b.size}&paging.pageIndex={paging.pageIndex}');
    expect(applyTemplateKeys([param('PageIndex'), param('Size')], keys).map((p) => p.name)).toEqual([
      'paging.pageIndex',
      'Size',
    ]);
    expect(nestedKey('paging', 'PageSize')).toBe('paging.pageSize');
  });
});

describe('query keys of the stock fixture site', async () => {
  const ir = scrapeSnapshot(await readSnapshot(FIXTURE));

  it('takes prefixed keys from the route template, not the row names', () => {
    const search = ir.operations.find((o) => o.id.startsWith('GET-api-courses-v1-search_'))!;
    expect(search.path).toBe('api/courses/v1/search');
    expect(keysOf(search).slice(0, 3)).toEqual([
      ['paging.pageIndex', 'query', false],
      ['paging.pageSize', 'query', false],
      ['filter.categoryIdentifierOfTheCourseCatalogue', 'query', false],
    ]);
  });

  it('expands a nested complex [FromUri] object with its prefix, top-level members without', () => {
    const list = op(ir, 'GET-api-courses-v1-list-customerId');
    expect(keysOf(list)).toEqual([
      ['customerId', 'path', false],
      ['Name', 'query', false],
      ['paging.pageIndex', 'query', false],
      ['paging.pageSize', 'query', false],
    ]);
    expect(list.parameters[2]!.boundFrom).toEqual({ parameter: 'query', typeId: 'Paging' });
  });

  it('turns indexed placeholders into one list parameter sent with indexed keys', () => {
    const groups = op(ir, 'GET-api-groups-v1_groupIds[0]_groupIds[1]');
    expect(keysOf(groups)).toEqual([['groupIds', 'query', true]]);
    expect(groups.parameters[0]!.type).toEqual({ kind: 'collection', items: { kind: 'simple', name: 'integer' } });
    expect(ir.diagnostics.filter((d) => d.url === groups.sourceUrl)).toEqual([]);
  });

  it('keeps both overloads of one route, each with its own query keys', () => {
    expect(keysOf(op(ir, 'GET-api-topics-v1_courseId'))).toEqual([['courseId', 'query', false]]);
    expect(keysOf(op(ir, 'GET-api-topics-v1_courseId_fromId'))).toEqual([
      ['courseId', 'query', false],
      ['fromId', 'query', false],
    ]);
    expect(ir.diagnostics.map((d) => d.code)).toContain('overloaded-route');
  });
});
