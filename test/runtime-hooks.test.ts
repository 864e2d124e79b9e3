/**
 * Per-client and per-call headers, and the request/response hooks, over real HTTP on 127.0.0.1:
 * what reaches the server, in what order the layers win, and that a hook sees every attempt.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { VitecServerError } from '../templates/runtime/errors.js';
import { HttpCore } from '../templates/runtime/http.js';
import type { ClientOptions, HookContext } from '../templates/runtime/operation.js';
import { xmlCodec } from '../templates/runtime/xml.js';
import { listOfficesOp, notification, notifyOp } from './runtime-fixture.js';
import { reply, TestServer } from './runtime-server.js';

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const BASIC = `Basic ${Buffer.from('user:pass').toString('base64')}`;

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.script(reply(200, 'true', JSON_TYPE)));

function core(options: Partial<ClientOptions> = {}): HttpCore {
  return new HttpCore(
    { username: 'user', password: 'pass', baseUrl: server.baseUrl, maxRetryDelayMs: 0, xml: xmlCodec, ...options },
    { baseUrl: 'https://unused.example', userAgent: 'sdk-test/1' },
  );
}

describe('headers', () => {
  it('sends the client headers and the call headers, a call header replacing a client one by name in any case', async () => {
    const c = core({ headers: { 'X-Tenant': 'a', 'X-Trace': 'client' } });
    await c.call(notifyOp, { path: ['M1'], body: notification }, { headers: { 'x-trace': 'call', 'X-Call': '1' } });
    const [req] = server.requests;
    expect(req!.headers['x-tenant']).toBe('a');
    expect(req!.headers['x-trace']).toBe('call');
    expect(req!.headers['x-call']).toBe('1');
    expect(req!.headers.authorization).toBe(BASIC);
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('lets a caller replace Accept and User-Agent, the SDK defaults', async () => {
    await core({ headers: { 'User-Agent': 'mine/3' } }).call(
      listOfficesOp,
      { path: ['S1'], query: { pageSize: 10 } },
      { headers: { Accept: 'application/json;q=1' } },
    );
    const [req] = server.requests;
    expect(req!.headers['user-agent']).toBe('mine/3');
    expect(req!.headers.accept).toBe('application/json;q=1');
  });

  it.each(['Authorization', 'authorization', 'Content-Type'])(
    'refuses %s from a caller, sending nothing',
    async (name) => {
      expect(() => core({ headers: { [name]: 'x' } })).toThrow(new RegExp(`headers cannot set ${name}`));
      await expect(
        core().call(notifyOp, { path: ['M1'], body: notification }, { headers: { [name]: 'x' } }),
      ).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('refuses a header value that is not a string', () => {
    expect(() => core({ headers: { 'X-N': 1 as unknown as string } })).toThrow('headers["X-N"] must be a string');
  });
});

describe('hooks', () => {
  it('onRequest sees every attempt with its number and may replace the request', async () => {
    server.script(reply(503), reply(200, 'true', JSON_TYPE));
    const seen: HookContext[] = [];
    const c = core({
      onRequest: (request, context) => {
        seen.push(context);
        expect(request.headers.get('authorization')).toBe(BASIC);
        const signed = new Request(request, { headers: new Headers(request.headers) });
        signed.headers.set('X-Attempt', String(context.attempt));
        return signed;
      },
    });
    await expect(c.call(notifyOp, { path: ['M1'], body: notification })).resolves.toBe(true);
    expect(seen).toEqual([
      { operationId: notifyOp.id, attempt: 0 },
      { operationId: notifyOp.id, attempt: 1 },
    ]);
    expect(server.requests.map((r) => r.headers['x-attempt'])).toEqual(['0', '1']);
    // The replaced request still carries the body the codec wrote.
    expect(JSON.parse(server.requests[1]!.body)).toMatchObject({ header: notification.header });
  });

  it('onResponse sees each response before it is read and may replace it', async () => {
    server.script(reply(500, 'boom'));
    const statuses: number[] = [];
    const c = core({
      retries: 0,
      onResponse: (response) => {
        statuses.push(response.status);
        return new Response('false', { status: 200, headers: JSON_TYPE });
      },
    });
    await expect(c.call(notifyOp, { path: ['M1'], body: notification })).resolves.toBe(false);
    expect(statuses).toEqual([500]);
  });

  it('without a replacement the call goes on as it would', async () => {
    server.script(reply(500, 'boom'));
    const c = core({ retries: 0, onRequest: () => undefined, onResponse: () => undefined });
    await expect(c.call(notifyOp, { path: ['M1'], body: notification })).rejects.toBeInstanceOf(VitecServerError);
  });

  it("a hook's own error reaches the caller as it is, not as a network error, and is not retried", async () => {
    const bug = new RangeError('hook bug');
    await expect(
      core({
        onRequest: () => {
          throw bug;
        },
      }).call(notifyOp, { path: ['M1'], body: notification }),
    ).rejects.toBe(bug);
    expect(server.requests).toHaveLength(0);
    let calls = 0;
    await expect(
      core({
        onResponse: () => {
          calls += 1;
          throw bug;
        },
      }).call(listOfficesOp, { path: ['S1'], query: { pageSize: 10 } }),
    ).rejects.toBe(bug);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a hook that is not a function', () => {
    expect(() => core({ onRequest: 'x' as unknown as undefined })).toThrow('onRequest must be a function');
  });
});
