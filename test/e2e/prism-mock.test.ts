/**
 * Stoplight Prism (`@stoplight/prism-cli`, pinned) mocking the committed `generated/openapi.json` on
 * 127.0.0.1, driven by the committed SDK in JSON: the samples the export carries as examples are
 * what Prism answers. XML is served by `vitec-codegen mock` (test/mock-server.test.ts) instead; the
 * last two tests pin the reasons (XML bodies refused, XML answers made up from the schema instead of the
 * samples), so they fail, and say to look again, once Prism serves XML faithfully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { VitecClient } from '../../generated/src/index.js';

const root = path.join(import.meta.dirname, '..', '..');

let prism: ChildProcess;
let baseUrl = '';

/** A port free a moment ago, for a child process that takes a port number only. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    path.join(root, 'node_modules', '.bin', 'prism'),
    ['mock', path.join(root, 'generated', 'openapi.json'), '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Prism says when it listens, and logs every request after: its output is read to the end, as
  // leaving the pipe would end Prism on its next line (EPIPE). The wait ends with the process.
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    let ready = false;
    prism.stdout!.on('data', (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      ready = output.includes('Prism is listening');
      if (ready) resolve();
    });
    prism.once('exit', () => reject(new Error(`prism ended before listening:\n${output}`)));
  });
  prism.stderr!.resume();
  await listening;
});

afterAll(() => {
  prism.kill();
});

const client = () => new VitecClient({ username: 'u', password: 'p', baseUrl });

describe('the SDK against Prism mocking generated/openapi.json, in JSON', () => {
  it('sends a body and reads the example boolean', async () => {
    await expect(client().user.notify('M1', { header: 'Visning', recipients: ['U1'] })).resolves.toBe(true);
  });

  it('reads a list of models with the example values', async () => {
    const users = await client().user.getUser({ customerId: 'M1' });
    expect(users[0]).toMatchObject({ userId: 'sample string 2', customerId: ['sample string 1', 'sample string 2'] });
  });

  it('reads a polymorphic result', async () => {
    const contact = await client().crmKontakter.getContactByCustomerIdAndContactId('M1', 'C1');
    expect(contact).toMatchObject({ type: 'Person', id: 'sample string 1' });
  });
});

describe('why XML is not mocked by Prism', () => {
  it('refuses a DataContract XML body, checking its text as the JSON value of the schema', async () => {
    const res = await fetch(`${baseUrl}/User/Notify/M1`, {
      method: 'POST',
      headers: { Authorization: 'Basic dTpw', 'Content-Type': 'application/xml', Accept: 'application/xml' },
      body: '<Notification xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"><Header>x</Header></Notification>',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('sl-violations')).toContain('Request body must be object');
  });

  it('answers an XML read with XML of its own making, not the DataContract sample the export carries', async () => {
    const res = await fetch(`${baseUrl}/User/GetUser?customerId=M1`, {
      headers: { Authorization: 'Basic dTpw', Accept: 'application/xml' },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    // The page's sample is an <ArrayOfUser> in the DataContract namespace with PascalCase members.
    expect(text.startsWith('<xml>')).toBe(true);
    expect(text).not.toContain('ArrayOfUser');
    expect(text).not.toContain('schemas.datacontract.org');
  });
});
