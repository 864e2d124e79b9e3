import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { ComplexType } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';

const ORIGIN = 'https://connect.maklare.vitec.net';
const URL = `${ORIGIN}/Help/Api/POST-User-Notify-customerId`;
const body = readFileSync(
  new globalThis.URL('../tools/build-snapshot/reference/POST-User-Notify-customerId.html', import.meta.url),
  'utf8',
);
const ir = scrapeSnapshot({
  helpRoot: `${ORIGIN}/Help`,
  pages: [{ url: URL, status: 200, contentType: 'text/html; charset=utf-8', body }],
});
const op = ir.operations[0]!;
const notification = ir.types.find((t) => t.id === 'User_Notification') as ComplexType;

describe('the Notify reference page', () => {
  it('is one endpoint operation with no error or warning', () => {
    expect(ir.pages).toEqual([{ url: URL, kind: 'endpoint' }]);
    expect(ir.operations.map((o) => o.id)).toEqual(['POST-User-Notify-customerId']);
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(ir.source).toEqual({ helpRoot: `${ORIGIN}/Help`, apiBaseUrl: ORIGIN });
  });

  it('method, path, summary', () => {
    expect(op.method).toBe('POST');
    expect(op.path).toBe('User/Notify/{customerId}');
    expect(op.summary).toBe('Notifierar användare');
    expect(op.description).toBe('');
    expect(op.sourceUrl).toBe(URL);
  });

  it('the path parameter', () => {
    expect(op.parameters).toEqual([
      {
        name: 'customerId',
        in: 'path',
        type: { kind: 'simple', name: 'string' },
        required: true,
        constraints: {},
        description: '',
        notes: [],
      },
    ]);
  });

  it('the body is a User_Notification', () => {
    expect(op.body).toEqual({ type: { kind: 'ref', id: 'User_Notification' }, description: '' });
  });

  it('User_Notification: five properties with CLR, JSON and XML names, types, descriptions', () => {
    expect(notification.kind).toBe('complex');
    expect(notification.name).toBe('Notification');
    expect(
      notification.properties.map((p) => [p.clrName, p.jsonName, p.jsonNameSource, p.xmlName, p.type, p.description]),
    ).toEqual([
      ['Header', 'header', 'sample', 'Header', { kind: 'simple', name: 'string' }, 'Rubrik'],
      ['Message', 'message', 'sample', 'Message', { kind: 'simple', name: 'string' }, 'Meddelande'],
      ['SMS', 'sms', 'sample', 'SMS', { kind: 'simple', name: 'boolean' }, 'SMS notifiering'],
      ['Express', 'express', 'sample', 'Express', { kind: 'simple', name: 'boolean' }, 'Express notifiering'],
      [
        'Recipients',
        'recipients',
        'sample',
        'Recipients',
        { kind: 'collection', items: { kind: 'simple', name: 'string' } },
        'Notifierings mottagare(userId)',
      ],
    ]);
    expect(notification.properties.every((p) => !p.required && p.notes.length === 0)).toBe(true);
    expect(notification.sources).toEqual([URL]);
  });

  it('the JSON name of SMS comes from the Request Formats sample, not from the code examples (sMS)', () => {
    expect(JSON.stringify(ir)).not.toContain('sMS');
  });

  it('XML root name, namespace and member order from the XML sample', () => {
    expect(notification.xml).toEqual({
      name: 'Notification',
      namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User',
      source: 'sample',
    });
    expect(notification.xmlOrder).toEqual(['Express', 'Header', 'Message', 'Recipients', 'SMS']);
  });

  it('the response is a boolean', () => {
    expect(op.response).toEqual({
      type: { kind: 'simple', name: 'boolean' },
      alternatives: [],
      description: 'Notifierar användare',
    });
  });

  it('both request samples and both response samples, text exactly as shown', () => {
    expect(op.requestSamples.map((s) => [s.mediaTypes, s.format])).toEqual([
      [['application/json', 'text/json'], 'json'],
      [['application/xml', 'text/xml'], 'xml'],
    ]);
    expect(JSON.parse(op.requestSamples[0]!.text!)).toEqual({
      header: 'sample string 1',
      message: 'sample string 2',
      sms: true,
      express: true,
      recipients: ['sample string 1', 'sample string 2'],
    });
    expect(op.requestSamples[1]!.text).toMatch(
      /^<Notification xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns="[^"]+">\n {2}<Express>true<\/Express>\n/,
    );
    expect(op.requestSamples[1]!.text).toMatch(/<\/Notification>$/);
    expect(op.responseSamples).toEqual([
      { mediaTypes: ['application/json', 'text/json'], format: 'json', text: 'true' },
      {
        mediaTypes: ['application/xml', 'text/xml'],
        format: 'xml',
        text: '<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>',
      },
    ]);
  });

  it('falls back to the group named by the first path segment, with an info diagnostic', () => {
    expect(op.group).toBe('User');
    expect(ir.groups).toEqual([
      { id: 'User', name: 'User', description: '', sourceUrl: `${ORIGIN}/Help`, operationIds: [op.id] },
    ]);
    expect(ir.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'operation-not-in-group']]);
  });

  it('apiBaseUrl can be given', () => {
    const other = scrapeSnapshot({ helpRoot: `${ORIGIN}/Help`, pages: [] }, { apiBaseUrl: 'https://api.example' });
    expect(other.source.apiBaseUrl).toBe('https://api.example');
  });
});
