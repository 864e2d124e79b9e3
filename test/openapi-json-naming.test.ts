/** An operation whose samples use another JSON casing than its types: its own variant components in OpenAPI. */
import { describe, expect, it } from 'vitest';

import type { Operation, TypeRef } from '../ir/schema.js';
import { toOpenApi } from '../openapi/index.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { complexType, int, irDocument, operation, property, ref, str } from './ir-builders.js';

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

describe('a pair under per-operation JSON casing', () => {
  const pair = (key: TypeRef, value: TypeRef): TypeRef => ({ kind: 'pair', key, value });
  const body = (type: TypeRef): Operation['body'] => ({ type, description: '' });
  // A PascalCase site; one operation's controller writes camelCase. Json.NET names a pair's Key and
  // Value by the resolver, so they follow the operation's casing too, nested in a model or not.
  const ir = irDocument({
    jsonNaming: 'pascal',
    types: [
      complexType('Estate_Topic', [
        property('Title', str, { jsonName: 'Title' }),
        property('Extra', pair(str, int), { jsonName: 'Extra' }),
      ]),
    ],
    operations: [
      operation('PUT', 'Legacy/{id}', { jsonNaming: 'camel', body: body(pair(str, ref('Estate_Topic'))) }),
      operation('PUT', 'Topic/{id}', { body: body(pair(str, ref('Estate_Topic'))) }),
    ],
  });
  const doc = toOpenApi(ir);
  const schemas = doc.components.schemas as Record<string, { properties: Record<string, unknown> }>;
  const jsonBody = (path: string): { properties: Record<string, unknown> } =>
    (
      doc.paths[path]!.put!.requestBody as {
        content: Record<string, { schema: { properties: Record<string, unknown> } }>;
      }
    ).content['application/json']!.schema;

  it("names the operation's own pair, and one inside its models, in the operation's casing", () => {
    const legacy = jsonBody('/Legacy/{id}');
    expect(Object.keys(legacy.properties)).toEqual(['key', 'value']);
    expect(legacy.properties['value']).toMatchObject({ $ref: '#/components/schemas/Estate_Topic.camelCase' });
    const variant = schemas['Estate_Topic.camelCase']!.properties;
    expect(Object.keys(variant)).toEqual(['extra', 'title']);
    expect(Object.keys((variant['extra'] as { properties: object }).properties)).toEqual(['key', 'value']);
  });

  it('keeps the site casing everywhere else', () => {
    const plain = jsonBody('/Topic/{id}');
    expect(Object.keys(plain.properties)).toEqual(['Key', 'Value']);
    expect(plain.properties['Value']).toMatchObject({ $ref: '#/components/schemas/Estate_Topic' });
    const own = schemas['Estate_Topic']!.properties;
    expect(Object.keys((own['Extra'] as { properties: object }).properties)).toEqual(['Key', 'Value']);
  });
});
