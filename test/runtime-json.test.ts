import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import { fromJson, toJson } from '../templates/runtime/json-codec.js';
import type { Schemas, TypeDesc } from '../templates/runtime/schema.js';
import { notification, schemas } from './runtime-fixture.js';
import { SEED_JSON } from './seed-notify.js';

const Office: TypeDesc = { kind: 'ref', name: 'Office' };

describe('JSON codec', () => {
  it('writes the seed Notify body', () => {
    expect(JSON.parse(JSON.stringify(toJson(notification, { kind: 'ref', name: 'Notification' }, schemas)))).toEqual(
      JSON.parse(SEED_JSON),
    );
  });

  it('round-trips dates with 7 fraction digits and offset, bytes as base64, nested models and dictionaries', () => {
    const office = {
      dateChanged: '2026-09-16T05:56:27.3094809+02:00',
      logo: new Uint8Array([0, 1, 2, 250, 255]),
      coordinate: { latitud: 59.3, longitud: 18.07 },
      groups: [{ id: 'g1', name: null }],
      tags: { a: 'x' },
      status: 'Active',
    };
    const wire = JSON.stringify(toJson(office, Office, schemas));
    expect(wire).toContain('"dateChanged":"2026-09-16T05:56:27.3094809+02:00"');
    expect(wire).toContain('"logo":"AAEC+v8="');
    expect(fromJson(JSON.parse(wire), Office, schemas)).toEqual(office);
  });

  it('maps member names through the descriptor, both ways', () => {
    const renamed: Schemas = {
      N: {
        kind: 'complex',
        name: 'N',
        xmlName: 'N',
        xmlNamespace: null,
        properties: [
          { name: 'sms', json: 'sMS', xml: 'SMS', type: { kind: 'simple', name: 'boolean' }, required: false },
        ],
      },
    };
    const type: TypeDesc = { kind: 'collection', items: { kind: 'ref', name: 'N' } };
    expect(toJson([{ sms: true }], type, renamed)).toEqual([{ sMS: true }]);
    expect(fromJson([{ sMS: false }], type, renamed)).toEqual([{ sms: false }]);
  });

  it('keeps members the descriptors do not list, without letting __proto__ change a prototype', () => {
    const decoded = fromJson(
      JSON.parse('{"header":"h","newField":1,"__proto__":{"polluted":true}}'),
      { kind: 'ref', name: 'Notification' },
      schemas,
    ) as Record<string, unknown>;
    expect(decoded.header).toBe('h');
    expect(decoded.newField).toBe(1);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect((decoded as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(decoded)).toEqual(['header', 'newField', '__proto__']);
  });

  it('picks the model of a polymorphic value by its members', () => {
    const type: TypeDesc = { kind: 'oneOf', names: ['Group', 'Office'] };
    expect(fromJson({ logo: 'aGk=', address: 'x' }, type, schemas)).toEqual({
      logo: new Uint8Array([104, 105]),
      address: 'x',
    });
  });

  it('names the path of bad base64', () => {
    expect(() => fromJson({ groups: [], logo: '%%%' }, Office, schemas)).toThrow(CodecError);
    expect(() => fromJson({ logo: '%%%' }, Office, schemas)).toThrow('response.logo: expected base64');
  });
});
