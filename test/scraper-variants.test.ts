/**
 * Template variants met on other vendors' Help Page sites: each has a fixture page in
 * test/fixtures/variants/ (stock markup with that site's customisation) and a given/want test on its IR.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { emitSdk } from '../emitter/index.js';
import { parseIr, serializeIr } from '../ir/io.js';
import type { ApiIR, ComplexType, Operation } from '../ir/schema.js';
import { toOpenApi } from '../openapi/index.js';
import { scrapeSnapshot } from '../scraper/index.js';

const ORIGIN = 'https://api.example.test';
const fixture = (name: string): string => readFileSync(`test/fixtures/variants/${name}`, 'utf8');

/** Scrape fixture pages served at the given paths; the IR must validate. */
function scrape(pages: Record<string, string>): ApiIR {
  const ir = scrapeSnapshot({
    helpRoot: `${ORIGIN}/Help`,
    pages: Object.entries(pages).map(([path, file]) => ({
      url: `${ORIGIN}${path}`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fixture(file),
    })),
  });
  return parseIr(serializeIr(ir), 'test');
}

function only(ir: ApiIR): Operation {
  expect(ir.operations).toHaveLength(1);
  return ir.operations[0]!;
}

function type(ir: ApiIR, id: string): ComplexType {
  const found = ir.types.find((t) => t.id === id);
  if (found?.kind !== 'complex') throw new Error(`no complex type ${id} in the IR`);
  return found;
}

const codes = (ir: ApiIR): string[] => ir.diagnostics.map((d) => d.code);

describe('help ids that keep a "." from the route', () => {
  const ir = scrape({
    '/Help': 'dotted-id-index.html',
    '/Help/Api/GET-api-items_paging.pageIndex_paging.pageSize': 'dotted-id-endpoint.html',
  });

  it('match their title and the index link without a warning', () => {
    const op = only(ir);
    expect(op.id).toBe('GET-api-items_paging.pageIndex_paging.pageSize');
    expect(op.group).toBe('Items');
    expect(codes(ir)).not.toContain('title-id-mismatch');
    expect(codes(ir)).not.toContain('listed-operation-without-page');
    expect(codes(ir)).not.toContain('operation-not-in-group');
  });
});

describe('"Default value is X" and strike-through rows (obsolete members)', () => {
  const ir = scrape({
    '/Help/Api/POST-api-courses-search': 'defaults-and-obsolete.html',
    '/Help/ResourceModel?modelName=EntityListOfCompany.Api.Entities.CourseStatus': 'enum-course-status.html',
  });
  const op = only(ir);
  const query = type(ir, 'EntityListOfCompany.Api.Entities.CourseQuery');
  const prop = (name: string) => query.properties.find((p) => p.clrName === name)!;

  it('types each default by its member type', () => {
    expect(op.parameters.map((p) => [p.name, p.default])).toEqual([
      ['includeArchived', false],
      ['culture', 'sv-SE'],
      ['legacyFilter', undefined],
    ]);
    expect(['Active', 'Take', 'Weight', 'Status'].map((n) => prop(n).default)).toEqual([true, 20, 1.5, 'Published']);
  });

  it('keeps other annotation text as notes, and a default the type cannot hold as a note with a warning', () => {
    expect(op.parameters[1]!.notes).toEqual(['Any IETF language tag.']);
    expect(prop('Take').constraints).toEqual({ minimum: 1, maximum: 100 });
    expect(prop('Take').notes).toEqual([]);
    expect(prop('Tags').default).toBeUndefined();
    expect(prop('Tags').notes).toEqual(['Default value is System.String[]']);
    expect(ir.diagnostics.filter((d) => d.code === 'default-value-mismatch').map((d) => d.where)).toEqual([
      'Body Parameters > CourseQuery table > row "Tags" > annotations',
    ]);
  });

  it('keeps struck-through rows, marked deprecated', () => {
    expect(op.parameters.find((p) => p.name === 'legacyFilter')!.deprecated).toBe(true);
    expect(prop('Skip').deprecated).toBe(true);
    expect(prop('Skip').notes).toEqual(['Deprecated since v3.']);
    expect(prop('Active').deprecated).toBeUndefined();
  });

  it('carries defaults and deprecation into OpenAPI', () => {
    const doc = toOpenApi(ir);
    const post = doc.paths['/api/courses/search']!.post!;
    const params = Object.fromEntries((post.parameters ?? []).map((p) => [p.name, p]));
    expect(params['includeArchived']!.schema).toMatchObject({ type: 'boolean', default: false });
    expect(params['culture']!.schema).toMatchObject({ default: 'sv-SE' });
    expect(params['legacyFilter']!.deprecated).toBe(true);
    const schema = Object.values(doc.components!.schemas!).find((s) => s.properties?.['take'])!;
    expect(schema.properties!['take']).toMatchObject({ default: 20, minimum: 1, maximum: 100 });
    expect(schema.properties!['active']).toMatchObject({ default: true });
    expect(schema.properties!['status']).toMatchObject({ default: 'Published' });
    expect(schema.properties!['skip']).toMatchObject({ deprecated: true });
    expect(schema.properties!['tags']!.default).toBeUndefined();
  });

  it('carries defaults and deprecation into the SDK JSDoc', async () => {
    const files = [...(await emitSdk(ir)).values()].join('\n');
    expect(files).toMatch(/@default true\n[^]*?\bactive\?/);
    expect(files).toMatch(/@default 20\n[^]*?\btake\?/);
    expect(files).toMatch(/@default "Published"\n[^]*?\bstatus\?/);
    expect(files).toMatch(/@default "sv-SE"\n[^]*?\bculture\?/);
    expect(files).toMatch(/@deprecated The help page marks it obsolete\.\n[^]*?\bskip\?/);
    expect(files).toMatch(/@deprecated The help page marks it obsolete\.\n[^]*?\blegacyFilter\?/);
  });
});
