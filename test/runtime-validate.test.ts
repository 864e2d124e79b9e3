import { describe, expect, it } from 'vitest';

import { CodecError } from '../templates/runtime/codec-error.js';
import type { TypeDesc } from '../templates/runtime/schema.js';
import { validateValue } from '../templates/runtime/validate.js';
import { notification, ref } from './runtime-fixture.js';

const Contact: TypeDesc = ref('Contact');
const valid = { firstName: 'Anna', age: 40, email: 'a@b.se', phones: [{ number: '+46 70' }], status: 'Active' };

function problem(value: unknown, type: TypeDesc, root = 'body'): string | null {
  try {
    validateValue(value, type, root);
    return null;
  } catch (err) {
    if (!(err instanceof CodecError)) throw err;
    return err.message;
  }
}

describe('validateValue', () => {
  it.each<[string, unknown, string | null]>([
    ['a valid contact', valid, null],
    ['optional members absent', { firstName: 'A' }, null],
    ['optional members null', { firstName: 'A', age: null, phones: null }, null],
    ['a required member missing', { ...valid, firstName: undefined }, 'body.firstName: is required'],
    ['a required member null', { ...valid, firstName: null }, 'body.firstName: is required'],
    ['a string too short', { ...valid, firstName: '' }, 'body.firstName: must have at least 1 characters, has 0'],
    ['a string too long', { ...valid, firstName: 'Annika' }, 'body.firstName: must have at most 5 characters, has 6'],
    [
      'a list too long',
      { ...valid, phones: [{ number: '1' }, { number: '2' }, { number: '3' }] },
      'body.phones: must have at most 2 items, has 3',
    ],
    ['a number below the minimum', { ...valid, age: -1 }, 'body.age: must be at least 0, is -1'],
    ['a number above the maximum', { ...valid, age: 151 }, 'body.age: must be at most 150, is 151'],
    ['a pattern broken', { ...valid, email: 'anna' }, 'body.email: must match the pattern [^@\\s]+@[^@\\s]+'],
    [
      'a pattern matched only in part (patterns are anchored)',
      { ...valid, email: 'a@b c@d' },
      'body.email: must match the pattern [^@\\s]+@[^@\\s]+',
    ],
    [
      'an enum non-member',
      { ...valid, status: 'Gone' },
      'body.status: expected a OfficeStatus member ("Active", "Archived"), got the string "Gone"',
    ],
    [
      'a required member of a list item',
      { ...valid, phones: [{ number: '1' }, {}] },
      'body.phones[1].number: is required',
    ],
    [
      'a pattern inside a list item',
      { ...valid, phones: [{ number: 'x' }] },
      'body.phones[0].number: must match the pattern \\+?[0-9 ]+',
    ],
    ['a wrong primitive type', { ...valid, age: '40' }, 'body.age: expected an integer, got the string "40"'],
    ['a non-object model', 'Anna', 'body: expected a Contact object, got the string "Anna"'],
  ])('%s', (_, value, expected) => {
    expect(problem(value, Contact)).toBe(expected);
  });

  it('names the field path from the root it is given', () => {
    expect(problem({ ...notification, recipients: ['a', 2] }, ref('Notification'), 'notification')).toBe(
      'notification.recipients[1]: expected a string, got number 2',
    );
  });

  it('accepts a [Flags] enum value of several members', () => {
    expect(problem('Active, Archived', ref('OfficeStatus'))).toBeNull();
  });
});
