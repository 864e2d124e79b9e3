/**
 * The committed SDK in generated/ over real HTTP, against a server this test starts on 127.0.0.1:
 * the requests it sends are the ones the help pages describe, and every outcome surfaces as its
 * typed result or error.
 */
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
import { hang, reply, TestServer, type Handler } from './runtime-server.js';
import { compact, SEED_JSON, SEED_NOTIFICATION, SEED_XML } from './seed-notify.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
// Nothing scripted: a request the test did not expect fails loudly.
beforeEach(() => server.script(reply(500, 'no reply scripted')));

const credentials = { username: 'partner-user', password: 's3cret-pass' };
const basic = `Basic ${Buffer.from('partner-user:s3cret-pass').toString('base64')}`;
const json = (body: unknown, status = 200): Handler =>
  reply(status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8' });

/** The seed page's request sample, as the generated model types it. */
const notification: Notification = SEED_NOTIFICATION;

describe('POST User/Notify/{customerId}', () => {
  it('JSON: sends exactly the seed request and resolves to true', async () => {
    server.script(json(true));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl });
    await expect(client.user.notify('M1234', notification)).resolves.toBe(true);
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/User/Notify/M1234');
    expect(req!.headers.authorization).toBe(basic);
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req!.headers.accept).toMatch(/^application\/json/);
    expect(req!.body).toBe(JSON.stringify(JSON.parse(SEED_JSON)));
    expect(req!.body).toMatch(/^\{"header":.*,"message":.*,"sms":true,"express":true,"recipients":\[.*\]\}$/);
  });

  it('XML: sends the seed XML body and reads the bare boolean', async () => {
    server.script(
      reply(200, '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>', {
        'content-type': 'application/xml; charset=utf-8',
      }),
    );
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl, format: 'xml', xml: xmlCodec });
    await expect(client.user.notify('M1234', notification)).resolves.toBe(true);
    expect(server.requests[0]!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(server.requests[0]!.headers.accept).toMatch(/^application\/xml/);
    expect(server.requests[0]!.body).toBe(compact(SEED_XML));
  });

  it('the standalone function makes the same call as the client method', async () => {
    server.script(json(true));
    await expect(
      userNotify(createCore({ ...credentials, baseUrl: server.baseUrl }), 'M1234', notification),
    ).resolves.toBe(true);
    await expect(
      new VitecClient({ ...credentials, baseUrl: server.baseUrl }).user.notify('M1234', notification),
    ).resolves.toBe(true);
    const [fromFunction, fromMethod] = server.requests;
    expect(fromFunction).toEqual(fromMethod);
    expect(fromFunction!.url).toBe('/User/Notify/M1234');
  });

  it('refuses XML without the XML codec, naming the entry that has it', () => {
    expect(() => new VitecClient({ ...credentials, baseUrl: server.baseUrl, format: 'xml' })).toThrow(/xmlCodec/);
  });

  it('encodes path values', async () => {
    server.script(json(false));
    await new VitecClient({ ...credentials, baseUrl: server.baseUrl }).user.notify('a/b c', notification);
    expect(server.requests[0]!.url).toBe('/User/Notify/a%2Fb%20c');
  });
});

describe('a GET with query parameters and a response model', () => {
  it('sends the wire keys and decodes the result', async () => {
    const result = {
      matches: [
        { id: 'c1', changedAt: '2026-10-04T13:51:26.4761185+02:00', customerId: 'M1', type: 'Person', score: 4.1 },
      ],
    };
    server.script(json(result));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl });
    await expect(client.crmKontakter.contactSearch('M1', { term: 'Anders', maxSize: 10 })).resolves.toEqual(result);
    expect(server.requests[0]!.method).toBe('GET');
    expect(server.requests[0]!.url).toBe('/CRM/Contact/M1/Search?Term=Anders&MaxSize=10');
    expect(server.requests[0]!.body).toBe('');
  });
});

// The JSON codec reaches the base64 decoder and the model picker only through the descriptors (test/sdk-bundle.test.ts).
describe('bytes and a polymorphic result, as JSON', () => {
  it('decodes base64 to a Uint8Array', async () => {
    server.script(json('AQID/w=='));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl });
    await expect(client.image.crmImageGetImage({ customerId: 'M1', imageId: 'I1' })).resolves.toEqual(
      new Uint8Array([1, 2, 3, 255]),
    );
  });

  it('reads the model the members fit', async () => {
    const person = { type: 'Person', firstName: 'Anna', unlisted: 1 };
    server.script(json(person));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl });
    await expect(client.crmKontakter.getContactByCustomerIdAndContactId('M1', 'K1')).resolves.toEqual(person);
  });
});

describe('an operation with no response body', () => {
  it('resolves to undefined', async () => {
    server.script(reply(204));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl });
    await expect(client.searchprofiles.deleteCrmContactSearchProfiles('M1', 'C9')).resolves.toBeUndefined();
    expect(server.requests[0]!.method).toBe('DELETE');
    expect(server.requests[0]!.url).toBe('/CRM/Contact/M1/SearchProfiles/C9');
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
    server.script(json(body, status));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl, retries: 0 });
    const err = await client.user.notify('M1', notification).then(
      () => expect.fail('expected an error'),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(error);
    const e = err as InstanceType<typeof error>;
    expect(e.status).toBe(status);
    expect(e.url).toBe(`${server.baseUrl}/User/Notify/M1`);
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
    server.script(hang);
    const controller = new AbortController();
    const call = new VitecClient({ ...credentials, baseUrl: server.baseUrl }).user.notify('M1', notification, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a timeout surfaces as VitecTimeoutError', async () => {
    server.script(hang);
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 50, retries: 0 });
    await expect(client.user.notify('M1', notification)).rejects.toBeInstanceOf(VitecTimeoutError);
  });

  it('a GET is retried on 503, honouring Retry-After, then succeeds', async () => {
    server.script(reply(503, '', { 'retry-after': '0' }), reply(502), json({ matches: [] }));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl, retries: 2, maxRetryDelayMs: 0 });
    await expect(client.crmKontakter.contactSearch('M1', { term: 'Anders' })).resolves.toEqual({ matches: [] });
    expect(server.requests.map((s) => s.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('a POST is not retried on 500, but is on 429', async () => {
    server.script(json({ Message: 'boom' }, 500));
    const client = new VitecClient({ ...credentials, baseUrl: server.baseUrl, retries: 2, maxRetryDelayMs: 0 });
    await expect(client.user.notify('M1', notification)).rejects.toBeInstanceOf(VitecServerError);
    expect(server.requests).toHaveLength(1);

    // A new run: the server answers under a new base URL, so a new client.
    server.script(reply(429, '', { 'retry-after': '0' }), json(true));
    const again = new VitecClient({ ...credentials, baseUrl: server.baseUrl, retries: 2, maxRetryDelayMs: 0 });
    await expect(again.user.notify('M1', notification)).resolves.toBe(true);
    expect(server.requests).toHaveLength(2);
  });
});
