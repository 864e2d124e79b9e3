/**
 * The opt-in request check (`validate: validateValue`): the rules the help pages state (required members,
 * string and list lengths, ranges, patterns, enum members) plus the primitive types, walked
 * through refs, collections and dictionaries. It throws a `CodecError` naming the first offending
 * value's path (`body.recipients[1]`), so a request the API would refuse is never sent.
 */
import { CodecError } from './codec-error.js';
import type { ComplexDesc, PropertyDesc, SimpleKind, TypeDesc } from './schema.js';
import { describe, isRecord, ownValue } from './values.js';

/** Constraints a member or parameter may carry (the `PropertyDesc` fields). */
export type Constraints = Pick<PropertyDesc, 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'pattern'>;

/** Throws a `CodecError` for the first value under `path` that breaks a rule; null and undefined pass. */
export function validateValue(value: unknown, type: TypeDesc, path: string, rules: Constraints = {}): void {
  if (value === null || value === undefined) return;
  checkConstraints(value, rules, path);
  switch (type.kind) {
    case 'simple':
      return checkSimple(value, type.name, path);
    case 'binary':
      if (!(value instanceof Uint8Array))
        throw new CodecError(path, `expected a Uint8Array, got ${describe(value)}`);
      return;
    case 'ref': {
      const desc = type.to();
      if (desc.kind === 'enum') return checkEnum(value, desc.name, desc.members, path);
      return checkComplex(value, desc, path);
    }
    case 'collection':
      if (!Array.isArray(value)) throw new CodecError(path, `expected an array, got ${describe(value)}`);
      value.forEach((item, i) => validateValue(item, type.items, `${path}[${i}]`));
      return;
    case 'dictionary':
      if (!isRecord(value)) throw new CodecError(path, `expected an object, got ${describe(value)}`);
      for (const [k, v] of Object.entries(value))
        validateValue(v, type.value, `${path}[${JSON.stringify(k)}]`);
      return;
    case 'pair':
      if (!isRecord(value)) throw new CodecError(path, `expected an object, got ${describe(value)}`);
      validateValue(ownValue(value, type.names[0]), type.key, `${path}.${type.names[0]}`);
      validateValue(ownValue(value, type.names[1]), type.value, `${path}.${type.names[1]}`);
      return;
    case 'oneOf': {
      const desc = type.pick(value, type.of(), (p) => p.name);
      if (desc !== undefined) checkComplex(value, desc, path);
      return;
    }
    case 'unknown':
      return;
  }
}

function checkComplex(value: unknown, desc: ComplexDesc, path: string): void {
  if (!isRecord(value)) throw new CodecError(path, `expected a ${desc.name} object, got ${describe(value)}`);
  for (const p of desc.properties) {
    const v = ownValue(value, p.name);
    const where = `${path}.${p.name}`;
    if (p.required && (v === undefined || v === null)) throw new CodecError(where, 'is required');
    validateValue(v, p.type, where, p);
  }
}

const STRINGS: ReadonlySet<SimpleKind> = new Set(['string', 'date', 'guid', 'timespan', 'uri', 'char']);

function checkSimple(value: unknown, kind: SimpleKind, path: string): void {
  if (STRINGS.has(kind)) {
    if (typeof value !== 'string') throw new CodecError(path, `expected a string, got ${describe(value)}`);
  } else if (kind === 'integer' || kind === 'byte') {
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw new CodecError(path, `expected an integer, got ${describe(value)}`);
  } else if (kind === 'decimal' || kind === 'double' || kind === 'float') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new CodecError(path, `expected a number, got ${describe(value)}`);
  } else if (kind === 'boolean') {
    if (typeof value !== 'boolean') throw new CodecError(path, `expected a boolean, got ${describe(value)}`);
  }
}

function checkEnum(value: unknown, name: string, members: readonly string[], path: string): void {
  // A [Flags] value is several members joined by ", " (Json.NET) or " " (DataContract).
  const parts = typeof value === 'string' ? value.split(/,\s*|\s+/) : [];
  if (parts.length === 0 || !parts.every((p) => members.includes(p))) {
    throw new CodecError(
      path,
      `expected a ${name} member (${members.map((m) => JSON.stringify(m)).join(', ')}), got ${describe(value)}`,
    );
  }
}

/** .NET anchors `[RegularExpression]` at both ends; a pattern JavaScript cannot compile is not checked. */
const patterns = new Map<string, RegExp | null>();

function compiled(pattern: string): RegExp | null {
  if (!patterns.has(pattern)) {
    let re: RegExp | null;
    try {
      re = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      try {
        re = new RegExp(`^(?:${pattern})$`);
      } catch {
        re = null;
      }
    }
    patterns.set(pattern, re);
  }
  return patterns.get(pattern) ?? null;
}

function checkConstraints(value: unknown, rules: Constraints, path: string): void {
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  const unit = typeof value === 'string' ? 'characters' : 'items';
  if (length !== undefined && rules.minLength !== undefined && length < rules.minLength) {
    throw new CodecError(path, `must have at least ${rules.minLength} ${unit}, has ${length}`);
  }
  if (length !== undefined && rules.maxLength !== undefined && length > rules.maxLength) {
    throw new CodecError(path, `must have at most ${rules.maxLength} ${unit}, has ${length}`);
  }
  if (typeof value === 'number' && rules.minimum !== undefined && value < rules.minimum) {
    throw new CodecError(path, `must be at least ${rules.minimum}, is ${value}`);
  }
  if (typeof value === 'number' && rules.maximum !== undefined && value > rules.maximum) {
    throw new CodecError(path, `must be at most ${rules.maximum}, is ${value}`);
  }
  if (typeof value === 'string' && rules.pattern !== undefined) {
    const re = compiled(rules.pattern);
    if (re !== null && !re.test(value)) throw new CodecError(path, `must match the pattern ${rules.pattern}`);
  }
}
