import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';

import { routeKey } from '../ir/routes.js';
import type { Operation } from '../ir/schema.js';
import { serializeOpenApi, toOpenApi } from '../openapi/index.js';
import { renamePlaceholders } from '../openapi/routes.js';
import { HELP, list, operation, parameter, sample, str } from './ir-builders.js';
import { fixtureIr } from './openapi-fixture.js';

/** Two Web API overloads of `GET api/topics/v1`, told apart by their query keys. */
function overloads(): Operation[] {
  return [
    operation('GET', 'api/topics/v1', {
      id: 'GET-api-topics-v1_courseId',
      group: 'Topics',
      summary: 'Topics of a course',
      parameters: [parameter('courseId', 'query', str, { required: true })],
      response: { type: list(str), alternatives: [], description: '' },
      responseSamples: [sample('json', '["a"]', ['application/json'])],
    }),
    operation('GET', 'api/topics/v1', {
      id: 'GET-api-topics-v1_courseId_fromId',
      group: 'Topics',
      summary: 'Topics of a course from one on',
      parameters: [
        parameter('courseId', 'query', str, { required: true }),
        parameter('fromId', 'query', str, { required: true }),
      ],
      response: { type: str, alternatives: [], description: '' },
      responseSamples: [sample('json', '"b"', ['application/json'])],
    }),
  ];
}

describe('routes', () => {
  it('keys a route by its template without placeholder names', () => {
    expect(routeKey('CRM/Image/{customerId}/{imageId}')).toBe(routeKey('/CRM/Image/{customerId}/{estateId}'));
    expect(routeKey('CRM/Image/{customerId}')).not.toBe(routeKey('CRM/Image/{customerId}/{imageId}'));
  });

  it('renames placeholders by position', () => {
    expect(renamePlaceholders('CRM/Image/{customerId}/{estateId}', ['customerId', 'imageId'])).toBe(
      'CRM/Image/{customerId}/{imageId}',
    );
  });
});

describe('toOpenApi on overloads', () => {
  const ir = fixtureIr();
  ir.operations.push(...overloads());
  const doc = toOpenApi(ir);
  const op = doc.paths['/api/topics/v1']?.get;

  it('writes one operation with the union of query parameters, optional where not every overload has one', () => {
    expect(op?.operationId).toBe('topics_getApiTopicsV1WithCourseId');
    expect(op?.['x-help-id']).toBe('GET-api-topics-v1_courseId');
    expect(op?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['courseId', 'query', true],
      ['fromId', 'query', false],
    ]);
  });

  it('lists the overloads in the description and keeps every help id and page', () => {
    expect(op?.description).toContain('`topics_getApiTopicsV1WithCourseIdAndFromId`: courseId, fromId');
    expect(op?.['x-overloads']).toEqual([
      {
        operationId: 'topics_getApiTopicsV1WithCourseId',
        helpId: 'GET-api-topics-v1_courseId',
        helpPage: `${HELP}/Api/GET-api-topics-v1_courseId`,
        queryKeys: ['courseId'],
      },
      {
        operationId: 'topics_getApiTopicsV1WithCourseIdAndFromId',
        helpId: 'GET-api-topics-v1_courseId_fromId',
        helpPage: `${HELP}/Api/GET-api-topics-v1_courseId_fromId`,
        queryKeys: ['courseId', 'fromId'],
      },
    ]);
  });

  it('answers with either overload’s response', () => {
    expect(op?.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
    });
  });

  it('keeps every overload’s sample', () => {
    const examples = op?.responses['200']?.content?.['application/json']?.examples ?? {};
    const values = Object.entries(examples).map(([key, ref]) => {
      const name = ('$ref' in ref ? ref.$ref : '').split('/').pop()!;
      return [key, doc.components.examples[name]?.value];
    });
    expect(values).toEqual([
      ['helpPage', ['a']],
      ['helpPage-2', 'b'],
    ]);
  });

  it('is a valid document', async () => {
    const result = await new Validator().validate(JSON.parse(serializeOpenApi(doc)));
    expect(result.errors).toBeUndefined();
  });
});

describe('toOpenApi on placeholder twins', () => {
  const ir = fixtureIr();
  ir.operations.push(operation('GET', 'Misc/{customerId}/{itemId}'));
  const doc = toOpenApi(ir);

  it('writes one path template per route, named after its first operation by id', () => {
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/Misc/{'))).toEqual(['/Misc/{customerId}/{id}']);
    const item = doc.paths['/Misc/{customerId}/{id}']!;
    expect(item.delete?.['x-help-id']).toBe('DELETE-Misc-customerId-id');
    expect(item.get?.parameters?.map((p) => [p.name, p['x-help-page-name']])).toEqual([
      ['customerId', undefined],
      ['id', 'itemId'],
    ]);
  });
});
