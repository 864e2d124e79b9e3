/** `Pair of X [key] and Y [value]` (a .NET KeyValuePair) through the runtime's JSON and XML codecs and validator. */
import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import { fromJson, toJson } from '../templates/runtime/json-codec.js';
import type { SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { validateValue } from '../templates/runtime/validate.js';
import { GENERIC_NS } from '../templates/runtime/xml-codec.js';
import { readXml, writeXml } from '../templates/runtime/xml.js';
import { binary } from './descriptor-links.js';

const NS = 'http://schemas.datacontract.org/2004/07/Api.Entities';
const pascalPair: TypeDesc = {
  kind: 'pair',
  key: { kind: 'simple', name: 'integer' },
  value: { kind: 'simple', name: 'string' },
  names: ['Key', 'Value'],
};
const RangeDesc: SchemaDesc = {
  kind: 'complex',
  name: 'Range',
  xmlName: 'Range',
  xmlNamespace: NS,
  properties: [
    { name: 'Bounds', json: 'Bounds', xml: 'Bounds', type: pascalPair, required: false },
    {
      name: 'Labels',
      json: 'Labels',
      xml: 'Labels',
      type: { kind: 'collection', items: pascalPair },
      required: false,
    },
  ],
};
const Range: TypeDesc = { kind: 'ref', to: () => RangeDesc };
const range = { Bounds: { Key: 1, Value: 'low' }, Labels: [{ Key: 2, Value: 'high' }] };

describe('pair', () => {
  it('JSON: Key and Value as the site names them, values converted, round trip exact', () => {
    const bytes: TypeDesc = {
      kind: 'pair',
      key: { kind: 'simple', name: 'string' },
      value: binary,
      names: ['key', 'value'],
    };
    expect(toJson({ key: 'logo', value: new Uint8Array([0, 1, 255]) }, bytes)).toEqual({
      key: 'logo',
      value: 'AAH/',
    });
    expect(fromJson({ key: 'logo', value: 'AAH/' }, bytes)).toEqual({
      key: 'logo',
      value: new Uint8Array([0, 1, 255]),
    });
    expect(fromJson(JSON.parse(JSON.stringify(toJson(range, Range))), Range)).toEqual(range);
  });

  it('JSON: an operation with its own casing writes the pair in it (json), the TS keys stay', () => {
    const camelWire: TypeDesc = { ...pascalPair, json: ['key', 'value'] };
    expect(toJson({ Key: 1, Value: 'low', Extra: true }, camelWire)).toEqual({ key: 1, value: 'low', Extra: true });
    expect(fromJson({ key: 1, value: 'low' }, camelWire)).toEqual({ Key: 1, Value: 'low' });
  });

  it('XML: <key>/<value> in the System.Collections.Generic namespace, items named KeyValuePairOf…; round trip exact', () => {
    const xml = writeXml(range, Range);
    expect(xml).toBe(
      `<Range xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${NS}">` +
        `<Bounds xmlns:d2p1="${GENERIC_NS}"><d2p1:key>1</d2p1:key><d2p1:value>low</d2p1:value></Bounds>` +
        `<Labels xmlns:d2p1="${GENERIC_NS}"><d2p1:KeyValuePairOfintstring><d2p1:key>2</d2p1:key><d2p1:value>high</d2p1:value></d2p1:KeyValuePairOfintstring></Labels>` +
        '</Range>',
    );
    expect(readXml(xml, Range)).toEqual(range);
  });

  it('validate: a pair is an object whose members are checked by their types', () => {
    expect(() => validateValue({ Key: 'one', Value: 'low' }, pascalPair, 'body')).toThrow(CodecError);
    expect(() => validateValue({ Key: 'one', Value: 'low' }, pascalPair, 'body')).toThrow(/body\.Key/);
    expect(() => validateValue('low', pascalPair, 'body')).toThrow(/expected an object/);
    expect(() => validateValue({ Key: 1, Value: 'low' }, pascalPair, 'body')).not.toThrow();
  });
});
