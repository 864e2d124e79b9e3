import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import { fromJson, toJson } from '../templates/runtime/json-codec.js';
import type { SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { linksTo } from './descriptor-links.js';
import { notification, oneOf, ref } from './runtime-fixture.js';
import { SEED_JSON } from './seed-notify.js';

const Office: TypeDesc = ref('Office');

describe('JSON codec', () => {
  it('writes the seed Notify body', () => {
    expect(JSON.parse(JSON.stringify(toJson(notification, ref('Notification'))))).toEqual(JSON.parse(SEED_JSON));
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
    const wire = JSON.stringify(toJson(office, Office));
    expect(wire).toContain('"dateChanged":"2026-09-16T05:56:27.3094809+02:00"');
    expect(wire).toContain('"logo":"AAEC+v8="');
    expect(fromJson(JSON.parse(wire), Office)).toEqual(office);
  });

  it('maps member names through the descriptor, both ways', () => {
    const renamed: Record<string, SchemaDesc> = {
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
    const type: TypeDesc = { kind: 'collection', items: linksTo(() => renamed).ref('N') };
    expect(toJson([{ sms: true }], type)).toEqual([{ sMS: true }]);
    expect(fromJson([{ sMS: false }], type)).toEqual([{ sms: false }]);
  });

  it('keeps members the descriptors do not list, without letting __proto__ change a prototype', () => {
    const decoded = fromJson(
      JSON.parse('{"header":"h","newField":1,"__proto__":{"polluted":true}}'),
      ref('Notification'),
    ) as Record<string, unknown>;
    expect(decoded.header).toBe('h');
    expect(decoded.newField).toBe(1);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect((decoded as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(decoded)).toEqual(['header', 'newField', '__proto__']);
  });

  it('picks the model of a polymorphic value by its members', () => {
    const type: TypeDesc = oneOf(['Group', 'Office']);
    expect(fromJson({ logo: 'aGk=', address: 'x' }, type)).toEqual({
      logo: new Uint8Array([104, 105]),
      address: 'x',
    });
  });

  it('names the path of bad base64', () => {
    expect(() => fromJson({ groups: [], logo: '%%%' }, Office)).toThrow(CodecError);
    expect(() => fromJson({ logo: '%%%' }, Office)).toThrow('response.logo: expected base64');
  });
});
