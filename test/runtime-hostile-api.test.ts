/**
 * A hostile (or merely chatty) API over real HTTP on 127.0.0.1: servers that echo the credentials
 * back in every place an error could pick them up, and bodies too large or endless to read.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  VitecError,
  VitecResponseError,
  VitecResponseTooLargeError,
  VitecServerError,
  VitecValidationError,
} from '../templates/runtime/errors.js';
import { HttpCore } from '../templates/runtime/http.js';
import { fromJson, toJson } from '../templates/runtime/json-codec.js';
import type { ClientOptions } from '../templates/runtime/operation.js';
import { REDACTED, Redactor } from '../templates/runtime/redact.js';
import type { SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { validateValue } from '../templates/runtime/validate.js';
import { writeXml, xmlCodec } from '../templates/runtime/xml.js';
import { listOfficesOp, notification, notifyOp } from './runtime-fixture.js';
import { reply, TestServer, type Handler, type Recorded } from './runtime-server.js';

const USERNAME = 'partner-åäö';
const PASSWORD = 'hemlig-lösen-42';
const PAIR = `${USERNAME}:${PASSWORD}`;
const TOKEN = Buffer.from(PAIR, 'utf8').toString('base64');
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

function core(options: Partial<ClientOptions> = {}): HttpCore {
  return new HttpCore(
    { username: USERNAME, password: PASSWORD, baseUrl: server.baseUrl, retries: 0, xml: xmlCodec, ...options },
    { baseUrl: 'https://unused.example', userAgent: 'hostile-test' },
  );
}

const notify = (c: HttpCore) => c.call<boolean>(notifyOp, { path: ['M1'], body: notification });
const listOffices = (c: HttpCore) => c.call<unknown[]>(listOfficesOp, { path: ['S1'], query: { pageSize: 1 } });

async function failure(promise: Promise<unknown>): Promise<VitecError> {
  try {
    await promise;
  } catch (err) {
    return err as VitecError;
  }
  throw new Error('expected the call to fail');
}

/** Every view of an error a caller could log. */
function views(err: VitecError): Record<string, string> {
  return {
    message: err.message,
    stack: err.stack ?? '',
    String: String(err),
    'JSON.stringify': JSON.stringify(err),
    'util.inspect': inspect(err, { depth: 10, showHidden: true }),
    cause: inspect(err.cause, { depth: 10, showHidden: true }),
  };
}

/** An answer built from what the request sent. */
const echo =
  (status: number, body: (auth: string) => string, headers: Record<string, string> = {}): Handler =>
  (req: Recorded, res: ServerResponse) => {
    const auth = String(req.headers.authorization);
    res.writeHead(status, { ...headers, 'X-Echo-Authorization': auth });
    res.end(body(auth));
  };

const htmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const asciiJson = (s: string): string =>
  JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('credentials a server echoes never reach an error', () => {
  it.each<[string, Handler, (c: HttpCore) => Promise<unknown>]>([
    ['the whole header echoed as a text body', echo(500, (auth) => `Authorization: ${auth}`), notify],
    [
      'the header in a JSON Message',
      echo(500, (auth) => JSON.stringify({ Message: `Bad header ${auth}` }), JSON_TYPE),
      notify,
    ],
    [
      'the decoded user:password in ExceptionMessage',
      echo(
        500,
        () => JSON.stringify({ Message: 'An error has occurred.', ExceptionMessage: `login ${PAIR}` }),
        JSON_TYPE,
      ),
      notify,
    ],
    [
      'user:password with \\u escapes in JSON',
      echo(500, () => `{"Message":${asciiJson(`login ${PAIR} refused`)}}`, JSON_TYPE),
      notify,
    ],
    [
      'an HTML debug page dumping the request headers',
      echo(
        500,
        (auth) =>
          `<html><body><h1>Server Error</h1><table><tr><td>Authorization</td><td>${htmlEscape(auth)}</td></tr>` +
          `<tr><td>password</td><td>&quot;${htmlEscape(PASSWORD)}&quot;</td></tr></table></body></html>`,
        { 'Content-Type': 'text/html' },
      ),
      notify,
    ],
    [
      'the password alone in a 400 ModelState',
      echo(
        400,
        () => JSON.stringify({ Message: 'The request is invalid.', ModelState: { password: [PASSWORD] } }),
        JSON_TYPE,
      ),
      notify,
    ],
    [
      'the token in an XML Error',
      echo(403, () => `<Error><Message>token ${TOKEN} is not allowed</Message></Error>`, {
        'Content-Type': 'application/xml',
      }),
      notify,
    ],
    [
      'the token in a 200 that is not JSON (the parser quotes it in the cause)',
      echo(200, (auth) => `${auth} {`, JSON_TYPE),
      listOffices,
    ],
  ])('%s', async (_, handler, call) => {
    server.script(handler);
    const err = await failure(call(core()));
    expect(err).toBeInstanceOf(VitecError);
    expect(err.status).toBeGreaterThan(0);
    const dump = views(err);
    for (const [view, text] of Object.entries(dump)) {
      for (const secret of [TOKEN, PAIR, PASSWORD, encodeURIComponent(PASSWORD), asciiJson(PASSWORD).slice(1, -1)]) {
        expect(text.includes(secret), `${view} holds ${secret}`).toBe(false);
      }
    }
    // The redaction is visible, so the reader knows the server echoed something.
    expect(Object.values(dump).join('\n')).toContain(REDACTED);
  });

  it('keeps the ModelState message itself, only without the secret', async () => {
    server.script(
      echo(400, () => JSON.stringify({ ModelState: { 'user.Password': [`"${PASSWORD}" is too weak`] } }), JSON_TYPE),
    );
    const err = await failure(notify(core()));
    expect(err).toBeInstanceOf(VitecValidationError);
    expect((err as VitecValidationError).messages).toEqual([
      { field: 'user.Password', message: `"${REDACTED}" is too weak` },
    ]);
  });

  it('scrubs message, stack, own fields and the cause chain of an error in place', () => {
    const auth = `Basic ${TOKEN}`;
    const inner = new Error(`parser saw ${PAIR}`);
    const err = new VitecError(`echo ${auth}`, {
      status: 500,
      method: 'GET',
      url: 'http://127.0.0.1/x',
      operationId: 'GET-x',
      body: `{"p":"${PASSWORD}"}`,
      cause: new Error('outer', { cause: inner }),
    });
    new Redactor(auth, TOKEN, USERNAME, PASSWORD).error(err);
    for (const [view, text] of Object.entries(views(err))) {
      for (const secret of [TOKEN, PAIR, PASSWORD])
        expect(text.includes(secret), `${view} holds ${secret}`).toBe(false);
    }
    expect(inner.message).toBe(`parser saw ${REDACTED}`);
    expect(err.body).toBe(`{"p":"${REDACTED}"}`);
  });

  it('drops a token the 64 KB cut splits, so no prefix of it is kept', async () => {
    const filler = 'x'.repeat(64 * 1024 - 10);
    server.script(echo(500, (auth) => `${filler}${auth}`));
    const err = await failure(notify(core()));
    expect(err.body!.length).toBeLessThanOrEqual(64 * 1024 + 1);
    expect(err.body!.endsWith(`${'x'.repeat(20)}…`)).toBe(true);
    expect(err.body).not.toContain(TOKEN.slice(0, 4));
  });
});

/** Writes 64 KB chunks until the client hangs up (or `maxBytes`); counts what it wrote. */
function endless(counter: { bytes: number }, maxBytes: number, status = 200): Handler {
  return (_, res) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    res.writeHead(status, JSON_TYPE);
    let closed = false;
    res.on('close', () => (closed = true));
    const pump = (): void => {
      // Bounded: `maxBytes` ends it even if the client never stops reading.
      while (!closed && counter.bytes < maxBytes) {
        counter.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!closed) res.end();
    };
    pump();
  };
}

describe('response size caps', () => {
  const MB = 1024 * 1024;

  it('stops reading an endless 200 at maxResponseBytes with a typed error', async () => {
    const counter = { bytes: 0 };
    server.script(endless(counter, 512 * MB));
    const err = await failure(listOffices(core({ maxResponseBytes: MB })));
    expect(err).toBeInstanceOf(VitecResponseTooLargeError);
    expect((err as VitecResponseTooLargeError).maxResponseBytes).toBe(MB);
    expect(err.message).toContain('maxResponseBytes');
    // What the server got rid of before the connection dropped: the limit plus socket buffers,
    // far below the 512 MB it would have sent to a reader without a limit.
    expect(counter.bytes).toBeLessThan(64 * MB);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    server.script(reply(200, `[${'1,'.repeat(2000)}1]`, { ...JSON_TYPE, 'Content-Length': String(4003) }));
    const err = await failure(listOffices(core({ maxResponseBytes: 1000 })));
    expect(err).toBeInstanceOf(VitecResponseTooLargeError);
    expect(err.status).toBe(200);
  });

  it('reads a body exactly at the limit', async () => {
    const body = `[${'1,'.repeat(499)}1]`;
    server.script(reply(200, body, JSON_TYPE));
    await expect(listOffices(core({ maxResponseBytes: body.length }))).resolves.toHaveLength(500);
  });

  it('keeps 64 KB of an endless error body and a short message', async () => {
    const counter = { bytes: 0 };
    server.script(endless(counter, 512 * MB, 500));
    const err = await failure(notify(core()));
    expect(err).toBeInstanceOf(VitecServerError);
    expect(err.body!.length).toBeLessThanOrEqual(64 * 1024 + 1);
    expect(counter.bytes).toBeLessThan(64 * MB);
  });

  it('puts at most 2000 characters of a 20 MB Message into err.message', async () => {
    const message = 'M'.repeat(20 * MB);
    server.script(reply(500, JSON.stringify({ Message: message }), JSON_TYPE));
    const err = await failure(notify(core()));
    expect(err.message.length).toBeLessThan(2200);
    expect(err.body!.length).toBeLessThanOrEqual(64 * 1024 + 1);
  });

  it('refuses a limit that is not a positive number', () => {
    expect(() => core({ maxResponseBytes: 0 })).toThrow('maxResponseBytes must be a positive number of bytes');
  });
});

describe('empty bodies', () => {
  it('is a VitecResponseError for a typed response', async () => {
    server.script(reply(200, ''));
    await expect(listOffices(core())).rejects.toBeInstanceOf(VitecResponseError);
  });

  it('stays fine for an operation without a response', async () => {
    server.script(reply(204));
    await expect(core().call({ ...notifyOp, response: null }, { path: ['M1'], body: notification })).resolves.toBe(
      undefined,
    );
  });
});

describe('codecs read only own properties', () => {
  const model: SchemaDesc = {
    kind: 'complex',
    name: 'Item',
    xmlName: 'Item',
    xmlNamespace: null,
    properties: ['Id', '__proto__', 'constructor', 'toString'].map((n) => ({
      name: n,
      json: n,
      xml: n === '__proto__' ? 'Proto' : n,
      type: { kind: 'simple', name: 'string' },
      required: false,
    })),
  };
  const item: TypeDesc = { kind: 'ref', to: () => model };

  it('sends { Id: "x" } as exactly that, with no inherited member', () => {
    expect(JSON.stringify(toJson({ Id: 'x' }, item))).toBe('{"Id":"x"}');
    expect(writeXml({ Id: 'x' }, item)).not.toMatch(/constructor|toString|Proto/);
    expect(() => validateValue({ Id: 'x' }, item, 'body')).not.toThrow();
  });

  it('decodes { Id: "x" } to an object whose own keys are exactly Id', () => {
    expect(Object.keys(fromJson(JSON.parse('{"Id":"x"}'), item) as object)).toEqual(['Id']);
  });
});
