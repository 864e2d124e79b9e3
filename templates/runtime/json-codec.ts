/**
 * JSON codec: TS values <-> the values `JSON.stringify`/`JSON.parse` see. It maps member names
 * through the descriptors (TS key <-> JSON name) and bytes <-> base64 (decoded and a `oneOf` settled
 * by the functions the descriptor carries, see schema.ts), and leaves everything else as
 * it is: dates stay the strings the API wrote (7 fraction digits and an offset, which a `Date`
 * would lose), and members the descriptors do not list pass through, so a field the docs do not
 * mention yet still reaches the caller.
 */
import { encodeBase64 } from './base64.js';
import { CodecError } from './codec-error.js';
import type { ComplexDesc, PropertyDesc, TypeDesc } from './schema.js';
import { isRecord, ownValue, setOwn } from './values.js';

type Direction = 'encode' | 'decode';

/** A TS value -> the value to `JSON.stringify`. */
export function toJson(value: unknown, type: TypeDesc, path = 'body'): unknown {
  return convert(value, type, path, 'encode');
}

/** A `JSON.parse` result -> the TS value. */
export function fromJson(value: unknown, type: TypeDesc, path = 'response'): unknown {
  return convert(value, type, path, 'decode');
}

function convert(value: unknown, type: TypeDesc, path: string, dir: Direction): unknown {
  if (value === null || value === undefined) return value;
  switch (type.kind) {
    case 'binary':
      if (dir === 'encode') return value instanceof Uint8Array ? encodeBase64(value) : value;
      if (typeof value !== 'string') return value;
      try {
        return type.decode(value);
      } catch (err) {
        throw new CodecError(path, (err as Error).message);
      }
    case 'collection':
      return Array.isArray(value)
        ? value.map((item, i) => convert(item, type.items, `${path}[${i}]`, dir))
        : value;
    case 'dictionary':
      return isRecord(value)
        ? mapValues(value, (v, k) => convert(v, type.value, `${path}[${JSON.stringify(k)}]`, dir))
        : value;
    case 'pair': {
      if (!isRecord(value)) return value;
      const wire = type.json ?? type.names;
      const [from, to] = dir === 'encode' ? [type.names, wire] : [wire, type.names];
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (k !== from[0] && k !== from[1]) setOwn(out, k, v);
      for (const i of [0, 1] as const) {
        const v = ownValue(value, from[i]);
        if (v !== undefined)
          setOwn(out, to[i], convert(v, i === 0 ? type.key : type.value, `${path}.${type.names[i]}`, dir));
      }
      return out;
    }
    case 'ref': {
      const desc = type.to();
      return desc.kind === 'complex' ? convertComplex(value, desc, path, dir) : value;
    }
    case 'oneOf': {
      const desc = type.pick(value, type.of(), dir === 'encode' ? (p) => p.name : wireName);
      return desc === undefined ? value : convertComplex(value, desc, path, dir);
    }
    case 'simple':
    case 'unknown':
      return value;
  }
}

function convertComplex(value: unknown, desc: ComplexDesc, path: string, dir: Direction): unknown {
  if (!isRecord(value)) return value;
  const from = (p: PropertyDesc): string => (dir === 'encode' ? p.name : wireName(p));
  const to = (p: PropertyDesc): string => (dir === 'encode' ? wireName(p) : p.name);
  const known = new Set(desc.properties.map(from));
  const out: Record<string, unknown> = {};
  for (const p of jsonMembers(desc)) {
    const v = ownValue(value, from(p));
    if (v !== undefined) setOwn(out, to(p), convert(v, p.type, `${path}.${p.name}`, dir));
  }
  for (const [k, v] of Object.entries(value)) {
    if (!known.has(k) && !Object.hasOwn(out, k)) setOwn(out, k, v);
  }
  return out;
}

/** The member's JSON name: descriptors leave it out where it is the TS key. */
function wireName(p: PropertyDesc): string {
  return p.json ?? p.name;
}

const jsonMemberCache = new WeakMap<ComplexDesc, readonly PropertyDesc[]>();

/** The properties in JSON member order. */
function jsonMembers(desc: ComplexDesc): readonly PropertyDesc[] {
  if (desc.jsonOrder === undefined) return desc.properties;
  let members = jsonMemberCache.get(desc);
  if (members === undefined) {
    const byName = new Map(desc.properties.map((p) => [p.name, p]));
    members = desc.jsonOrder.flatMap((n) => byName.get(n) ?? []);
    jsonMemberCache.set(desc, members);
  }
  return members;
}

function mapValues(
  value: Record<string, unknown>,
  f: (v: unknown, k: string) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, f(v, k));
  return out;
}
