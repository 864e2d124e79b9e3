import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  VitecError,
  VitecForbiddenError,
  VitecHttpError,
  VitecNetworkError,
  VitecNotFoundError,
  VitecRequestValidationError,
  VitecResponseError,
  VitecServerError,
  VitecTimeoutError,
  VitecUnauthorizedError,
  VitecValidationError,
} from '../templates/runtime/errors.js';
import { HttpCore } from '../templates/runtime/http.js';
import type { ClientOptions, OperationSpec } from '../templates/runtime/operation.js';
import { validateValue } from '../templates/runtime/validate.js';
import { SERIALIZATION_NS } from '../templates/runtime/xml-codec.js';
import { xmlCodec } from '../templates/runtime/xml.js';
import { binary } from './descriptor-links.js';
import { listOfficesOp, notification, notifyOp, OFFICE_NS } from './runtime-fixture.js';
import { drop, hang, reply, TestServer, type Handler } from './runtime-server.js';
import { compact, SEED_XML } from './seed-notify.js';

const USERNAME = 'partner-ünique-user';
const PASSWORD = 's3cret-pässword';
const TOKEN = Buffer.from(`${USERNAME}:${PASSWORD}`, 'utf8').toString('base64');
const USER_AGENT = 'vitec-sdk-test/1.0';
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const XML_TYPE = { 'Content-Type': 'application/xml; charset=utf-8' };

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.script(reply(200)));

function core(options: Partial<ClientOptions> = {}): HttpCore {
  return new HttpCore(
    { username: USERNAME, password: PASSWORD, baseUrl: server.baseUrl, maxRetryDelayMs: 0, xml: xmlCodec, ...options },
    { baseUrl: 'https://unused.example', userAgent: USER_AGENT },
  );
}

const notify = (c: HttpCore, customerId = 'M30011', body: unknown = notification, signal?: AbortSignal) =>
  c.call<boolean>(notifyOp, { path: [customerId], body }, { signal });
const listOffices = (c: HttpCore, query: object = { pageSize: 10 }, options = {}) =>
  c.call<unknown[]>(listOfficesOp, { path: ['S1'], query }, options);

/** The rejection of `promise` (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

/** Nothing an error shows, serialises or holds (cause included) carries the user name, password or token. */
function expectNoCredentials(err: unknown): void {
  const dump = [
    String(err),
    (err as Error).stack,
    JSON.stringify(err),
    inspect(err, { depth: 10, showHidden: true }),
  ].join('\n');
  for (const secret of [USERNAME, PASSWORD, TOKEN, encodeURIComponent(PASSWORD)]) expect(dump).not.toContain(secret);
}

describe('HttpCore requests', () => {
  it('sends the Notify call as JSON and reads the boolean', async () => {
    server.script(reply(200, 'true', JSON_TYPE));
    await expect(notify(core(), 'M/1 å')).resolves.toBe(true);
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/User/Notify/M%2F1%20%C3%A5');
    expect(req!.headers.authorization).toBe(`Basic ${TOKEN}`);
    expect(req!.headers.accept).toBe('application/json');
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req!.headers['user-agent']).toBe(USER_AGENT);
    expect(JSON.parse(req!.body)).toEqual(notification);
  });

  it('sends the Notify call as XML and reads the bare boolean', async () => {
    server.script(reply(200, `<boolean xmlns="${SERIALIZATION_NS}">true</boolean>`, XML_TYPE));
    await expect(notify(core({ format: 'xml', userAgent: 'mine/2' }))).resolves.toBe(true);
    const [req] = server.requests;
    expect(req!.headers.accept).toBe('application/xml');
    expect(req!.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(req!.headers['user-agent']).toBe('mine/2');
    expect(req!.body).toBe(compact(SEED_XML));
  });

  it('sends a GET with wire query keys and no body, and decodes the list', async () => {
    const wire = [{ dateChanged: '2026-09-16T05:56:27.3094809+02:00', logo: 'aGk=', status: 'Active', extra: 1 }];
    server.script(reply(200, JSON.stringify(wire), JSON_TYPE));
    const result = await listOffices(core({ baseUrl: `${server.baseUrl}/` }), {
      pageSize: 10,
      active: false,
      ids: ['a', 'b'],
      status: null,
    });
    expect(result).toEqual([
      {
        dateChanged: '2026-09-16T05:56:27.3094809+02:00',
        logo: new Uint8Array([104, 105]),
        status: 'Active',
        extra: 1,
      },
    ]);
    const [req] = server.requests;
    expect(req!.method).toBe('GET');
    expect(req!.url).toBe('/Office/List/S1?PageSize=10&Active=false&Ids=a&Ids=b');
    expect(req!.headers['content-type']).toBeUndefined();
    expect(req!.body).toBe('');
  });

  const xmlList = `<ArrayOfOffice xmlns="${OFFICE_NS}"><Office><OfficeNumber>3</OfficeNumber></Office></ArrayOfOffice>`;
  it.each<[string, Partial<ClientOptions>, Handler, unknown]>([
    [
      'XML by Content-Type though JSON was chosen',
      {},
      reply(200, xmlList, { 'Content-Type': 'text/xml' }),
      [{ officeNumber: 3 }],
    ],
    [
      'JSON by Content-Type though XML was chosen',
      { format: 'xml' },
      reply(200, '[{"officeNumber":4}]', { 'Content-Type': 'text/json' }),
      [{ officeNumber: 4 }],
    ],
    ['the chosen format without a Content-Type', { format: 'xml' }, reply(200, xmlList), [{ officeNumber: 3 }]],
  ])('decodes %s', async (_, options, handler, expected) => {
    server.script(handler);
    await expect(listOffices(core(options))).resolves.toEqual(expected);
  });

  it.each<[string, OperationSpec['response'], Handler, unknown]>([
    [
      'undefined when no response is expected, whatever the body',
      null,
      reply(200, '{"ignored":true}', JSON_TYPE),
      undefined,
    ],
    [
      'the bytes of a file',
      binary,
      reply(200, Buffer.from([137, 80, 78, 71]), { 'Content-Type': 'image/png' }),
      new Uint8Array([137, 80, 78, 71]),
    ],
    ['base64 bytes in JSON', binary, reply(200, '"iVBORw=="', JSON_TYPE), new Uint8Array([137, 80, 78, 71])],
  ])('resolves to %s', async (_, response, handler, expected) => {
    server.script(handler);
    const op: OperationSpec = { ...notifyOp, method: 'GET', body: null, response };
    await expect(core().call(op, { path: ['x'] })).resolves.toEqual(expected);
  });

  it('asks for any media type besides the format when the answer is a file', async () => {
    server.script(reply(200, 'x', { 'Content-Type': 'application/pdf' }));
    await core().call({ ...notifyOp, method: 'GET', body: null, response: binary }, { path: ['x'] });
    expect(server.requests[0]!.headers.accept).toBe('application/json, */*');
  });

  it.each<[string, Handler]>([
    ['an empty 200', reply(200, '', JSON_TYPE)],
    ['a 204', reply(204)],
  ])('reports %s for an operation that returns a value as a VitecResponseError, not null', async (_, handler) => {
    server.script(handler);
    const err = (await failure(listOffices(core()))) as VitecError;
    expect(err).toBeInstanceOf(VitecResponseError);
    expect(err.message).toContain('empty body');
    expect(err.body).toBe('');
  });

  it('reports an answer it cannot read as a VitecResponseError with the status and the body', async () => {
    server.script(reply(200, '{"broken":', JSON_TYPE));
    const err = (await failure(notify(core()))) as VitecError;
    expect(err.constructor).toBe(VitecResponseError);
    expect(err.status).toBe(200);
    expect(err.body).toBe('{"broken":');
    expect(err.message).toContain('could not be read as JSON');
    expectNoCredentials(err);
  });
});

describe('HttpCore without the XML codec', () => {
  const json = (options: Partial<ClientOptions> = {}): HttpCore => core({ xml: undefined, ...options });

  it("refuses format 'xml', naming the entry that has the codec", () => {
    expect(() => json({ format: 'xml' })).toThrow(/format 'xml' needs the XML codec: import \{ xmlCodec \}/);
    expect(() => json({ xml: true as never })).toThrow(TypeError);
  });

  it('refuses validate: true, naming the validator to pass instead', () => {
    expect(() => json({ validate: true as never })).toThrow(/validateValue/);
  });

  it('reports an XML answer as a VitecResponseError rather than parsing it', async () => {
    server.script(reply(200, `<boolean xmlns="${SERIALIZATION_NS}">true</boolean>`, XML_TYPE));
    const err = (await failure(notify(json()))) as VitecError;
    expect(err.constructor).toBe(VitecResponseError);
    expect(err.message).toContain('no XML codec');
  });

  it('gives an XML error body only its status', async () => {
    server.script(reply(404, '<Error><Message>No such user.</Message></Error>', XML_TYPE));
    const err = (await failure(notify(json()))) as VitecError;
    expect(err.constructor).toBe(VitecNotFoundError);
    expect(err.message).not.toContain('No such user');
    server.script(reply(404, '<Error><Message>No such user.</Message></Error>', XML_TYPE));
    expect(((await failure(notify(core()))) as VitecError).message).toContain('No such user');
  });
});

describe('HttpCore errors', () => {
  const modelState = JSON.stringify({
    Message: 'The request is invalid.',
    ModelState: { 'notification.Header': ['The Header field is required.'] },
  });
  const xmlError =
    '<Error><Message>The request is invalid.</Message><ModelState><notification.Recipients_x005B_1_x005D_>Unknown user.</notification.Recipients_x005B_1_x005D_></ModelState></Error>';
  it.each<[number, string, Record<string, string>, new (...args: never[]) => VitecError, string]>([
    [400, modelState, JSON_TYPE, VitecValidationError, 'notification.Header: The Header field is required.'],
    [400, xmlError, XML_TYPE, VitecValidationError, 'notification.Recipients[1]: Unknown user.'],
    [
      401,
      '{"Message":"Authorization has been denied for this request."}',
      JSON_TYPE,
      VitecUnauthorizedError,
      'Authorization has been denied',
    ],
    [403, '', {}, VitecForbiddenError, '403 Forbidden'],
    [404, '{"Message":"No HTTP resource was found."}', JSON_TYPE, VitecNotFoundError, 'No HTTP resource was found.'],
    [
      500,
      '{"Message":"An error has occurred."}',
      JSON_TYPE,
      VitecServerError,
      '500 Internal Server Error: An error has occurred.',
    ],
    [418, 'teapot', { 'Content-Type': 'text/plain' }, VitecHttpError, "418 I'm a Teapot: teapot"],
  ])('%i -> %o (POST, not retried)', async (status, body, headers, ErrorClass, text) => {
    server.script(reply(status, body, headers));
    const err = (await failure(notify(core({ retries: 3 }), 'M30011'))) as VitecError;
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err).toBeInstanceOf(VitecError);
    expect(err.status).toBe(status);
    expect(err.method).toBe('POST');
    expect(err.url).toBe(`${server.baseUrl}/User/Notify/M30011`);
    expect(err.operationId).toBe('POST-User-Notify-customerId');
    expect(err.body).toBe(body);
    expect(err.message).toContain(text);
    expect(err.message).toContain(err.url);
    expect(server.requests).toHaveLength(1);
    expectNoCredentials(err);
  });

  it('lists the validation messages of a 400', async () => {
    server.script(reply(400, modelState, JSON_TYPE));
    const err = (await failure(notify(core()))) as VitecValidationError;
    expect(err.serverMessage).toBe('The request is invalid.');
    expect(err.messages).toEqual([{ field: 'notification.Header', message: 'The Header field is required.' }]);
  });

  it('reports no answer as a VitecNetworkError with status 0', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const err = (await failure(notify(core({ baseUrl })))) as VitecNetworkError;
    expect(err).toBeInstanceOf(VitecNetworkError);
    expect(err.status).toBe(0);
    expect(err.url).toBe(`${baseUrl}/User/Notify/M30011`);
    expect(err.cause).toBeDefined();
    expectNoCredentials(err);
  });

  it('refuses a base URL with credentials without repeating them', () => {
    const url = new URL(server.baseUrl);
    url.username = USERNAME;
    url.password = PASSWORD;
    expect(() => core({ baseUrl: url.href })).toThrow(TypeError);
    try {
      core({ baseUrl: url.href });
    } catch (err) {
      expectNoCredentials(err);
    }
  });
});

describe('HttpCore request validation', () => {
  it.each<[string, Partial<ClientOptions>, (c: HttpCore) => Promise<unknown>, string, string]>([
    ['a missing path value', {}, (c) => notify(c, ''), 'customerId', '/User/Notify/{customerId}'],
    ['a missing required query value', {}, (c) => listOffices(c, {}), 'query.pageSize', '/Office/List/S1'],
    [
      'a body member of the wrong type (validate: validateValue)',
      { validate: validateValue },
      (c) => notify(c, 'M1', { ...notification, recipients: ['a', 2] }),
      'body.recipients[1]',
      '/User/Notify/M1',
    ],
    [
      'a missing body (validate: validateValue)',
      { validate: validateValue },
      (c) => notify(c, 'M1', null),
      'body',
      '/User/Notify/M1',
    ],
    [
      'a query value outside its enum (validate: validateValue)',
      { validate: validateValue },
      (c) => listOffices(c, { pageSize: 1, status: 'Gone' }),
      'query.status',
      '/Office/List/S1?PageSize=1&Status=Gone',
    ],
    [
      'an XML body of the wrong shape',
      { format: 'xml' },
      (c) => notify(c, 'M1', { ...notification, sms: 'yes' }),
      'body.sms',
      '/User/Notify/M1',
    ],
  ])('refuses %s before sending, naming the field', async (_, options, call, field, path) => {
    const err = (await failure(call(core(options)))) as VitecRequestValidationError;
    expect(err).toBeInstanceOf(VitecRequestValidationError);
    expect(err.field).toBe(field);
    expect(err.status).toBe(0);
    expect(err.url).toBe(`${server.baseUrl}${path}`);
    expect(err.message).toContain(field);
    expect(server.requests).toHaveLength(0);
    expectNoCredentials(err);
  });

  it('sends a body the rules would refuse when validate is off (the API decides)', async () => {
    server.script(reply(200, 'true', JSON_TYPE));
    await notify(core(), 'M1', { ...notification, recipients: ['a', 2] });
    expect(JSON.parse(server.requests[0]!.body).recipients).toEqual(['a', 2]);
  });
});

describe('HttpCore retries', () => {
  const ok = reply(200, '[]', JSON_TYPE);
  const status = (code: number, headers: Record<string, string> = {}) => reply(code, '', headers);

  it.each<[string, OperationSpec['method'], Handler[], number]>([
    ['GET after 502, 503, 504', 'GET', [status(502), status(503), status(504), ok], 4],
    ['GET after a dropped connection', 'GET', [drop, ok], 2],
    ['PUT after 503', 'PUT', [status(503), ok], 2],
    ['DELETE after 504', 'DELETE', [status(504), ok], 2],
    ['POST after 503 (not processed)', 'POST', [status(503), ok], 2],
    ['POST after 429 (not processed)', 'POST', [status(429, { 'Retry-After': '0' }), ok], 2],
    ['PATCH after 429', 'PATCH', [status(429), ok], 2],
  ])('retries %s and succeeds', async (_, method, handlers, attempts) => {
    server.script(...handlers);
    await expect(
      core({ retries: 3 }).call({ ...listOfficesOp, method }, { path: ['S1'], query: { pageSize: 1 } }),
    ).resolves.toEqual([]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(attempts).fill(`${method} /Office/List/S1?PageSize=1`),
    );
  });

  it.each<[string, OperationSpec['method'], Handler, new (...args: never[]) => VitecError]>([
    ['POST on 500', 'POST', status(500), VitecServerError],
    ['POST on 502', 'POST', status(502), VitecServerError],
    ['POST on 504', 'POST', status(504), VitecServerError],
    ['POST on a dropped connection', 'POST', drop, VitecNetworkError],
    ['PATCH on 502', 'PATCH', status(502), VitecServerError],
    ['GET on 500', 'GET', status(500), VitecServerError],
    ['GET on 404', 'GET', status(404), VitecNotFoundError],
  ])('does not retry %s', async (_, method, handler, ErrorClass) => {
    server.script(handler, ok);
    const err = await failure(
      core({ retries: 3 }).call({ ...listOfficesOp, method }, { path: ['S1'], query: { pageSize: 1 } }),
    );
    expect(err).toBeInstanceOf(ErrorClass);
    expect(server.requests).toHaveLength(1);
  });

  it.each([0, 1, 2])('makes %i retries at most, then throws the last error', async (retries) => {
    server.script(status(503));
    const err = (await failure(listOffices(core({ retries })))) as VitecServerError;
    expect(err).toBeInstanceOf(VitecServerError);
    expect(err.status).toBe(503);
    expect(server.requests).toHaveLength(retries + 1);
  });

  it('makes 2 retries by default', async () => {
    server.script(status(503));
    await failure(listOffices(core()));
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['delta seconds', '0'],
    ['an HTTP date in the past', 'Sun, 04 Oct 2026 11:00:00 GMT'],
    ['a long wait, capped by maxRetryDelayMs', '3600'],
  ])('honours Retry-After as %s', async (_, retryAfter) => {
    server.script(status(429, { 'Retry-After': retryAfter }), ok);
    await expect(listOffices(core({ maxRetryDelayMs: 0 }))).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('throws a 429 that outlasts the retries as a VitecHttpError', async () => {
    server.script(status(429, { 'Retry-After': '0' }));
    const err = (await failure(listOffices(core({ retries: 1 })))) as VitecHttpError;
    expect(err).toBeInstanceOf(VitecHttpError);
    expect(err.status).toBe(429);
    expect(server.requests).toHaveLength(2);
  });
});

/** `globalThis.fetch`, counting the attempts on the client side (a request that times out may never reach the server). */
function counting(): { fetch: typeof globalThis.fetch; calls: () => number } {
  let calls = 0;
  return {
    fetch: (input, init) => {
      calls++;
      return globalThis.fetch(input, init);
    },
    calls: () => calls,
  };
}

describe('HttpCore timeout and abort', () => {
  it('times an attempt out as a VitecTimeoutError, retrying an idempotent call', async () => {
    server.script(hang);
    const { fetch, calls } = counting();
    const err = (await failure(listOffices(core({ fetch, timeoutMs: 50, retries: 1 })))) as VitecTimeoutError;
    expect(err).toBeInstanceOf(VitecTimeoutError);
    expect(err.timeoutMs).toBe(50);
    expect(err.status).toBe(0);
    expect(err.url).toBe(`${server.baseUrl}/Office/List/S1?PageSize=10`);
    expect(calls()).toBe(2);
    expectNoCredentials(err);
  });

  it('does not retry a POST that timed out', async () => {
    server.script(hang);
    const { fetch, calls } = counting();
    await expect(notify(core({ fetch, timeoutMs: 50, retries: 2 }))).rejects.toBeInstanceOf(VitecTimeoutError);
    expect(calls()).toBe(1);
  });

  it('times out a body that stalls after the headers', async () => {
    server.script((_, res) => {
      res.writeHead(200, JSON_TYPE);
      res.write('[');
    });
    await expect(listOffices(core({ retries: 0 }), { pageSize: 1 }, { timeoutMs: 50 })).rejects.toBeInstanceOf(
      VitecTimeoutError,
    );
  });

  it('times out a fetch that ignores its signal', async () => {
    const fetch = (() => new Promise<Response>(() => undefined)) as typeof globalThis.fetch;
    await expect(listOffices(core({ fetch, timeoutMs: 20, retries: 0 }))).rejects.toBeInstanceOf(VitecTimeoutError);
  });

  it('rejects with the DOMException AbortError when the caller aborts mid-request, without retrying', async () => {
    const controller = new AbortController();
    server.script(() => controller.abort());
    const err = (await failure(
      listOffices(core({ retries: 2 }), { pageSize: 1 }, { signal: controller.signal }),
    )) as DOMException;
    expect(err).toBeInstanceOf(DOMException);
    expect(err.name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it("rejects with the caller's own abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('user left the page');
    server.script(() => controller.abort(reason));
    await expect(notify(core(), 'M1', notification, controller.signal)).rejects.toBe(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    await expect(notify(core(), 'M1', notification, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('stops waiting between attempts when aborted', async () => {
    const controller = new AbortController();
    server.script(reply(503, '', { 'Retry-After': '3600' }));
    // A fetch that aborts right after the first answer arrives, while the client waits to retry.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      const bytes = await response.arrayBuffer();
      setTimeout(() => controller.abort(), 0);
      return new Response(bytes, { status: response.status, headers: response.headers });
    };
    const call = listOffices(
      core({ fetch, maxRetryDelayMs: 3_600_000 }),
      { pageSize: 1 },
      { signal: controller.signal },
    );
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});
