/**
 * The committed SDK in generated/ over real HTTP, against a server this test starts on 127.0.0.1:
 * the requests it sends are the ones the help pages describe, and every outcome surfaces as its
 * typed result or error.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  createCore,
  userNotify,
  VitecClient,
  VitecForbiddenError,
  VitecNotFoundError,
  VitecServerError,
  VitecTimeoutError,
  VitecUnauthorizedError,
  VitecValidationError,
  type Notification,
} from '../generated/src/index.js';
import { xmlCodec } from '../generated/src/xml.js';
import { compact, SEED_JSON, SEED_NOTIFICATION, SEED_XML } from './seed-notify.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
interface Reply {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (for timeouts and aborts). */
  hang?: boolean;
}

let server: Server;
let baseUrl = '';
const seen: Seen[] = [];
let replies: Reply[] = [];
/**
 * Which test a request belongs to: a request a test gave up on (timeout, abort) can reach the
 * server late, under load after the next test began; it must not take that test's replies.
 */
let generation = 0;
const GENERATION = 'x-test-generation';

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.headers[GENERATION] !== String(generation)) {
        res.destroy();
        return;
      }
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply = replies.shift() ?? { status: 500, body: 'no reply scripted' };
      if (reply.hang) return;
      res.writeHead(reply.status, { ...(reply.type ? { 'content-type': reply.type } : {}), ...reply.headers });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  generation += 1;
  credentials.headers = { [GENERATION]: String(generation) };
  seen.length = 0;
  replies = [];
});

const credentials = { username: 'partner-user', password: 's3cret-pass', headers: {} as Record<string, string> };
const basic = `Basic ${Buffer.from('partner-user:s3cret-pass').toString('base64')}`;
const json = (body: unknown, status = 200): Reply => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
});

/** The seed page's request sample, as the generated model types it. */
const notification: Notification = SEED_NOTIFICATION;

describe('POST User/Notify/{customerId}', () => {
  it('JSON: sends exactly the seed request and resolves to true', async () => {
    replies = [json(true)];
    const client = new VitecClient({ ...credentials, baseUrl });
    await expect(client.user.notify('M1234', notification)).resolves.toBe(true);
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/User/Notify/M1234');
    expect(req!.headers.authorization).toBe(basic);
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req!.headers.accept).toMatch(/^application\/json/);
    expect(req!.body).toBe(JSON.stringify(JSON.parse(SEED_JSON)));
    expect(req!.body).toMatch(/^\{"header":.*,"message":.*,"sms":true,"express":true,"recipients":\[.*\]\}$/);
  });

  it('XML: sends the seed XML body and reads the bare boolean', async () => {
    replies = [
      {
        status: 200,
        type: 'application/xml; charset=utf-8',
        body: '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>',
      },
    ];
    const client = new VitecClient({ ...credentials, baseUrl, format: 'xml', xml: xmlCodec });
    await expect(client.user.notify('M1234', notification)).resolves.toBe(true);
    expect(seen[0]!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(seen[0]!.headers.accept).toMatch(/^application\/xml/);
    expect(seen[0]!.body).toBe(compact(SEED_XML));
  });

  it('the standalone function makes the same call as the client method', async () => {
    replies = [json(true)];
    await expect(userNotify(createCore({ ...credentials, baseUrl }), 'M1234', notification)).resolves.toBe(true);
    replies = [json(true)];
    await expect(new VitecClient({ ...credentials, baseUrl }).user.notify('M1234', notification)).resolves.toBe(true);
    const [fromFunction, fromMethod] = seen;
    expect(fromFunction).toEqual(fromMethod);
    expect(fromFunction!.url).toBe('/User/Notify/M1234');
  });

  it('refuses XML without the XML codec, naming the entry that has it', () => {
    expect(() => new VitecClient({ ...credentials, baseUrl, format: 'xml' })).toThrow(/xmlCodec/);
  });

  it('encodes path values', async () => {
    replies = [json(false)];
    await new VitecClient({ ...credentials, baseUrl }).user.notify('a/b c', notification);
    expect(seen[0]!.url).toBe('/User/Notify/a%2Fb%20c');
  });
});

describe('a GET with query parameters and a response model', () => {
  it('sends the wire keys and decodes the result', async () => {
    const result = {
      matches: [
        { id: 'c1', changedAt: '2026-10-04T13:51:26.4761185+02:00', customerId: 'M1', type: 'Person', score: 4.1 },
      ],
    };
    replies = [json(result)];
    const client = new VitecClient({ ...credentials, baseUrl });
    await expect(client.crmKontakter.contactSearch('M1', { term: 'Anders', maxSize: 10 })).resolves.toEqual(result);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url).toBe('/CRM/Contact/M1/Search?Term=Anders&MaxSize=10');
    expect(seen[0]!.body).toBe('');
  });
});

describe('an operation with no response body', () => {
  it('resolves to undefined', async () => {
    replies = [{ status: 204 }];
    const client = new VitecClient({ ...credentials, baseUrl });
    await expect(client.searchprofiles.deleteCrmContactSearchProfiles('M1', 'C9')).resolves.toBeUndefined();
    expect(seen[0]!.method).toBe('DELETE');
    expect(seen[0]!.url).toBe('/CRM/Contact/M1/SearchProfiles/C9');
  });
});

describe('errors', () => {
  it.each([
    {
      status: 400,
      error: VitecValidationError,
      body: { Message: 'The request is invalid.', ModelState: { 'notification.Header': ['Rubrik krävs'] } },
    },
    {
      status: 401,
      error: VitecUnauthorizedError,
      body: { Message: 'Authorization has been denied for this request.' },
    },
    { status: 403, error: VitecForbiddenError, body: { Message: 'Forbidden' } },
    { status: 404, error: VitecNotFoundError, body: { Message: 'Not found' } },
    { status: 500, error: VitecServerError, body: { Message: 'An error has occurred.' } },
  ])('$status -> $error.name, with status and URL and no credentials', async ({ status, error, body }) => {
    replies = [json(body, status)];
    const client = new VitecClient({ ...credentials, baseUrl, retries: 0 });
    const err = await client.user.notify('M1', notification).then(
      () => expect.fail('expected an error'),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(error);
    const e = err as InstanceType<typeof error>;
    expect(e.status).toBe(status);
    expect(e.url).toBe(`${baseUrl}/User/Notify/M1`);
    const everything = JSON.stringify({ ...e, message: e.message, stack: e.stack });
    expect(everything).not.toContain('s3cret-pass');
    expect(everything).not.toContain(basic.slice(6));
    if (e instanceof VitecValidationError) {
      expect(e.messages).toEqual([{ field: 'notification.Header', message: 'Rubrik krävs' }]);
    }
  });
});

describe('abort, timeout, retry', () => {
  it('an AbortSignal cancels the call', async () => {
    replies = [{ status: 200, hang: true }];
    const controller = new AbortController();
    const call = new VitecClient({ ...credentials, baseUrl }).user.notify('M1', notification, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a timeout surfaces as VitecTimeoutError', async () => {
    replies = [{ status: 200, hang: true }];
    const client = new VitecClient({ ...credentials, baseUrl, timeoutMs: 50, retries: 0 });
    await expect(client.user.notify('M1', notification)).rejects.toBeInstanceOf(VitecTimeoutError);
  });

  it('a GET is retried on 503, honouring Retry-After, then succeeds', async () => {
    replies = [{ status: 503, headers: { 'retry-after': '0' } }, { status: 502 }, json({ matches: [] })];
    const client = new VitecClient({ ...credentials, baseUrl, retries: 2, maxRetryDelayMs: 0 });
    await expect(client.crmKontakter.contactSearch('M1', { term: 'Anders' })).resolves.toEqual({ matches: [] });
    expect(seen.map((s) => s.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('a POST is not retried on 500, but is on 429', async () => {
    replies = [json({ Message: 'boom' }, 500)];
    const client = new VitecClient({ ...credentials, baseUrl, retries: 2, maxRetryDelayMs: 0 });
    await expect(client.user.notify('M1', notification)).rejects.toBeInstanceOf(VitecServerError);
    expect(seen).toHaveLength(1);

    seen.length = 0;
    replies = [{ status: 429, headers: { 'retry-after': '0' } }, json(true)];
    await expect(client.user.notify('M1', notification)).resolves.toBe(true);
    expect(seen).toHaveLength(2);
  });
});
