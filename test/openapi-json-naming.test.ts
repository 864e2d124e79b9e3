/** An operation whose samples use another JSON casing than its types: its own variant components in OpenAPI. */
import { describe, expect, it } from 'vitest';

import { toOpenApi } from '../openapi/index.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';

describe('per-operation JSON casing in OpenAPI (stock fixture site)', async () => {
  const doc = toOpenApi(scrapeSnapshot(await readSnapshot('test/fixtures/stock-site')));
  const schemas = doc.components.schemas as Record<
    string,
    { properties?: Record<string, unknown> } & Record<string, unknown>
  >;

  it('describes the model as that operation writes it, in a variant component beside the site casing one', () => {
    expect(Object.keys(schemas['Topic']!.properties!)).toEqual(['CourseId', 'Id', 'Title']);
    expect(Object.keys(schemas['Topic.camelCase']!.properties!)).toEqual(['courseId', 'id', 'title']);
    expect(schemas['Topic.camelCase']).toMatchObject({ 'x-json-naming': 'camel', 'x-variant-of': 'Topic' });
    // XML is one contract whatever the JSON casing.
    expect(schemas['Topic.camelCase']!['xml']).toEqual(schemas['Topic']!['xml']);
    expect(Object.keys(schemas).filter((k) => k.includes('.'))).toEqual(['Topic.camelCase']);
  });

  it('points only that operation at the variant', () => {
    const put = doc.paths['/api/legacy/topics/{id}']!.put!;
    const body = put.requestBody as { content: Record<string, { schema: unknown }> };
    expect(body.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Topic.camelCase' });
    const ok = put.responses['200'] as { content: Record<string, { schema: unknown }> };
    expect(ok.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Topic.camelCase' });
    const list = doc.paths['/api/topics/v1']!.get!.responses['200'] as { content: Record<string, { schema: unknown }> };
    expect(JSON.stringify(list.content['application/json']!.schema)).toContain('#/components/schemas/Topic"');
  });
});
