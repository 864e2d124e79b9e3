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
import { isFrameworkResult } from '../scraper/framework-types.js';
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
    const schema = Object.values(doc.components.schemas).find((s) => s.properties?.['take'])!;
    expect(schema.properties!['take']).toMatchObject({ default: 20, minimum: 1, maximum: 100 });
    expect(schema.properties!['active']).toMatchObject({ default: true });
    expect(schema.properties!['status']).toMatchObject({ default: 'Published' });
    expect(schema.properties!['skip']).toMatchObject({ deprecated: true });
    expect(schema.properties!['tags']!.default).toBeUndefined();
  });

  it('carries defaults and deprecation into the SDK JSDoc', () => {
    const files = [...emitSdk(ir).values()].join('\n');
    expect(files).toMatch(/@default true\n[^]*?\bactive\?/);
    expect(files).toMatch(/@default 20\n[^]*?\btake\?/);
    expect(files).toMatch(/@default "Published"\n[^]*?\bstatus\?/);
    expect(files).toMatch(/@default "sv-SE"\n[^]*?\bculture\?/);
    expect(files).toMatch(/@deprecated The help page marks it obsolete\.\n[^]*?\bskip\?/);
    expect(files).toMatch(/@deprecated The help page marks it obsolete\.\n[^]*?\blegacyFilter\?/);
  });
});

describe('HttpResponseMessage / IHttpActionResult responses', () => {
  const ir = scrape({
    '/Help/Api/GET-api-items-id-status': 'http-response-message.html',
    '/Help/Api/GET-api-items-id-pdf': 'http-response-message-file.html',
    '/Help/Api/DELETE-api-items-id': 'action-result.html',
  });
  const byId = (id: string) => ir.operations.find((o) => o.id === id)!;

  it('are untyped (binary when the page names a file media type), with no envelope model and a diagnostic each', () => {
    expect(byId('GET-api-items-id-status').response.type).toEqual({ kind: 'unknown', phrase: 'HttpResponseMessage' });
    expect(byId('GET-api-items-id-pdf').response.type).toEqual({ kind: 'binary' });
    expect(byId('DELETE-api-items-id').response.type).toEqual({
      kind: 'unknown',
      phrase: 'System.Web.Http.IHttpActionResult',
    });
    expect(ir.types).toEqual([]);
    expect(ir.diagnostics.filter((d) => d.code === 'framework-response').map((d) => d.url)).toEqual([
      `${ORIGIN}/Help/Api/DELETE-api-items-id`,
      `${ORIGIN}/Help/Api/GET-api-items-id-pdf`,
      `${ORIGIN}/Help/Api/GET-api-items-id-status`,
    ]);
    expect(codes(ir)).not.toContain('unresolved-model-link');
  });

  it('keep the page text and read the variant phrase of the id', () => {
    expect(byId('GET-api-items-id-pdf').summary).toBe('The item as a PDF file (application/pdf).');
    expect(byId('DELETE-api-items-id').parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
      type: { kind: 'simple', name: 'integer' },
    });
  });

  it('are untyped in OpenAPI and the SDK', () => {
    const doc = toOpenApi(ir);
    expect(Object.keys(doc.components?.schemas ?? {})).not.toContain('HttpResponseMessage');
    const ok = (path: string, method: 'get' | 'delete') => doc.paths[path]![method]!.responses['200'];
    expect(Object.values(ok('/api/items/{id}/status', 'get').content ?? {}).map((m) => m.schema)).not.toContainEqual(
      expect.objectContaining({ $ref: expect.anything() }),
    );
    expect(JSON.stringify(ok('/api/items/{id}/pdf', 'get'))).toContain('application/octet-stream');
    const files = [...emitSdk(ir).values()].join('\n');
    expect(files).not.toMatch(/interface HttpResponseMessage/);
    expect(files).toMatch(/Promise<unknown>/);
  });
});

describe('framework result types by id', () => {
  it.each<[string, boolean]>([
    ['HttpResponseMessage', true],
    ['System.Net.Http.HttpResponseMessage', true],
    ['Http_HttpResponseMessage', true],
    ['IHttpActionResult', true],
    ['Task', true],
    ['System.Threading.Tasks.Task', true],
    ['TaskOfString', true],
    // An API's own models of the same short name stay models.
    ['Task_Task', false],
    ['EntityListOfCompany.Api.Entities.Task', false],
    ['Crm_ActionResult', false],
  ])('%s -> %s', (id, want) => {
    expect(isFrameworkResult(id)).toBe(want);
  });
});

describe('localised templates: sections by structure first, labels second', () => {
  it.each(['de', 'ru', 'xx'])('%s: the same IR as the English page', (lang) => {
    const ir = scrape({ '/Help/Api/PUT-api-items-id': `localised-${lang}.html` });
    const op = only(ir);
    expect(op.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true, type: { kind: 'simple', name: 'guid' } }),
    ]);
    expect(op.body?.type).toEqual({ kind: 'ref', id: 'Api.Entities.Item' });
    expect(op.response.type).toEqual({ kind: 'simple', name: 'boolean' });
    expect(op.requestSamples.map((s) => s.format)).toEqual(['json']);
    const item = type(ir, 'Api.Entities.Item');
    expect(item.properties.map((p) => [p.clrName, p.jsonName, p.required, p.constraints, p.type])).toEqual([
      ['Name', 'Name', true, { maxLength: 50 }, { kind: 'simple', name: 'string' }],
      ['Count', 'Count', false, {}, { kind: 'simple', name: 'integer' }],
    ]);
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('older and customised stock views', () => {
  const ir = scrape({
    '/Help': 'index-h3-overview.html',
    '/Help/Api/GET-api-items-id': 'endpoint-sample-column.html',
  });

  it('reads h3 controller headings with an Overview paragraph, a custom home link and div#body without help-page', () => {
    expect(ir.groups).toEqual([
      expect.objectContaining({ id: 'Items', name: 'Items', operationIds: ['GET-api-items-id'] }),
    ]);
    expect(ir.groups[0]!.description).toContain('Overview: items of the catalogue.');
    expect(only(ir).group).toBe('Items');
  });

  it('reads a fifth Sample column, raw HTML documentation, and ignores the Test API dialog', () => {
    const op = only(ir);
    // Raw HTML without <p>: markup dropped, a <br> breaks paragraphs (summary = the first).
    expect(op.summary).toBe('Reads one item by its id.');
    expect(op.description).toBe('Archived items are included.');
    expect(op.parameters).toEqual([
      expect.objectContaining({
        name: 'id',
        in: 'path',
        required: true,
        type: { kind: 'simple', name: 'integer' },
        description: "The item's id",
        notes: [],
      }),
    ]);
    expect(op.response.type).toEqual({ kind: 'simple', name: 'string' });
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('Pair of X [key] and Y [value] (a KeyValuePair) on a PascalCase site', () => {
  const ir = scrape({ '/Help/Api/POST-api-ranges': 'pair-pascal.html' });
  const intString = {
    kind: 'pair',
    key: { kind: 'simple', name: 'integer' },
    value: { kind: 'simple', name: 'string' },
  };

  it('is a pair in the IR, as a member, a collection item and a response, named by the site', () => {
    const op = only(ir);
    expect(type(ir, 'Api.Entities.Range').properties.map((p) => [p.jsonName, p.type])).toEqual([
      ['Name', { kind: 'simple', name: 'string' }],
      ['Bounds', intString],
      ['Labels', { kind: 'collection', items: intString }],
    ]);
    expect(op.response.type).toEqual({
      kind: 'pair',
      key: { kind: 'simple', name: 'string' },
      value: { kind: 'simple', name: 'integer' },
    });
    expect(ir.jsonNaming).toBe('pascal');
    expect(codes(ir)).not.toContain('unknown-type-phrase');
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('is an object of Key and Value in OpenAPI (key/value elements in XML) and { key; value } in the SDK', () => {
    const doc = toOpenApi(ir) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const range = Object.values(doc.components.schemas).find((s) => 'Bounds' in s.properties)!;
    expect(range.properties['Bounds']).toEqual({
      // An optional member admits null (the SDK types it `T | null`).
      type: ['object', 'null'],
      properties: {
        Key: {
          type: 'integer',
          format: 'int64',
          xml: { name: 'key', namespace: expect.stringContaining('System.Collections.Generic') },
        },
        Value: {
          type: 'string',
          xml: { name: 'value', namespace: expect.stringContaining('System.Collections.Generic') },
        },
      },
      required: ['Key', 'Value'],
      description: 'Lowest value and its label.',
      xml: { name: 'Bounds' },
    });
    const files = [...emitSdk(ir).values()].join('\n');
    expect(files).toContain('Bounds?: { Key: number; Value: string } | null;');
    expect(files).toContain('Labels?: Array<{ Key: number; Value: string }> | null;');
    expect(files).toContain("names: ['Key', 'Value']");
  });
});
