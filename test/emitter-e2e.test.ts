/**
 * The emitted SDK against a real HTTP server on 127.0.0.1: the operation specs, schemas and client
 * methods the emitter writes drive the runtime to the requests the help pages describe.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { emitSdk, generateTo } from '../emitter/index.js';
import { fixtureIr } from './emitter-fixture.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Reply = { status: number; type?: string; body: string };

/** The parts of the emitted SDK this test drives; the module itself is only known at run time. */
interface Sdk {
  VitecClient: new (options: Record<string, unknown>) => {
    user: { notify(customerId: string, body: object, options?: object): Promise<boolean> };
    crmContact: {
      search(customerId: string, query: object): Promise<unknown[]>;
      get(customerId: string, contactId: string): Promise<unknown>;
      delete(customerId: string, contactId: string): Promise<unknown>;
      updateStatus(customerId: string, body: object[]): Promise<unknown>;
    };
  };
  VitecValidationError: new (
    ...args: never[]
  ) => Error & { messages: readonly { field: string | null; message: string }[] };
  VitecRequestValidationError: new (...args: never[]) => Error & { field: string };
  validateValue: unknown;
}

const ROOT = path.resolve('generated-test-tmp');
let parent = '';
let sdk: Sdk;
/** The `/xml` entry's codec. */
let xmlCodec: unknown;
let server: Server;
let baseUrl = '';
const seen: Seen[] = [];
let reply: Reply = { status: 200, body: '' };

beforeAll(async () => {
  await mkdir(ROOT, { recursive: true });
  parent = await mkdtemp(path.join(ROOT, 'e2e-'));
  const dir = path.join(parent, 'sdk');
  await generateTo(dir, emitSdk(fixtureIr()));
  sdk = (await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)) as Sdk;
  ({ xmlCodec } = (await import(pathToFileURL(path.join(dir, 'src/xml.ts')).href)) as { xmlCodec: unknown });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(reply.status, reply.type ? { 'Content-Type': reply.type } : {});
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  if (parent !== '') await rm(parent, { recursive: true, force: true });
});

function client(options: Record<string, unknown> = {}): InstanceType<Sdk['VitecClient']> {
  return new sdk.VitecClient({ username: 'partner', password: 'secret', baseUrl, retries: 0, ...options });
}

async function call<T>(r: Reply, run: () => Promise<T>): Promise<{ result: T; request: Seen }> {
  reply = r;
  seen.length = 0;
  const result = await run();
  return { result, request: seen[0]! };
}

const notification = { header: 'Visning', message: 'Välkommen', sms: true, express: false, recipients: ['u1', 'u2'] };

describe('the emitted SDK over HTTP', () => {
  it('client.user.notify sends the Notify request as JSON and resolves to the boolean', async () => {
    const { result, request } = await call({ status: 200, type: 'application/json', body: 'true' }, () =>
      client().user.notify('C 1', notification),
    );
    expect(result).toBe(true);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/User/Notify/C%201');
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('partner:secret').toString('base64')}`);
    expect(request.headers['user-agent']).toBe('vitec-connect-sdk/0.1.0');
    expect(JSON.parse(request.body)).toEqual(notification);
  });

  it('switches to DataContract XML in member order', async () => {
    const { result, request } = await call(
      {
        status: 200,
        type: 'application/xml',
        body: '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>',
      },
      () => client({ format: 'xml', xml: xmlCodec }).user.notify('C1', notification),
    );
    expect(result).toBe(true);
    expect(request.body).toMatch(
      /^<Notification [^>]*xmlns="http:\/\/schemas\.datacontract\.org\/2004\/07\/Vitec\.Housing\.Connect\.Api\.Models\.User"/,
    );
    // Unprefixed start tags below the root: the members (the collection's items are `d2p1:string`).
    const members = [...request.body.matchAll(/<(\w+)[ >]/g)].map((m) => m[1]).slice(1);
    expect(members).toEqual(['Express', 'Header', 'Message', 'Recipients', 'SMS']);
  });

  it('sends camelCase query keys under their wire names, boundFrom keys included', async () => {
    const { result, request } = await call(
      { status: 200, type: 'application/json', body: '[{"id":"k1","status":"Active"}]' },
      () => client().crmContact.search('C1', { query: 'Anna', pageSize: 10, pageIndex: 2 }),
    );
    expect(result).toEqual([{ id: 'k1', status: 'Active' }]);
    const url = new URL(request.url, baseUrl);
    expect(url.pathname).toBe('/CRM/Contact/C1/Search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ Query: 'Anna', PageSize: '10', PageIndex: '2' });
  });

  it('reads a polymorphic response and resolves a no-body operation to undefined', async () => {
    const got = await call({ status: 200, type: 'application/json', body: '{"firstName":"Anna"}' }, () =>
      client().crmContact.get('C1', 'K1'),
    );
    expect(got.result).toEqual({ firstName: 'Anna' });
    const deleted = await call({ status: 200, body: '' }, () => client().crmContact.delete('C1', 'K1'));
    expect(deleted.result).toBeUndefined();
    expect(deleted.request.method).toBe('DELETE');
  });

  it('turns a 400 into VitecValidationError and a broken rule into VitecRequestValidationError', async () => {
    reply = {
      status: 400,
      type: 'application/json',
      body: '{"Message":"The request is invalid.","ModelState":{"notification.Header":["Rubrik krävs"]}}',
    };
    const refused = await client()
      .user.notify('C1', notification)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(sdk.VitecValidationError);
    expect((refused as InstanceType<Sdk['VitecValidationError']>).messages).toEqual([
      { field: 'notification.Header', message: 'Rubrik krävs' },
    ]);

    seen.length = 0;
    const tooLong = await client({ validate: sdk.validateValue })
      .crmContact.updateStatus('C1', [{ id: 'x'.repeat(41) }])
      .catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(sdk.VitecRequestValidationError);
    expect((tooLong as InstanceType<Sdk['VitecRequestValidationError']>).field).toBe('body[0].id');
    const missing = await client()
      .crmContact.search('C1', {})
      .catch((e: unknown) => e);
    expect((missing as InstanceType<Sdk['VitecRequestValidationError']>).field).toBe('query.query');
    expect(seen).toEqual([]);
  });
});
