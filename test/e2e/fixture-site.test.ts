/**
 * A help site that is not Vitec's, end to end: the stock-markup fixture site (overloads, a URL of
 * 300+ characters, PascalCase samples, a German page, prefixed and indexed query keys) is crawled
 * from 127.0.0.1, scraped and exported; the OpenAPI document passes the validator, the SDK
 * type-checks, and the SDK's overloads and query keys are driven against a server that records the
 * exact request line.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { emitSdk, generateTo } from '../../emitter/index.js';
import type { ApiIR } from '../../ir/schema.js';
import { serializeOpenApi, toOpenApi, type OpenApiDocument } from '../../openapi/index.js';
import { crawlFixture } from './support.js';

const FIXTURE = path.resolve('test/fixtures/stock-site');
const ROOT = path.resolve('generated-test-tmp');

type Call = (...args: unknown[]) => Promise<unknown>;
interface Sdk {
  AcmeLearningAPIClient: new (options: Record<string, unknown>) => {
    topics: {
      getApiTopicsV1WithCourseId: Call;
      getApiTopicsV1WithCourseIdAndFromId: Call;
      updateApiLegacyTopics: Call;
    };
    courses: { apiCoursesV1List: Call; apiCoursesV1Search: Call };
    groups: { getApiGroupsV1: Call };
  };
}

let parent = '';
let ir: ApiIR;
let doc: OpenApiDocument;
let sdkDir = '';
let sdk: Sdk;
let api: Server;
let apiUrl = '';
const seen: string[] = [];
const bodies: string[] = [];
let replyBody = '[]';

beforeAll(async () => {
  await mkdir(ROOT, { recursive: true });
  parent = await mkdtemp(path.join(ROOT, 'fixture-site-'));
  ir = await crawlFixture(FIXTURE, path.join(parent, 'snapshot'));
  doc = toOpenApi(ir);
  sdkDir = path.join(parent, 'sdk');
  await generateTo(sdkDir, emitSdk(ir));
  sdk = (await import(pathToFileURL(path.join(sdkDir, 'src/index.ts')).href)) as Sdk;
  api = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(replyBody);
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
  if (parent !== '') await rm(parent, { recursive: true, force: true });
});

function client() {
  return new sdk.AcmeLearningAPIClient({ username: 'u', password: 'p', baseUrl: apiUrl, retries: 0 });
}

async function lastRequest(call: () => Promise<unknown>): Promise<{ request: string; result: unknown }> {
  seen.length = 0;
  const result = await call();
  expect(seen).toHaveLength(1);
  return { request: seen[0]!, result };
}

describe('the stock fixture site, crawled from 127.0.0.1', () => {
  it('reads every page, the one with a 366-character URL included', () => {
    expect(ir.pages).toHaveLength(12);
    const long = ir.operations.find((o) => o.id.startsWith('GET-api-courses-v1-search_'))!;
    expect(long.sourceUrl.length).toBeGreaterThan(300);
    expect(ir.operations.map((o) => o.id)).toHaveLength(7);
    expect(ir.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('exports OpenAPI that passes the validator, overloads merged into one operation', async () => {
    const result = await new Validator().validate(JSON.parse(serializeOpenApi(doc)));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(doc.info.title).toBe('Acme Learning API');
    const topics = doc.paths['/api/topics/v1']!.get!;
    expect(topics.parameters?.map((p) => [p.name, p.required])).toEqual([
      ['courseId', true],
      ['fromId', false],
    ]);
    expect((topics['x-overloads'] as unknown[]).length).toBe(2);
  });

  it('emits an SDK named for the site that type-checks under strict', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(sdkDir, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    if (config === undefined) throw new Error('cannot read the emitted tsconfig.json');
    const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
    expect(program.getCompilerOptions().strict).toBe(true);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    expect(typeof sdk.AcmeLearningAPIClient).toBe('function');
  });
});

describe('the emitted SDK over real HTTP', () => {
  it('sends each overload with exactly its own query keys', async () => {
    replyBody = JSON.stringify([{ Id: 1, Title: 'Intro', CourseId: 7 }]);
    const one = await lastRequest(() => client().topics.getApiTopicsV1WithCourseId({ courseId: 7 }));
    expect(one.request).toBe('GET /api/topics/v1?courseId=7');
    expect(one.result).toEqual([{ Id: 1, Title: 'Intro', CourseId: 7 }]);
    const two = await lastRequest(() =>
      client().topics.getApiTopicsV1WithCourseIdAndFromId({ courseId: 7, fromId: 3 }),
    );
    expect(two.request).toBe('GET /api/topics/v1?courseId=7&fromId=3');
  });

  it('writes and reads the one camelCase operation in camelCase, the others in the site’s PascalCase', async () => {
    replyBody = JSON.stringify({ id: 5, title: 'Renamed', courseId: 7 });
    bodies.length = 0;
    const { request, result } = await lastRequest(() =>
      client().topics.updateApiLegacyTopics(5, { Id: 5, Title: 'Renamed', CourseId: 7 }),
    );
    expect(request).toBe('PUT /api/legacy/topics/5');
    expect(JSON.parse(bodies[0]!)).toEqual({ id: 5, title: 'Renamed', courseId: 7 });
    expect(result).toEqual({ Id: 5, Title: 'Renamed', CourseId: 7 });
  });

  it('sends the prefixed keys the route template documents', async () => {
    replyBody = '[]';
    const { request } = await lastRequest(() =>
      client().courses.apiCoursesV1Search({
        pagingPageIndex: 2,
        pagingPageSize: 20,
        filterIncludeCoursesArchivedByTheProvider: true,
      }),
    );
    expect(request).toBe(
      'GET /api/courses/v1/search?paging.pageIndex=2&paging.pageSize=20&filter.includeCoursesArchivedByTheProvider=true',
    );
  });

  it('sends a nested [FromUri] object with its prefix and top-level members without', async () => {
    replyBody = '[]';
    const { request } = await lastRequest(() =>
      client().courses.apiCoursesV1List('C1', { name: 'math', pagingPageIndex: 0, pagingPageSize: 10 }),
    );
    expect(request).toBe('GET /api/courses/v1/list/C1?Name=math&paging.pageIndex=0&paging.pageSize=10');
  });

  it('sends an indexed list as indexed keys', async () => {
    replyBody = '["a","b"]';
    const { request, result } = await lastRequest(() => client().groups.getApiGroupsV1({ groupIds: [4, 5] }));
    expect(request).toBe('GET /api/groups/v1?groupIds%5B0%5D=4&groupIds%5B1%5D=5');
    expect(result).toEqual(['a', 'b']);
  });
});
