/** The OpenAPI export of the committed snapshot: what `generate` writes to `generated/openapi.json`. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';

import type { ApiIR } from '../ir/schema.js';
import { serializeOpenApi, toOpenApi, type OpenApiDocument } from '../openapi/index.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { brokenRefs } from './openapi-refs.js';

describe('OpenAPI export of site-snapshot', () => {
  let ir: ApiIR;
  let doc: OpenApiDocument;
  let text: string;

  beforeAll(async () => {
    ir = scrapeSnapshot(await readSnapshot('site-snapshot'));
    doc = toOpenApi(ir);
    text = serializeOpenApi(doc);
  });

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(JSON.parse(text));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('has only $refs that resolve', () => {
    expect(brokenRefs(doc)).toEqual([]);
  });

  it('is the same text on a second run', async () => {
    const again = serializeOpenApi(toOpenApi(scrapeSnapshot(await readSnapshot('site-snapshot'))));
    expect(again).toBe(text);
  });

  it('has one operation or overload per IR operation and one component per IR type', () => {
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((op) =>
        Array.isArray(op['x-overloads'])
          ? op['x-overloads'].map((o: { helpId: string }) => o.helpId)
          : [op['x-help-id']],
      ),
    );
    expect(ids.sort()).toEqual(ir.operations.map((op) => op.id).sort());
    // Every model, plus the two error bodies the 4xx/5xx responses share.
    expect(Object.keys(doc.components.schemas)).toHaveLength(ir.types.length + 2);
    expect(doc.components.schemas).toHaveProperty('ModelStateError');
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[a-zA-Z0-9._-]+$/);
  });

  it('declares every tag an operation uses', () => {
    const declared = new Set(doc.tags.map((t) => t.name));
    const used = Object.values(doc.paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags));
    expect(used.filter((t) => !declared.has(t))).toEqual([]);
  });

  it('maps the Notify page as the reference page documents it', () => {
    const op = doc.paths['/User/Notify/{customerId}']?.post;
    expect(op?.operationId).toBe('user_notify');
    expect(op?.['x-help-id']).toBe('POST-User-Notify-customerId');
    expect(op?.summary).toBe('Notifierar användare');
    expect(op?.parameters).toEqual([
      expect.objectContaining({ name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }),
    ]);
    const body = op?.requestBody?.content['application/json'];
    const ref = body?.schema.$ref;
    expect(ref).toMatch(/^#\/components\/schemas\//);
    const model = doc.components.schemas[ref!.split('/').pop()!]!;
    expect(Object.keys(model.properties ?? {})).toEqual(['express', 'header', 'message', 'recipients', 'sms']);
    expect(model.properties?.sms?.xml).toEqual({ name: 'SMS' });
    expect(model.xml?.namespace).toBe('http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User');
    expect(op?.responses['200']?.content?.['application/json']?.schema).toMatchObject({ type: 'boolean' });
  });
});
