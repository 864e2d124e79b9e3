/**
 * `vitec-codegen mock`: the committed SDK over real HTTP on 127.0.0.1 against the mock of the
 * committed snapshot, in JSON and in DataContract XML, and the mock's routing and errors as the
 * API answers them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { irFromSnapshot } from '../cli/inputs.js';
import { VitecClient } from '../generated/src/index.js';
import { xmlCodec } from '../generated/src/xml.js';
import type { ApiIR } from '../ir/schema.js';
import { matchRoute, mockRoutes } from '../mock/routes.js';
import { answerFormat, createMockServer } from '../mock/server.js';
import { operation } from './ir-builders.js';

let ir: ApiIR;
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  ir = await irFromSnapshot(path.join(import.meta.dirname, '..', 'site-snapshot'));
  server = createMockServer(ir);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const client = (format: 'json' | 'xml') =>
  new VitecClient({ username: 'u', password: 'p', baseUrl, format, xml: xmlCodec });

describe.each(['json', 'xml'] as const)('the SDK against the mock, in %s', (format) => {
  it('sends a body and reads the sampled boolean', async () => {
    await expect(client(format).user.notify('M1', { header: 'Visning', recipients: ['U1'] })).resolves.toBe(true);
  });

  it('reads a list of models with the sample values', async () => {
    const users = await client(format).user.getUser({ customerId: 'M1' });
    expect(users.length).toBeGreaterThan(0);
    expect(users[0]).toMatchObject({ userId: 'sample string 2', customerId: ['sample string 1', 'sample string 2'] });
  });

  it('reads a polymorphic result, which narrows on its literal type tag', async () => {
    const contact = await client(format).crmKontakter.getContactByCustomerIdAndContactId('M1', 'C1');
    expect(contact).toMatchObject({ id: 'sample string 1', address: { city: 'sample string 3' } });
    // Only CrmPersonContact has firstName: tsc (npm run typecheck) refuses this unless `type` narrows the union.
    const person = contact.type === 'Person' ? { firstName: contact.firstName } : null;
    expect(person).not.toBeNull();
  });
});

describe('the mock answers as the API does', () => {
  it('answers with the XML sample of the page, verbatim', async () => {
    const op = ir.operations.find((o) => o.method === 'GET' && o.path === 'User/GetUser')!;
    const res = await fetch(`${baseUrl}/User/GetUser`, {
      headers: { Authorization: 'Basic dTpw', Accept: 'application/xml' },
    });
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await res.text()).toBe(op.responseSamples.find((s) => s.format === 'xml')!.text);
  });

  it('answers 401 without Basic credentials, in the format asked for', async () => {
    const res = await fetch(`${baseUrl}/User/GetUser`, { headers: { Accept: 'application/xml' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic');
    expect(await res.text()).toBe('<Error><Message>Authorization has been denied for this request.</Message></Error>');
  });

  it('answers 404 with an HttpError for a route no page documents', async () => {
    const res = await fetch(`${baseUrl}/No/Such/Route`, { headers: { Authorization: 'Basic dTpw' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      Message: "No HTTP resource was found that matches the request URI '/No/Such/Route'.",
    });
  });
});

describe('matchRoute', () => {
  const routes = mockRoutes([
    operation('GET', 'CRM/Contact/{customerId}/{contactId}', { id: 'GET-a-p' }),
    operation('GET', 'CRM/Contact/{customerId}/Company', { id: 'GET-a-lit' }),
    operation('POST', 'CRM/Contact/{customerId}/{contactId}', { id: 'POST-a' }),
  ]);
  const cases: [string, string, string, string | null][] = [
    ['a literal segment wins over a placeholder', 'GET', '/CRM/Contact/M1/Company', 'GET-a-lit'],
    ['segments match case-insensitively', 'GET', '/crm/contact/M1/company', 'GET-a-lit'],
    ['a placeholder takes any segment', 'GET', '/CRM/Contact/M1/C7', 'GET-a-p'],
    ['the method must match', 'POST', '/CRM/Contact/M1/Company', 'POST-a'],
    ['the segment count must match', 'GET', '/CRM/Contact/M1', null],
  ];
  it.each(cases)('%s', (_name, method, pathname, id) => {
    expect(matchRoute(routes, method, pathname, new URLSearchParams())?.id ?? null).toBe(id);
  });
});

describe('answerFormat', () => {
  const cases: [string | undefined, string | undefined, 'json' | 'xml'][] = [
    ['application/xml', undefined, 'xml'],
    ['text/xml, application/json', undefined, 'xml'],
    ['application/json', 'application/xml', 'json'],
    ['*/*', 'text/xml; charset=utf-8', 'xml'],
    [undefined, undefined, 'json'],
  ];
  it.each(cases)('Accept %s, Content-Type %s: %s', (accept, contentType, want) => {
    expect(answerFormat(accept, contentType)).toBe(want);
  });
});
